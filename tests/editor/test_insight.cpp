// Issue 6 in the editor: line-of-sight and ripple focus, the live findings dock, waivers.
#include "bigmap.h"
#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "docks/outlinedock.h"
#include "docks/sightdock.h"
#include "helpers.h"
#include "live/analysisrunner.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/render/linkitem.h"
#include "teamboxdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace testing;
using namespace sightline;
using render::Emphasis;

namespace {

editor::InsightController& insight(Editor& e) {
    return *e.window->insight();
}

std::vector<const analysis::Finding*> findingsOf(Editor& e, const std::string& rule, bool waived = false) {
    std::vector<const analysis::Finding*> out;
    const auto result = insight(e).runner()->result();
    if (result)
        for (const analysis::Finding& f : result->report.findings)
            if (f.rule == rule && f.waived == waived)
                out.push_back(&f);
    return out;
}

bool names(const analysis::Finding* f, const char* node) {
    return std::find(f->nodes.begin(), f->nodes.end(), core::NodeId(node)) != f->nodes.end();
}

std::set<std::string> standingOut(Editor& e) {
    std::set<std::string> ids;
    for (const core::Node& n : e.map().nodes())
        if (e.scene().nodeItem(n.id)->opacity() == 1.0)
            ids.insert(n.id.str());
    return ids;
}

} // namespace

TEST_CASE("the findings dock lists the example's defects and follows edits") {
    Editor e(exampleMap());
    REQUIRE(e.waitForAnalysis());
    editor::FindingsDock& dock = *insight(e).findingsDock();
    const auto& counts = insight(e).runner()->result()->report.counts;
    CHECK(counts.warning == 19);
    CHECK(counts.waived == 1);
    CHECK(insight(e).statusLabel()->text().contains("19 open findings"));
    // Grouped: warnings, then the waived group; the orphan measure is there by rule.
    REQUIRE(dock.model()->rowCount() == 2);
    CHECK(dock.model()->index(0, 0).data().toString() == "Warnings (19)");
    CHECK(dock.model()->index(1, 0).data().toString() == "Waived (1)");
    REQUIRE(findingsOf(e, "orphan-measure").size() == 1);
    CHECK(names(findingsOf(e, "orphan-measure")[0], "m-meetings"));
    REQUIRE(findingsOf(e, "stale-measure").size() == 1);
    CHECK(findingsOf(e, "team-without-line-of-sight").size() == 1);
    // Nodes with findings carry a marker.
    CHECK(e.scene().findingMarks().count(core::NodeId("m-meetings")) == 1);
    CHECK(e.scene().findingMarks().count(core::NodeId("g-margin")) == 1);
    CHECK(e.scene().findingMarks().count(core::NodeId("m-otif")) == 0);

    // Selecting a finding selects its nodes.
    REQUIRE(dock.selectFinding("orphan-measure|m-meetings"));
    CHECK(e.scene().selectedNodeIds() == std::vector<core::NodeId>{core::NodeId("m-meetings")});

    // An edit that creates a defect: a new measure that measures nothing.
    e.scene().clearSelection();
    const auto id =
        e.controller().createNode(core::NodeKind::Measure, QPointF(3000, 3000), "Visitors at the fair");
    REQUIRE(id);
    REQUIRE(e.waitForAnalysis());
    auto orphans = findingsOf(e, "orphan-measure");
    REQUIRE(orphans.size() == 2);
    CHECK((names(orphans[0], id->str().c_str()) || names(orphans[1], id->str().c_str())));
    REQUIRE(e.scene().findingMarks().count(*id) == 1);
    CHECK(e.scene().findingMarks().at(*id).severity == analysis::Severity::Warning);
    CHECK(dock.model()->index(0, 0).data().toString().startsWith("Warnings ("));

    // An edit that fixes it: the measure now measures a result.
    REQUIRE(e.controller().linkNodes(*id, core::NodeId("o-accounts")));
    REQUIRE(e.waitForAnalysis());
    orphans = findingsOf(e, "orphan-measure");
    REQUIRE(orphans.size() == 1);
    CHECK(names(orphans[0], "m-meetings"));
    // Still marked, but only for information now (no owner, no target yet).
    REQUIRE(e.scene().findingMarks().count(*id) == 1);
    CHECK(e.scene().findingMarks().at(*id).severity == analysis::Severity::Info);
    CHECK(insight(e).runner()->result()->report.counts.warning == 19);
}

