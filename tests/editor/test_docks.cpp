// Docks: properties, outline, teams and people, find.
#include "docks/outlinedock.h"
#include "docks/personform.h"
#include "docks/propertiesdock.h"
#include "docks/sightdock.h"
#include "docks/teamsdock.h"
#include "findbar.h"
#include "helpers.h"
#include "sightline/editor/insightcontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <catch2/catch.hpp>
#include <functional>

using namespace testing;
using sightline::core::NodeId;
using sightline::editor::PropertiesDock;

TEST_CASE("the properties dock edits a node's fields as undoable steps") {
    Editor e(smallMap());
    auto* dock = e.window->findChild<PropertiesDock*>();
    e.scene().selectNodes({NodeId("m")});
    QApplication::processEvents();
    auto* unit = qobject_cast<QLineEdit*>(dock->field(QStringLiteral("unit")));
    REQUIRE(unit);
    unit->setText(QStringLiteral("h"));
    Q_EMIT unit->editingFinished();
    CHECK(e.map().node(NodeId("m"))->unit == "h");
    QApplication::processEvents();
    auto* target = qobject_cast<QLineEdit*>(dock->field(QStringLiteral("target")));
    REQUIRE(target);
    target->setText(QStringLiteral("not a number"));
    Q_EMIT target->editingFinished();
    CHECK_FALSE(e.map().node(NodeId("m"))->target);
    QApplication::processEvents();
    target = qobject_cast<QLineEdit*>(dock->field(QStringLiteral("target")));
    target->setText(QStringLiteral("60"));
    Q_EMIT target->editingFinished();
    CHECK(e.map().node(NodeId("m"))->target == 60.0);

    // Values pasted from a spreadsheet, header row and all.
    REQUIRE(dock->pasteValues(
        QStringLiteral("Date\tValue\tNote\n2026-09-30\t118\t\n2026-10-31\t104,5\tnew sensor\n")));
    const auto& values = e.map().node(NodeId("m"))->values;
    REQUIRE(values.size() == 2);
    CHECK(values[1].value == 104.5);
    CHECK(values[1].note == "new sensor");
    CHECK_FALSE(dock->pasteValues(QStringLiteral("2026-13-01\t5\n")));
    CHECK(e.map().node(NodeId("m"))->values.size() == 2);
    e.undo().undo();
    CHECK(e.map().node(NodeId("m"))->values.empty());
}

TEST_CASE("the properties dock edits shared fields of a multi-selection") {
    Editor e(smallMap());
    auto* dock = e.window->findChild<PropertiesDock*>();
    e.scene().selectNodes({NodeId("a"), NodeId("b"), NodeId("m")});
    QApplication::processEvents();
    auto* owner = qobject_cast<QComboBox*>(dock->field(QStringLiteral("owner")));
    REQUIRE(owner);
    CHECK(owner->currentText() == QStringLiteral("(mixed)"));
    owner->setCurrentIndex(1);
    Q_EMIT owner->activated(1);
    for (const char* id : {"a", "b", "m"})
        CHECK(e.map().node(NodeId(id))->owner == core::PersonId("dl"));
    e.undo().undo();
    CHECK_FALSE(e.map().node(NodeId("b"))->owner);
}

TEST_CASE("the outline lists teams with their nodes and selects on click") {
    Editor e(exampleMap());
    auto* outline = e.window->findChild<sightline::editor::OutlineDock*>();
    outline->rebuild();
    QTreeWidget* tree = outline->tree();
    REQUIRE(tree->topLevelItemCount() >= 1);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("Brackwater Gearworks"));
    QTreeWidgetItem* leaf = tree->topLevelItem(0);
    while (leaf->childCount() > 0)
        leaf = leaf->child(leaf->childCount() - 1);
    tree->scrollToItem(leaf);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(leaf).center());
    REQUIRE(e.scene().selectedNodeIds().size() == 1);
}

TEST_CASE("teams and people: add, rename, reparent, colour") {
    Editor e(smallMap());
    auto* teams = e.window->findChild<sightline::editor::TeamsDock*>();
    REQUIRE(teams->addTeam(QStringLiteral("Maintenance")));
    const core::TeamId id = e.map().teams().back().id;
    const QString qid = QString::fromStdString(id.str());
    REQUIRE(teams->renameTeam(qid, QStringLiteral("Maintenance & Reliability")));
    REQUIRE(teams->reparentTeam(qid, QStringLiteral("org")));
    CHECK(e.map().team(id)->parent == core::TeamId("org"));
    CHECK_FALSE(teams->reparentTeam(QStringLiteral("org"), qid)); // a cycle is refused
    REQUIRE(teams->setTeamColour(qid, QStringLiteral("#558b2f")));
    REQUIRE(teams->addPerson(QStringLiteral("Kenji Tanaka"), qid));
    CHECK(e.map().people().back().team == id);
    CHECK_FALSE(teams->removeTeam(qid)); // Kenji is in it
}

