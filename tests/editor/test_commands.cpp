// Undo and redo over a whole editing session.
#include "docks/propertiesdock.h"
#include "docks/teamsdock.h"
#include "helpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace testing;
using sightline::core::NodeId;

TEST_CASE("undoing everything returns to the opened map, redoing everything to the final one") {
    Editor e(exampleMap());
    const core::MapData opened = e.map().snapshot();
    auto& c = e.controller();

    // A session of varied edits.
    const NodeId first = e.map().nodes().front().id;
    e.scene().selectNodes({first});
    REQUIRE(c.createLinked(core::NodeKind::Objective, {}));
    QTest::keyClicks(e.canvas().titleEditor(), QStringLiteral("Scrap falls"));
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Return);
    const NodeId made = e.scene().selectedNodeIds().front();
    REQUIRE(c.createLinked(core::NodeKind::Measure, {}));
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Escape);
    e.scene().selectNodes({made});
    c.moveSelection({40, 0}, c.newGesture());
    e.drag(e.centreOf(made.str().c_str()), e.centreOf(made.str().c_str()) + QPoint(60, 60));
    REQUIRE(c.renameNode(e.map().nodes()[3].id, QStringLiteral("Customers come back")));
    e.scene().selectNodes({e.map().nodes()[5].id, e.map().nodes()[9].id, e.map().nodes()[12].id});
    c.alignSelection(sightline::editor::EditController::Align::Top);
    c.copy();
    REQUIRE(c.paste({2000, 2000}));
    e.scene().selectNodes({e.map().nodes()[7].id});
    c.deleteSelection();
    std::vector<NodeId> objectives;
    for (const core::Node& n : e.map().nodes())
        if (n.kind == core::NodeKind::Objective)
            objectives.push_back(n.id);
    auto drawn = c.linkNodes(objectives[6], objectives[1]);
    REQUIRE(drawn);
    REQUIRE(c.setLinkKind(*drawn, sightline::core::LinkKind::Rollup));
    auto* teams = e.window->findChild<sightline::editor::TeamsDock*>();
    REQUIRE(teams->addTeam(QStringLiteral("Quality"), QStringLiteral("ops")));
    REQUIRE(teams->setTeamColour(QStringLiteral("ops"), QStringLiteral("#123456")));

    const core::MapData final = e.map().snapshot();
    REQUIRE_FALSE(final == opened);
    while (e.undo().canUndo())
        e.undo().undo();
    CHECK(e.map().data() == opened);
    while (e.undo().canRedo())
        e.undo().redo();
    CHECK(e.map().data() == final);
}

TEST_CASE("an edit the model refuses changes nothing and is not recorded") {
    Editor e(smallMap());
    const core::MapData before = e.map().snapshot();
    const int count = e.undo().count();
    QString reported;
    QObject::connect(&e.document(), &sightline::editor::Document::errorOccurred,
                     [&](const QString& m) { reported = m; });
    CHECK_FALSE(e.controller().renameNode(NodeId("a"), QStringLiteral("   ")));
    CHECK_FALSE(reported.isEmpty());
    // An initiative cannot be linked to another initiative.
    auto i1 = e.controller().createNode(core::NodeKind::Initiative, {0, 400});
    auto i2 = e.controller().createNode(core::NodeKind::Initiative, {300, 400});
    REQUIRE(i1);
    REQUIRE(i2);
    CHECK_FALSE(e.controller().linkNodes(*i1, *i2));
    e.undo().undo();
    e.undo().undo();
    CHECK(e.map().data() == before);
    CHECK(e.undo().count() == count + 2);
}

TEST_CASE("a read-only document refuses edits and shows a banner") {
    Editor e(smallMap());
    e.document().setReadOnly(true);
    e.window->setWorkspace(nullptr);
    auto doc = std::make_unique<sightline::editor::Document>(smallMap());
    doc->setReadOnly(true);
    doc->setPath(QStringLiteral("/maps/plant.rmap"));
    e.window->setWorkspace(std::make_unique<sightline::editor::Workspace>(std::move(doc)));
    auto* banner = e.window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Read-only")));
    CHECK(e.window->windowTitle().contains(QStringLiteral("read-only")));
    CHECK_FALSE(e.window->actions().addObjective->isEnabled());
    e.scene().selectNodes({NodeId("a")});
    QTest::keyClick(&e.canvas(), Qt::Key_Delete);
    CHECK(e.map().nodes().size() == 3);
}

TEST_CASE("an edit that changes nothing leaves no undo step; a drag back to the start neither") {
    Editor e(smallMap());
    const int count = e.undo().count();
    // Renaming to the same title.
    CHECK(e.controller().renameNode(NodeId("a"), QStringLiteral("Plant downtime falls")));
    CHECK(e.undo().count() == count);

    // A drag (one gesture of merged moves) that ends where it started.
    const QPoint start = e.centreOf("a");
    const auto before = e.map().position(e.document().view(), NodeId("a"));
    e.press(start);
    e.move(start + QPoint(40, 0));
    e.move(start + QPoint(80, 30));
    CHECK(e.map().position(e.document().view(), NodeId("a")) != before);
    e.move(start);
    e.release(start);
    CHECK(e.map().position(e.document().view(), NodeId("a")) == before);
    CHECK(e.undo().count() == count);
    CHECK_FALSE(e.undo().canUndo());

    // The same moves through the controller: one step while away, none once back.
    const int gesture = e.controller().newGesture();
    e.scene().selectNodes({NodeId("b")});
    e.controller().moveSelection({50, 0}, gesture);
    CHECK(e.undo().count() == count + 1);
    e.controller().moveSelection({-50, 0}, gesture);
    CHECK(e.undo().count() == count);
}

TEST_CASE("an undo that cannot put the map back is reported and the history dropped") {
    Editor e(smallMap());
    auto made = e.controller().createNode(core::NodeKind::Objective, {0, 400});
    REQUIRE(made);
    REQUIRE(e.undo().canUndo());
    // Something outside the undo stack removes the node the stack would remove.
    REQUIRE(e.map().removeNodes({*made}).ok());
    QString reported;
    QObject::connect(&e.document(), &sightline::editor::Document::errorOccurred,
                     [&](const QString& m) { reported = m; });
    e.undo().undo();
    CHECK(reported.contains(QStringLiteral("Undo of")));
    CHECK(reported.contains(QStringLiteral("unknown node")));
    REQUIRE(QTest::qWaitFor([&] { return e.undo().count() == 0; }, 2000));
    CHECK(e.map().nodes().size() == 3);
}