TEST_CASE("a finding is waived with a reason, undone, and shown again") {
    Editor e(exampleMap());
    REQUIRE(e.waitForAnalysis());
    editor::FindingsDock& dock = *insight(e).findingsDock();
    const std::size_t waiversBefore = e.map().waivers().size();
    REQUIRE(findingsOf(e, "orphan-measure").size() == 1);
    const analysis::Finding orphan = *findingsOf(e, "orphan-measure")[0];

    REQUIRE(dock.waive(orphan, "The sales director reads it every Monday; it stays until Q3."));
    REQUIRE(e.map().waivers().size() == waiversBefore + 1);
    CHECK(e.map().waivers().back().rule == "orphan-measure");
    CHECK(e.map().waivers().back().nodes.front() == core::NodeId("m-meetings"));
    REQUIRE(e.waitForAnalysis());
    CHECK(findingsOf(e, "orphan-measure").empty());
    REQUIRE(findingsOf(e, "orphan-measure", true).size() == 1);
    CHECK(findingsOf(e, "orphan-measure", true)[0]->waiverReason ==
          "The sales director reads it every Monday; it stays until Q3.");
    CHECK(insight(e).runner()->result()->report.counts.waived == 2);
    CHECK(insight(e).runner()->result()->report.counts.warning == 18);

    // Undo: the waiver goes, the finding is open again.
    e.undo().undo();
    CHECK(e.map().waivers().size() == waiversBefore);
    REQUIRE(e.waitForAnalysis());
    CHECK(findingsOf(e, "orphan-measure").size() == 1);
    CHECK(insight(e).runner()->result()->report.counts.waived == 1);

    // The example's own waiver (mini-me copies in Operations) can be shown again, and undone.
    REQUIRE(findingsOf(e, "mini-me", true).size() == 1);
    const analysis::Finding waived = *findingsOf(e, "mini-me", true)[0];
    REQUIRE(dock.showAgain(waived));
    CHECK(e.map().waivers().size() == waiversBefore - 1);
    REQUIRE(e.waitForAnalysis());
    CHECK(findingsOf(e, "mini-me", true).empty());
    CHECK(findingsOf(e, "mini-me").size() == 2);
    e.undo().undo();
    REQUIRE(e.waitForAnalysis());
    CHECK(findingsOf(e, "mini-me", true).size() == 1);
    CHECK(e.map().waivers().size() == waiversBefore);
}

TEST_CASE("a team's line of sight: the team box focuses it, the panel lists its nodes by leverage") {
    Editor e(exampleMap());
    REQUIRE(e.waitForAnalysis());
    QComboBox* box = insight(e).teamBox();
    const int maint = box->findData(QString("maint"));
    REQUIRE(maint > 0);
    box->setCurrentIndex(maint);
    const render::Highlight& h = e.scene().highlight();
    CHECK(h.focus == render::FocusMode::LineOfSight);
    CHECK(h.team == core::TeamId("maint"));
    // The team's nodes stand out, with the nodes on their paths and the goals; others fade.
    const auto out = standingOut(e);
    for (const core::Node& n : e.map().nodes())
        if (n.team == core::TeamId("maint"))
            CHECK(out.count(n.id.str()) == 1);
    CHECK(out.count("o-oee") == 1); // maintenance drives the gear-cutting cells' rate
    CHECK(out.count("g-margin") == 1);
    CHECK(out.count("o-intranet") == 0);
    CHECK(out.count("m-sales-eu") == 0);
    CHECK(e.scene().looks().node(core::NodeId("g-margin")).emphasis == Emphasis::Goal);

    // The side panel: the team's nodes by leverage, with the goals each reaches.
    REQUIRE(e.waitForAnalysis());
    QTreeWidget* tree = insight(e).sightDock()->nodeTree();
    int maintNodes = 0;
    for (const core::Node& n : e.map().nodes())
        maintNodes += n.team == core::TeamId("maint") ? 1 : 0;
    REQUIRE(tree->topLevelItemCount() == maintNodes);
    for (int i = 1; i < tree->topLevelItemCount(); ++i)
        CHECK(tree->topLevelItem(i - 1)->text(1).toDouble() >= tree->topLevelItem(i)->text(1).toDouble());
    // Clicking a goal row shows that one path.
    QTreeWidgetItem* top = tree->topLevelItem(0);
    REQUIRE(top->childCount() > 0);
    QTreeWidgetItem* path = top->child(0);
    tree->scrollToItem(path);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(path).center());
    CHECK(e.scene().highlight().goal.has_value());
    CHECK(e.scene().highlight().focus == render::FocusMode::LineOfSight);

    // Teams without line of sight are listed and marked; clicking one focuses it.
    QListWidget* blind = insight(e).sightDock()->teamsWithoutSight();
    REQUIRE(blind->count() == 1);
    CHECK(blind->item(0)->text().contains("IT"));
    CHECK(box->itemText(box->findData(QString("it"))).contains("no line of sight"));
    QTest::mouseClick(blind->viewport(), Qt::LeftButton, {}, blind->visualItemRect(blind->item(0)).center());
    CHECK(e.scene().highlight().team == core::TeamId("it"));
    CHECK(standingOut(e) == std::set<std::string>{"i-intranet", "m-intranet", "o-intranet"});

    insight(e).clearFocus();
    CHECK(standingOut(e).size() == e.map().nodes().size());
    CHECK(box->currentIndex() == 0);
}