TEST_CASE("find goes through titles, owners and teams") {
    Editor e(exampleMap());
    e.window->actions().find->trigger();
    auto* bar = e.window->findBar();
    REQUIRE(bar->isVisible());
    bar->setText(QStringLiteral("injur"));
    const std::size_t hits = bar->matches().size();
    CHECK(hits >= 3);
    e.window->actions().findNext->trigger();
    REQUIRE(e.scene().selectedNodeIds().size() == 1);
    const NodeId first = e.scene().selectedNodeIds().front();
    e.window->actions().findNext->trigger();
    CHECK(e.scene().selectedNodeIds().front() != first);
    e.window->actions().findPrevious->trigger();
    CHECK(e.scene().selectedNodeIds().front() == first);
    bar->setText(QStringLiteral("Grace Okafor")); // an owner
    CHECK_FALSE(bar->matches().empty());
    bar->setText(QStringLiteral("Maintenance & Reliability")); // a team
    CHECK_FALSE(bar->matches().empty());
}

TEST_CASE("the outline follows edits row by row, without rebuilding the tree") {
    Editor e(exampleMap());
    auto* outline = e.window->findChild<sightline::editor::OutlineDock*>();
    REQUIRE(outline->isVisible());
    outline->rebuild();
    QTreeWidget* tree = outline->tree();
    // A mark on the first team row: a rebuild would make new rows without it.
    QTreeWidgetItem* team = tree->topLevelItem(0);
    team->setData(0, Qt::UserRole + 9, QStringLiteral("kept"));
    auto rowOf = [&](const NodeId& id) -> QTreeWidgetItem* {
        QTreeWidgetItemIterator it(tree);
        for (; *it; ++it)
            if ((*it)->data(0, Qt::UserRole + 1).toString() == QString::fromStdString(id.str()))
                return *it;
        return nullptr;
    };
    const NodeId target = e.map().nodes()[3].id;
    QTreeWidgetItem* row = rowOf(target);
    REQUIRE(row);
    const int rowsBefore = static_cast<int>(e.map().nodes().size());

    REQUIRE(e.controller().renameNode(target, QStringLiteral("Spindle uptime")));
    REQUIRE(QTest::qWaitFor([&] { return row->text(0).endsWith(QStringLiteral(": Spindle uptime")); }, 3000));
    CHECK(rowOf(target) == row);

    e.scene().selectNodes({target});
    const auto added = e.controller().createLinked(sightline::core::NodeKind::Measure, QPointF(0, 0));
    REQUIRE(added);
    REQUIRE(QTest::qWaitFor([&] { return rowOf(*added) != nullptr; }, 3000));
    int nodeRows = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        nodeRows += (*it)->data(0, Qt::UserRole + 1).toString().isEmpty() ? 0 : 1;
    CHECK(nodeRows == rowsBefore + 1);

    e.undo().undo(); // the new measure goes again
    REQUIRE(QTest::qWaitFor([&] { return rowOf(*added) == nullptr; }, 3000));
    CHECK(tree->topLevelItem(0)->data(0, Qt::UserRole + 9).toString() == QStringLiteral("kept"));

    // A filter hides rows that no longer match after an edit.
    outline->findChild<QLineEdit*>()->setText(QStringLiteral("Spindle"));
    CHECK(!row->isHidden());
    REQUIRE(e.controller().renameNode(target, QStringLiteral("Machine uptime")));
    REQUIRE(QTest::qWaitFor([&] { return row->isHidden(); }, 3000));
}

TEST_CASE("Add person shows the new person's empty form and edits the name; F2 renames in the Teams tree",
          "[editor][docks]") {
    Editor e(exampleMap());
    auto* teams = e.window->findChild<sightline::editor::TeamsDock*>();
    REQUIRE(teams);
    teams->show();
    QTreeWidget* people = teams->peopleList();
    REQUIRE(people->topLevelItemCount() > 0);
    people->setCurrentItem(people->topLevelItem(0)); // someone else is shown first
    const QString before = teams->personForm()->personId();
    REQUIRE(!before.isEmpty());
    REQUIRE(teams->addPerson(QStringLiteral("New person")));
    const QString added = QString::fromStdString(e.map().people().back().id.str());
    for (int i = 0; i < 10 && teams->personForm()->personId() != added; ++i)
        QCoreApplication::processEvents(); // the dock rebuilds on a zero-time timer
    CHECK(teams->personForm()->personId() == added);
    REQUIRE(people->currentItem());
    CHECK(people->currentItem()->text(0) == QStringLiteral("New person"));
    const auto editing = [](QTreeWidget* view) {
        const auto editors = view->viewport()->findChildren<QLineEdit*>();
        return std::any_of(editors.begin(), editors.end(), [](QLineEdit* l) { return l->isVisible(); });
    };
    CHECK(editing(people));
    CHECK(e.map().people().back().email.empty());
    CHECK(e.map().people().back().role.empty());

    // F2 with the focus in the Teams tree edits the team's name there, not a node's title.
    QTreeWidget* tree = teams->teamTree();
    REQUIRE(tree->topLevelItemCount() > 0);
    tree->setCurrentItem(tree->topLevelItem(0));
    tree->setFocus();
    QApplication::setActiveWindow(e.window.get());
    tree->activateWindow();
    REQUIRE(QApplication::focusWidget() == tree);
    e.window->actions().rename->trigger();
    CHECK(editing(tree));
    CHECK_FALSE(e.canvas().isEditingTitle());
}

