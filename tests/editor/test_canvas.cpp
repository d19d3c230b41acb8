// The canvas driven like a person does: keys and mouse on the real widgets.
#include "helpers.h"

#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace testing;
using sightline::core::LinkKind;
using sightline::core::NodeId;

TEST_CASE("quick entry builds a five-result chain by keyboard alone") {
    core::MapData empty;
    empty.properties.title = "Workshop";
    Editor e(std::move(empty));
    const char* titles[] = {"Customers reorder", "Orders ship on time", "Plant uptime rises",
                            "Breakdowns fall", "Maintenance is planned"};
    for (const char* title : titles) {
        QTest::keyClick(&e.canvas(), Qt::Key_Return);
        QLineEdit* edit = e.canvas().titleEditor();
        REQUIRE(edit);
        REQUIRE(edit->hasFocus());
        QTest::keyClicks(edit, QString::fromUtf8(title));
        QTest::keyClick(edit, Qt::Key_Return);
        REQUIRE_FALSE(e.canvas().isEditingTitle());
    }
    const auto& nodes = e.map().nodes();
    REQUIRE(nodes.size() == 5);
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(nodes[i].title == titles[i]);
    // Each new result drives the one selected before it.
    REQUIRE(e.map().links().size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const core::Link& l = e.map().links()[i];
        CHECK(l.kind == LinkKind::Drives);
        CHECK(l.from == nodes[i + 1].id);
        CHECK(l.to == nodes[i].id);
    }
    // No two results on top of each other.
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t j = i + 1; j < 5; ++j)
            CHECK_FALSE(e.scene()
                            .nodeItem(nodes[i].id)
                            ->sceneBoundingRect()
                            .intersects(e.scene().nodeItem(nodes[j].id)->sceneBoundingRect()));
    // Every step is undoable: creating and titling each result.
    CHECK(e.undo().count() == 10);
}

TEST_CASE("dragging from a node's edge handle to another node draws a link") {
    Editor e(smallMap());
    e.drag(e.handleOf("a"), e.centreOf("b"));
    const core::Link* drawn = e.map().findLink(LinkKind::Drives, NodeId("a"), NodeId("b"));
    REQUIRE(drawn);
    const core::LinkId id = drawn->id;
    CHECK(e.scene().linkItem(id) != nullptr);
    // A measure dragged onto a result measures it.
    e.drag(e.handleOf("m"), e.centreOf("b"));
    CHECK(e.map().findLink(LinkKind::Measures, NodeId("m"), NodeId("b")));
    // Dropping on empty canvas draws nothing.
    const std::size_t links = e.map().links().size();
    e.drag(e.handleOf("b"), e.viewPoint(QPointF(0, 400)));
    CHECK(e.map().links().size() == links);
    // The kind can be changed afterwards, and that is one undo step.
    REQUIRE(e.controller().setLinkKind(id, LinkKind::Rollup));
    CHECK(e.map().link(id)->kind == LinkKind::Rollup);
    e.undo().undo();
    CHECK(e.map().link(id)->kind == LinkKind::Drives);
}

TEST_CASE("titles are edited in place: F2 or double-click, Enter commits, Escape keeps what was typed") {
    Editor e(smallMap());
    e.scene().selectNodes({NodeId("a")});
    QTest::keyClick(&e.canvas(), Qt::Key_F2);
    REQUIRE(e.canvas().titleEditor());
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(e.canvas().titleEditor(), QStringLiteral("Unplanned downtime falls"));
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Return);
    CHECK(e.map().node(NodeId("a"))->title == "Unplanned downtime falls");

    QTest::mouseDClick(e.canvas().viewport(), Qt::LeftButton, {}, e.centreOf("b"));
    REQUIRE(e.canvas().titleEditor());
    QTest::keyClicks(e.canvas().titleEditor(), QStringLiteral("something else"));
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Escape);
    CHECK_FALSE(e.canvas().isEditingTitle());
    CHECK(e.map().node(NodeId("b"))->title == "something else");
    e.undo().undo();
    CHECK(e.map().node(NodeId("b"))->title == "Operating margin grows");
}

TEST_CASE("double-clicking empty canvas creates a result there") {
    Editor e(smallMap());
    const QPoint at = e.viewPoint(QPointF(0, 300));
    QTest::mouseDClick(e.canvas().viewport(), Qt::LeftButton, {}, at);
    REQUIRE(e.map().nodes().size() == 4);
    const core::Node& n = e.map().nodes().back();
    CHECK(n.kind == core::NodeKind::Objective);
    const auto p = e.map().position(core::ViewKind::Results, n.id);
    REQUIRE(p);
    CHECK(std::abs(p->y - 300) < 2);
    CHECK(e.canvas().isEditingTitle());
}