TEST_CASE("ripple from the maintenance-cost cut shows its negative effects") {
    Editor e(exampleMap());
    e.scene().selectNodes({core::NodeId("o-maint-cost")});
    REQUIRE(insight(e).rippleAction()->isEnabled());
    insight(e).rippleAction()->trigger();
    const render::Highlight& h = e.scene().highlight();
    REQUIRE(h.focus == render::FocusMode::Ripple);
    CHECK(h.node == core::NodeId("o-maint-cost"));
    const auto& looks = e.scene().looks();
    CHECK(looks.node(core::NodeId("o-maint-cost")).emphasis == Emphasis::Source);
    const Emphasis margin = looks.node(core::NodeId("g-margin")).emphasis;
    CHECK((margin == Emphasis::Worsens || margin == Emphasis::Mixed));
    // The negative drives link and what lies beyond it carry the negative colour.
    int negativeLinks = 0;
    for (const core::Link& l : e.map().links())
        if (looks.link(l.id).emphasis == Emphasis::Worsens) {
            ++negativeLinks;
            CHECK(e.scene().linkItem(l.id)->opacity() == 1.0);
        }
    CHECK(negativeLinks >= 2);
    CHECK(looks.node(core::NodeId("o-intranet")).emphasis == Emphasis::Faded);
    // The legend explains the colours (the canvas draws it in a corner).
    REQUIRE(e.scene().legend().size() == 1);
    CHECK(e.scene().legend().back().title.startsWith("Ripple"));

    // Colour modes from the toolbar.
    QComboBox* colours = insight(e).colourBox();
    colours->setCurrentIndex(colours->findData(static_cast<int>(render::ColourMode::MeasureStatus)));
    CHECK(e.scene().highlight().colour == render::ColourMode::MeasureStatus);
    CHECK(e.scene().highlight().focus == render::FocusMode::Ripple); // the focus stays
    REQUIRE(e.scene().legend().size() == 2);
    CHECK(e.scene().legend()[0].title.contains("measure status"));
}

TEST_CASE("the canvas legend stays inside the view when the window is resized") {
    Editor e(exampleMap());
    e.window->resize(1600, 1000);
    e.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(e.window.get()));
    insight(e).rippleFrom(core::NodeId("o-maint-cost"));
    QComboBox* colours = insight(e).colourBox();
    colours->setCurrentIndex(colours->findData(static_cast<int>(render::ColourMode::MeasureStatus)));
    QWidget* viewport = e.canvas().viewport();
    auto* legend = e.canvas().findChild<QWidget*>(QStringLiteral("legendOverlay"));
    REQUIRE(legend);
    REQUIRE(legend->isVisible());
    for (const QSize size : {QSize(1600, 1000), QSize(1100, 700), QSize(1800, 1050), QSize(900, 600)}) {
        e.window->resize(size);
        QApplication::processEvents();
        INFO("window " << size.width() << "x" << size.height() << ", view " << viewport->width() << "x"
                       << viewport->height() << ", legend at " << legend->x() << "," << legend->y() << " "
                       << legend->width() << "x" << legend->height());
        const QRect view = viewport->geometry();
        CHECK(legend->isVisible());
        if (legend->height() + 24 <= view.height() && legend->width() + 24 <= view.width())
            CHECK(view.contains(legend->geometry()));
        // Near the bottom-left corner, where it was put.
        CHECK(legend->x() == view.left() + 12);
        if (legend->height() + 24 <= view.height())
            CHECK(legend->geometry().bottom() >= view.bottom() - 16);
        // Panning scrolls the picture, not the legend.
        const QPoint at = legend->pos();
        e.canvas().horizontalScrollBar()->setValue(e.canvas().horizontalScrollBar()->value() + 120);
        e.canvas().verticalScrollBar()->setValue(e.canvas().verticalScrollBar()->value() + 90);
        QApplication::processEvents();
        CHECK(legend->pos() == at);
    }
}

