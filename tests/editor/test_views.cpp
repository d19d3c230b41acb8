// Views, automatic layout, Lay out as one undo step, cancel, and positions kept per view.
#include "bigmap.h"
#include "helpers.h"
#include "newnodeplacement.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/editor/viewcontroller.h"
#include "sightline/layout/layout.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace testing;
using sightline::core::NodeId;
using sightline::core::ViewKind;

namespace {

bool samePositions(const core::ViewPositions& a, const core::ViewPositions& b) {
    if (a.size() != b.size())
        return false;
    for (const auto& [id, p] : a) {
        auto it = b.find(id);
        if (it == b.end() || it->second.x != p.x || it->second.y != p.y)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("a view shown for the first time is laid out; a view with positions is not moved by switching") {
    Editor e(exampleMap());
    auto& views = e.window->views();
    const std::size_t n = e.map().nodes().size();
    // Opening laid out the results map, outside the undo history.
    CHECK(e.map().positions(ViewKind::Results).size() == n);
    CHECK(e.map().positions(ViewKind::Strategy).empty());
    CHECK(e.undo().count() == 0);
    CHECK(!e.scene().background().rings.empty());

    views.showView(ViewKind::Strategy);
    CHECK(e.document().view() == ViewKind::Strategy);
    CHECK(e.scene().view() == ViewKind::Strategy);
    CHECK(e.map().positions(ViewKind::Strategy).size() == n);
    CHECK(e.window->actions().strategyView->isChecked());

    // A manual move in the strategy map survives switching away and back.
    const NodeId moved = e.map().nodes().front().id;
    e.scene().selectNodes({moved});
    e.controller().moveSelection({137, -41}, e.controller().newGesture());
    const core::ViewPositions strategy = e.map().positions(ViewKind::Strategy);
    const core::ViewPositions results = e.map().positions(ViewKind::Results);
    views.showView(ViewKind::Results);
    CHECK(samePositions(e.map().positions(ViewKind::Results), results));
    views.showView(ViewKind::Strategy);
    CHECK(samePositions(e.map().positions(ViewKind::Strategy), strategy));
    CHECK(e.scene().placedPosition(moved) == QPointF(strategy.at(moved).x, strategy.at(moved).y));
}

TEST_CASE("the View menu actions switch views") {
    Editor e(exampleMap());
    e.window->actions().hierarchyView->trigger();
    CHECK(e.document().view() == ViewKind::Hierarchy);
    CHECK(e.map().positions(ViewKind::Hierarchy).size() == e.map().nodes().size());
    CHECK(e.scene().background().empty());
}

TEST_CASE("Lay out is one undo step: undo restores the exact previous positions, redo the layout's") {
    Editor e(exampleMap());
    auto& views = e.window->views();
    views.setAnimationMs(0);
    // Move some nodes by hand so that the layout has something to change.
    std::vector<NodeId> ids{e.map().nodes()[0].id, e.map().nodes()[4].id};
    e.scene().selectNodes(ids);
    e.controller().moveSelection({333.25, 71.5}, e.controller().newGesture());
    const core::ViewPositions before = e.map().positions(ViewKind::Results);
    const int steps = e.undo().count();

    REQUIRE(views.layOut());
    views.waitUntilIdle();
    CHECK(e.undo().count() == steps + 1);
    const core::ViewPositions expected = layout::layoutView(e.map().data(), ViewKind::Results).positions;
    const core::ViewPositions after = e.map().positions(ViewKind::Results);
    CHECK(samePositions(after, expected));
    CHECK(!samePositions(after, before));

    e.undo().undo();
    CHECK(samePositions(e.map().positions(ViewKind::Results), before));
    e.undo().redo();
    CHECK(samePositions(e.map().positions(ViewKind::Results), expected));
}

TEST_CASE("Lay out animates into place and ends exactly at the layout's positions") {
    Editor e(exampleMap());
    auto& views = e.window->views();
    views.setAnimationMs(120);
    e.scene().selectNodes({e.map().nodes()[2].id});
    e.controller().moveSelection({500, 500}, e.controller().newGesture());
    REQUIRE(views.layOut());
    CHECK(views.busy()); // animating
    views.waitUntilIdle();
    const core::ViewPositions expected = layout::layoutView(e.map().data(), ViewKind::Results).positions;
    CHECK(samePositions(e.map().positions(ViewKind::Results), expected));
    for (const auto& [id, p] : expected)
        if (auto* item = e.scene().nodeItem(id); item && !item->parentItem())
            CHECK(item->pos() == QPointF(p.x, p.y));
}

TEST_CASE("cancelling a layout on the worker thread leaves the map unchanged") {
    Editor e(exampleMap());
    auto& views = e.window->views();
    views.setSynchronousLimit(0); // every layout on the worker thread
    e.scene().selectNodes({e.map().nodes()[1].id});
    e.controller().moveSelection({250, 0}, e.controller().newGesture());
    const core::MapData before = e.map().snapshot();
    const int steps = e.undo().count();
    bool finished = false, applied = true;
    QObject::connect(&views, &editor::ViewController::layoutFinished, [&](bool a) {
        finished = true;
        applied = a;
    });
    REQUIRE(views.layOut());
    CHECK(views.busy());
    QTest::keyClick(e.window.get(), Qt::Key_Escape); // the Cancel shortcut
    views.waitUntilIdle();
    CHECK(finished);
    CHECK(!applied);
    CHECK(e.undo().count() == steps);
    CHECK(e.map().data() == before);
}

TEST_CASE("a layout on the worker thread lands as one undo step") {
    Editor e(exampleMap());
    auto& views = e.window->views();
    views.setSynchronousLimit(0);
    views.setAnimationMs(0);
    e.scene().selectNodes({e.map().nodes()[1].id});
    e.controller().moveSelection({250, 0}, e.controller().newGesture());
    const core::ViewPositions before = e.map().positions(ViewKind::Results);
    REQUIRE(views.layOut());
    views.waitUntilIdle();
    CHECK(samePositions(e.map().positions(ViewKind::Results),
                        layout::layoutView(e.map().data(), ViewKind::Results).positions));
    e.undo().undo();
    CHECK(samePositions(e.map().positions(ViewKind::Results), before));
}

TEST_CASE("Tidy selection moves the selected nodes only, as one undo step") {
    Editor e(exampleMap());
    std::vector<NodeId> selected;
    for (const core::Node& n : e.map().nodes())
        if (n.kind == core::NodeKind::Objective && selected.size() < 4)
            selected.push_back(n.id);
    const core::ViewPositions before = e.map().positions(ViewKind::Results);
    e.scene().selectNodes(selected);
    const int steps = e.undo().count();
    REQUIRE(e.window->views().tidySelection());
    CHECK(e.undo().count() == steps + 1);
    const core::ViewPositions after = e.map().positions(ViewKind::Results);
    for (const auto& [id, p] : before)
        if (std::find(selected.begin(), selected.end(), id) == selected.end())
            CHECK((after.at(id).x == p.x && after.at(id).y == p.y));
    e.undo().undo();
    CHECK(samePositions(e.map().positions(ViewKind::Results), before));
}

TEST_CASE("a new linked node is placed next to what it links to, nothing else moves") {
    Editor e(exampleMap());
    const NodeId anchor = e.map().nodes().front().id;
    const core::ViewPositions before = e.map().positions(ViewKind::Results);
    e.scene().selectNodes({anchor});
    const auto made = e.controller().createLinked(core::NodeKind::Objective, {});
    REQUIRE(made);
    const core::ViewPositions after = e.map().positions(ViewKind::Results);
    for (const auto& [id, p] : before)
        CHECK((after.at(id).x == p.x && after.at(id).y == p.y));
    const core::Point a = after.at(anchor), m = after.at(*made);
    CHECK(std::hypot(a.x - m.x, a.y - m.y) < 600);
}

TEST_CASE("positions of every view survive writing the map and opening it again") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("views.json"));
    core::ViewPositions results, strategy;
    {
        Editor e(exampleMap());
        e.window->views().showView(ViewKind::Strategy);
        e.scene().selectNodes({e.map().nodes()[3].id});
        e.controller().moveSelection({-90, 45}, e.controller().newGesture());
        results = e.map().positions(ViewKind::Results);
        strategy = e.map().positions(ViewKind::Strategy);
        REQUIRE(e.window->documents().exportJson(path));
    }
    editor::MainWindow window;
    REQUIRE(window.documents().openFile(path));
    core::Map& map = window.workspace()->document().map();
    CHECK(samePositions(map.positions(ViewKind::Results), results));
    CHECK(samePositions(map.positions(ViewKind::Strategy), strategy));
    // Showing them again moves nothing.
    window.views().showView(ViewKind::Strategy);
    CHECK(samePositions(map.positions(ViewKind::Strategy), strategy));
    CHECK(window.workspace()->document().undoStack()->count() == 0);
}

TEST_CASE("Group teams in the hierarchy is remembered and used by the next Lay out") {
    Editor e(exampleMap());
    auto& views = e.window->views();
    QAction* group = views.groupTeamsAction();
    REQUIRE(group->isCheckable());
    group->setChecked(false);
    views.showView(ViewKind::Hierarchy);
    views.waitUntilIdle();
    REQUIRE(views.layOut());
    views.waitUntilIdle();
    const core::ViewPositions plain = e.map().positions(ViewKind::Hierarchy);

    group->trigger(); // on, as the menu entry does
    CHECK(QSettings().value(QStringLiteral("views/groupTeams")).toBool());
    CHECK(samePositions(e.map().positions(ViewKind::Hierarchy), plain)); // nothing moves by itself
    REQUIRE(views.layOut());
    views.waitUntilIdle();
    layout::LayoutOptions grouped;
    grouped.groupTeams = true;
    const core::ViewPositions expected =
        layout::layoutView(e.map().data(), ViewKind::Hierarchy, grouped).positions;
    CHECK(samePositions(e.map().positions(ViewKind::Hierarchy), expected));
    CHECK_FALSE(samePositions(expected, plain)); // the example's teams interleave without grouping
    group->trigger();
    CHECK_FALSE(QSettings().value(QStringLiteral("views/groupTeams")).toBool());
}

TEST_CASE("on a big map a new linked node lands on a free spot next to what it links to, quickly") {
    Editor e(bigMap(3000));
    e.window->views().waitUntilIdle(); // the first-show layout
    const core::Map& map = e.map();
    REQUIRE(map.nodes().size() > 2000);
    for (std::size_t i : {std::size_t(10), map.nodes().size() / 2, map.nodes().size() - 7}) {
        const core::Node& anchor = map.nodes()[i];
        core::Node node;
        node.id = core::NodeId("new-node");
        node.kind = core::NodeKind::Objective;
        node.team = anchor.team;
        core::Link link;
        link.id = core::LinkId("new-link");
        link.kind = core::LinkKind::Drives;
        link.from = node.id;
        link.to = anchor.id;
        QElapsedTimer clock;
        clock.start();
        const QPointF p = editor::placeNewNode(map, e.scene(), node, link);
        const qint64 ms = clock.elapsed();
        INFO("anchor " << anchor.id.str() << ": " << ms << " ms");
        CHECK(ms < 100);
        // Free of everything drawn, and near the node it drives.
        const QSizeF size = e.scene().style().nodeSize(node);
        const QRectF box(p.x() - size.width() / 2, p.y() - size.height() / 2, size.width(), size.height());
        for (QGraphicsItem* item : e.scene().items(box))
            CHECK_FALSE(dynamic_cast<render::MapNodeItem*>(item));
        const QPointF a = e.scene().nodeCentre(anchor.id);
        CHECK(std::hypot(p.x() - a.x(), p.y() - a.y()) < 2000);
    }
}