TEST_CASE("a mouse drag moves the selection as one undo step; Ctrl+arrow keys move too") {
    Editor e(smallMap());
    const int before = e.undo().count();
    e.drag(e.centreOf("a"), e.centreOf("a") + QPoint(100, 40));
    const auto p = e.map().position(core::ViewKind::Results, NodeId("a"));
    REQUIRE(p);
    CHECK(p->x == Approx(-150).margin(1));
    CHECK(p->y == Approx(40).margin(1));
    CHECK(e.undo().count() == before + 1);
    // The measure card came along.
    CHECK(e.scene().nodeItem(NodeId("m"))->scenePos().x() == Approx(-150).margin(1));
    e.undo().undo();
    CHECK(e.map().position(core::ViewKind::Results, NodeId("a"))->x == Approx(-250));

    e.scene().selectNodes({NodeId("b")});
    QTest::keyClick(&e.canvas(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(&e.canvas(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(e.map().position(core::ViewKind::Results, NodeId("b"))->x == Approx(270));
    CHECK(e.map().position(core::ViewKind::Results, NodeId("b"))->y == Approx(50));
}

TEST_CASE("selection: click, Ctrl+click, rubber band and Select all") {
    Editor e(smallMap());
    QTest::mouseClick(e.canvas().viewport(), Qt::LeftButton, {}, e.centreOf("a"));
    CHECK(e.scene().selectedNodeIds() == std::vector<NodeId>{NodeId("a")});
    QTest::mouseClick(e.canvas().viewport(), Qt::LeftButton, Qt::ControlModifier, e.centreOf("b"));
    CHECK(e.scene().selectedNodeIds().size() == 2);
    QTest::mouseClick(e.canvas().viewport(), Qt::LeftButton, {}, e.viewPoint(QPointF(0, 500)));
    CHECK(e.scene().selectedNodeIds().empty());
    // A rubber band around "b" only.
    const QPoint from = e.viewPoint(QPointF(80, -200)), to = e.viewPoint(QPointF(450, 60));
    e.drag(from, to);
    CHECK(e.scene().selectedNodeIds() == std::vector<NodeId>{NodeId("b")});
    e.window->actions().selectAll->trigger();
    CHECK(e.scene().selectedNodeIds().size() == 3);
}

TEST_CASE("delete removes nodes with their links and undo restores the exact map") {
    Editor e(exampleMap());
    const core::MapData before = e.map().snapshot();
    std::vector<NodeId> chosen;
    for (std::size_t i = 0; i < before.nodes.size(); i += 4)
        chosen.push_back(before.nodes[i].id);
    e.scene().selectNodes(chosen);
    QTest::keyClick(&e.canvas(), Qt::Key_Delete);
    CHECK(e.map().nodes().size() == before.nodes.size() - chosen.size());
    for (const core::Link& l : e.map().links())
        for (const NodeId& gone : chosen)
            CHECK((l.from != gone && l.to != gone));
    e.window->actions().undo->trigger();
    CHECK(e.map().data() == before);
    e.window->actions().redo->trigger();
    CHECK(e.map().nodes().size() == before.nodes.size() - chosen.size());
}

TEST_CASE("zoom keys and fit") {
    Editor e(exampleMap());
    e.window->actions().fitMap->trigger();
    const qreal fit = e.canvas().zoom();
    e.window->actions().zoomIn->trigger();
    CHECK(e.canvas().zoom() > fit);
    e.window->actions().zoomOut->trigger();
    e.window->actions().zoomOut->trigger();
    CHECK(e.canvas().zoom() < fit);
    e.window->actions().fitMap->trigger();
    const QRectF visible = e.canvas().mapToScene(e.canvas().viewport()->rect()).boundingRect();
    CHECK(visible.contains(e.scene().mapBounds()));
}

TEST_CASE("a fitted map is fitted again when the view grows; a zoom of the user's is kept",
          "[editor][canvas]") {
    Editor e(exampleMap());
    e.window->resize(1000, 700);
    e.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(e.window.get()));
    e.canvas().fitMap();
    const qreal small = e.canvas().zoom();
    e.window->resize(1800, 1050); // maximised on the first start, say
    QApplication::processEvents();
    const qreal large = e.canvas().zoom();
    CHECK(large > small * 1.2);
    // The whole map is still in view.
    const QRectF seen = e.canvas().mapToScene(e.canvas().viewport()->rect()).boundingRect();
    CHECK(seen.contains(e.scene().mapBounds().adjusted(1, 1, -1, -1)));

    // Once the user goes somewhere on the map, a resize keeps the view where it is.
    e.canvas().fitMap();
    const core::NodeId node = e.map().nodes().front().id;
    e.canvas().centreOn(node);
    const qreal before = e.canvas().zoom();
    e.window->resize(1700, 1000);
    QApplication::processEvents();
    CHECK(e.canvas().zoom() == Approx(before));

    e.canvas().zoomIn(); // the user's own zoom from here
    const qreal chosen = e.canvas().zoom();
    e.window->resize(1400, 900);
    QApplication::processEvents();
    CHECK(e.canvas().zoom() == Approx(chosen));
}