TEST_CASE("the Teams dock follows team edits and their undo, and keeps its rows (and the row being "
          "edited) when a result is renamed",
          "[editor][docks]") {
    Editor e(exampleMap());
    auto* teams = e.window->findChild<sightline::editor::TeamsDock*>();
    REQUIRE(teams);
    teams->show();
    QTreeWidget* tree = teams->teamTree();
    const auto rows = [&] {
        QStringList out;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            out << (*it)->text(0);
        return out;
    };
    const auto settle = [&](const std::function<bool()>& done) {
        for (int i = 0; i < 10 && !done(); ++i)
            QCoreApplication::processEvents(); // the dock rebuilds on a zero-time timer
        return done();
    };
    const QStringList before = rows();
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE(teams->addTeam(QStringLiteral("Maintenance")));
    CHECK(settle([&] { return rows().contains(QStringLiteral("Maintenance")); }));
    e.undo().undo();
    CHECK(settle([&] { return rows() == before; }));
    e.undo().redo();
    CHECK(settle([&] { return rows().contains(QStringLiteral("Maintenance")); }));

    // A result renamed elsewhere (the canvas, another dock) leaves the lists as they are: the
    // same rows, not rebuilt ones, so a team name being typed in the tree is not lost.
    QTreeWidgetItem* first = tree->topLevelItem(0);
    const core::NodeId node = e.map().nodes().front().id;
    REQUIRE(e.controller().renameNode(node, QStringLiteral("Gear-cutting cells run at planned rate")));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    CHECK(tree->topLevelItem(0) == first);
}

TEST_CASE("with every dock open the Properties dock keeps room for a node's fields", "[editor][docks]") {
    Editor e(smallMap());
    e.window->resize(1920, 1050);
    QCoreApplication::processEvents();
    auto* properties = e.window->findChild<QDockWidget*>(QStringLiteral("propertiesDock"));
    REQUIRE(properties);
    REQUIRE(properties->isVisible());
    REQUIRE(e.window->insight()->sightDock()->isVisible());
    INFO("properties " << properties->height() << " px, line of sight "
                       << e.window->insight()->sightDock()->height() << " px");
    CHECK(properties->height() >= 300);
    CHECK(properties->height() > e.window->insight()->sightDock()->height());
}

TEST_CASE("Ctrl+A and Ctrl+V with the focus in a dock's list act there, not on the map", "[editor][docks]") {
    Editor e(exampleMap());
    e.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(e.window.get()));
    QApplication::setActiveWindow(e.window.get());
    auto* outline = e.window->findChild<sightline::editor::OutlineDock*>();
    REQUIRE(outline);
    outline->rebuild();
    QTreeWidget* tree = outline->tree();
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->setFocus();
    REQUIRE(QApplication::focusWidget() == tree);
    const auto before = e.map().snapshot();
    e.scene().clearSelection();

    QTest::keyClick(tree, Qt::Key_A, Qt::ControlModifier);
    CHECK(e.scene().selectedNodeIds().empty()); // the map's nodes are not all selected
    CHECK(tree->selectedItems().size() > 1);    // the tree's rows are

    QApplication::clipboard()->setText(QStringLiteral("Margin grows\n  Scrap falls\n"));
    QTest::keyClick(tree, Qt::Key_V, Qt::ControlModifier);
    CHECK(e.map().data() == before); // nothing pasted onto the map from a dock

    // On the canvas both act on the map.
    e.canvas().setFocus();
    QTest::keyClick(e.canvas().viewport(), Qt::Key_A, Qt::ControlModifier);
    CHECK(e.scene().selectedNodeIds().size() == e.map().nodes().size());
    QTest::keyClick(e.canvas().viewport(), Qt::Key_V, Qt::ControlModifier);
    CHECK(e.map().nodes().size() == before.nodes.size() + 2);
}