TEST_CASE("double-clicking a team in the outline focuses its line of sight") {
    Editor e(exampleMap());
    auto* outline = e.window->findChild<editor::OutlineDock*>();
    REQUIRE(outline);
    outline->rebuild();
    QTreeWidget* tree = outline->tree();
    const core::Team* maint = e.map().team(core::TeamId("maint"));
    REQUIRE(maint);
    const auto rows =
        tree->findItems(QString::fromStdString(maint->name), Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(rows.size() == 1);
    tree->scrollToItem(rows[0]);
    // A real double-click: press and release, then the double-click on the same row.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(rows[0]).center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(rows[0]).center());
    const render::Highlight& h = e.scene().highlight();
    CHECK(h.focus == render::FocusMode::LineOfSight);
    CHECK(h.team == core::TeamId("maint"));
    // The Focus toolbar follows: one way of focusing a team, whichever widget asked.
    QComboBox* box = insight(e).teamBox();
    CHECK(box->currentData().toString() == QString("maint"));
    CHECK(standingOut(e).count("o-intranet") == 0);

    // A node row is not a team: double-clicking it leaves the focus alone.
    QTreeWidgetItem* leaf = rows[0];
    while (leaf->childCount() > 0)
        leaf = leaf->child(0);
    insight(e).clearFocus();
    tree->scrollToItem(leaf);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(leaf).center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(leaf).center());
    CHECK(e.scene().highlight().focus != render::FocusMode::LineOfSight);
}

TEST_CASE("the Findings and Line of sight docks can be shown again from the View menu") {
    Editor e(exampleMap());
    QMenu* view = nullptr;
    for (QAction* a : e.window->menuBar()->actions())
        if (a->menu() && a->text() == QStringLiteral("&View"))
            view = a->menu();
    REQUIRE(view);
    for (QDockWidget* dock :
         std::initializer_list<QDockWidget*>{insight(e).findingsDock(), insight(e).sightDock()}) {
        CHECK(view->actions().contains(dock->toggleViewAction()));
        dock->close();
        CHECK(dock->isHidden());
        dock->toggleViewAction()->trigger();
        CHECK(!dock->isHidden());
    }
}

TEST_CASE("choosing a team zooms and scrolls the canvas to fit its line of sight", "[editor][insight]") {
    Editor e(bigMap(3000));
    e.canvas().fitMap();
    const qreal whole = e.canvas().zoom();
    QComboBox* box = insight(e).teamBox();
    // A team deep in the organisation: a small part of the map.
    int deepest = -1, level = -1;
    for (int i = 1; i < box->count(); ++i) {
        const core::TeamId id(box->itemData(i).toString().toStdString());
        if (e.map().teamLevel(id) > level) {
            level = e.map().teamLevel(id);
            deepest = i;
        }
    }
    REQUIRE(deepest > 0);
    box->setCurrentIndex(deepest);
    REQUIRE(e.scene().highlight().team.has_value());
    QRectF focus;
    for (const auto& [id, look] : e.scene().looks().nodes())
        if (look.standsOut())
            focus |= e.scene().nodeItem(id)->sceneBoundingRect();
    REQUIRE_FALSE(focus.isEmpty());
    const QRectF visible = e.canvas().mapToScene(e.canvas().viewport()->rect()).boundingRect();
    CHECK(e.canvas().zoom() > whole * 1.5);
    CHECK(visible.contains(focus));
    // Not a 10-pixel smudge: the focus fills much of the view in one direction.
    CHECK(std::max(focus.width() / visible.width(), focus.height() / visible.height()) > 0.5);
}

TEST_CASE("the line-of-sight dock explains leverage and marks harmful paths with their notes",
          "[editor][insight]") {
    core::MapData map = exampleMap();
    // Cutting maintenance cost directly hurts the margin: a harmful path of team maint.
    core::Link hurt;
    hurt.id = core::LinkId("l-test-hurts");
    hurt.kind = core::LinkKind::Drives;
    hurt.from = core::NodeId("o-maint-cost");
    hurt.to = core::NodeId("g-margin");
    hurt.polarity = core::Polarity::Negative;
    hurt.note = "deferred maintenance costs more later";
    map.links.push_back(hurt);
    Editor e(map);
    REQUIRE(e.waitForAnalysis());
    QTreeWidget* tree = insight(e).sightDock()->nodeTree();
    CHECK(tree->headerItem()->toolTip(1).contains(QStringLiteral("Leverage")));
    insight(e).focusTeam(core::TeamId("maint"));
    REQUIRE(e.waitForAnalysis());
    // Every harmful path says why; the new one carries its link's note.
    bool sawNote = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c) {
            QTreeWidgetItem* path = tree->topLevelItem(i)->child(c);
            if (path->text(0).contains(QStringLiteral("harmful"))) {
                CHECK(path->toolTip(0).startsWith(QStringLiteral("Harmful")));
                sawNote = sawNote ||
                          path->toolTip(0).contains(QStringLiteral("deferred maintenance costs more later"));
            }
        }
    CHECK(sawNote);
    // On the canvas the harmful link has its own colour and its note on hover.
    CHECK(e.scene().looks().link(core::LinkId("l-test-hurts")).emphasis == render::Emphasis::Worsens);
    CHECK(e.scene().linkItem(core::LinkId("l-test-hurts"))->toolTip().contains(QStringLiteral("deferred")));
}

TEST_CASE("the team finder filters teams as you type, shows their parents, and focuses the one chosen",
          "[editor][insight]") {
    Editor e(exampleMap());
    QLineEdit* finder = insight(e).teamFinder();
    QCompleter* completer = insight(e).teamCompleter();
    REQUIRE(finder);
    finder->setFocus();
    QTest::keyClicks(finder, QStringLiteral("maint"));
    QAbstractItemModel* shown = completer->completionModel();
    REQUIRE(shown->rowCount() == 1);
    const QModelIndex match = shown->index(0, 0);
    // The parents are shown: Maintenance & Reliability sits under Operations.
    CHECK(match.data().toString().endsWith(QStringLiteral("Operations › Maintenance & Reliability")));
    // Typing a parent's name lists its teams.
    finder->clear();
    QTest::keyClicks(finder, QStringLiteral("operations"));
    CHECK(completer->completionModel()->rowCount() >= 3);
    // Choosing one focuses its line of sight.
    finder->clear();
    QTest::keyClicks(finder, QStringLiteral("maint"));
    REQUIRE(completer->completionModel()->rowCount() == 1);
    Q_EMIT completer->activated(completer->completionModel()->index(0, 0));
    CHECK(e.scene().highlight().team == core::TeamId("maint"));
}

TEST_CASE("the team box is the organisation's tree: parents first, indented by level, found by typing",
          "[editor][insight]") {
    Editor e(exampleMap());
    QComboBox* box = insight(e).teamBox();
    REQUIRE(box->count() == static_cast<int>(e.map().teams().size()) + 1); // and "— none —"
    CHECK(qobject_cast<editor::TeamBoxDelegate*>(box->itemDelegate()));
    std::map<std::string, int> row;
    auto levelAt = [&](int i) { return box->itemData(i, editor::TeamBoxDelegate::kLevelRole).toInt(); };
    for (int i = 1; i < box->count(); ++i) {
        const std::string id = box->itemData(i).toString().toStdString();
        const core::Team* t = e.map().team(core::TeamId(id));
        REQUIRE(t);
        row[id] = i;
        CHECK(levelAt(i) == e.map().teamLevel(t->id));
        CHECK(box->itemText(i).startsWith(QString::fromStdString(t->name))); // no indent before it
        if (t->parent) {
            // Below its parent, with only the parent's other descendants in between.
            REQUIRE(row.count(t->parent->str()) == 1);
            const int p = row[t->parent->str()];
            for (int j = p + 1; j < i; ++j)
                CHECK(levelAt(j) > levelAt(p));
        }
    }
    CHECK(box->itemData(row["maint"], Qt::ToolTipRole)
              .toString()
              .endsWith(QStringLiteral("Operations › Maintenance & Reliability")));
    // Typing a name's first letters in the closed box chooses that team and focuses it.
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("Maint"));
    CHECK(box->currentData().toString() == QStringLiteral("maint"));
    CHECK(e.scene().highlight().team == core::TeamId("maint"));
}
