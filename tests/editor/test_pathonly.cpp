// The canvas's "Path only" view (issue 16): a team's paths to the goals on their own, laid out
// as a compact hierarchy, without changing the map's arrangement.
#include "helpers.h"
#include "pathonlyview.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/export/mapfilters.h"
#include "sightline/layout/layout.h"
#include "sightline/render/linkitem.h"

#include <QAction>
#include <QElapsedTimer>
#include <QTest>
#include <catch2/catch.hpp>
#include <set>

using namespace testing;
using namespace sightline;

namespace {

editor::PathOnlyView& pathOnly(Editor& e) {
    return *e.window->insight()->pathOnly();
}

// Runs the event loop until `done` holds (the view arranges itself after the event loop turns).
template <class F> bool waitFor(F done, int timeoutMs = 10000) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

std::set<std::string> visibleNodes(Editor& e) {
    std::set<std::string> out;
    for (const core::Node& n : e.map().nodes())
        if (e.scene().nodeItem(n.id)->isVisible())
            out.insert(n.id.str());
    return out;
}

// The nodes and places the path-only view should show for the focus now: the export's
// path-only part of the map, laid out on its own in the Hierarchy view.
struct Expected {
    std::set<std::string> nodes;
    core::ViewPositions places;
};

Expected expected(Editor& e) {
    const core::MapData part = exporting::pathOnlyMap(e.map().data(), e.scene().highlight());
    Expected out;
    for (const core::Node& n : part.nodes)
        out.nodes.insert(n.id.str());
    out.places = layout::layoutView(part, core::ViewKind::Hierarchy).positions;
    return out;
}

// Every node that is not a card stands where `places` says.
bool standsAt(Editor& e, const core::ViewPositions& places) {
    for (const auto& [id, p] : places) {
        const render::MapNodeItem* item = e.scene().nodeItem(id);
        if (!item->parentItem() && item->pos() != QPointF(p.x, p.y))
            return false;
    }
    return true;
}

QRectF boundsOf(Editor& e, const std::set<std::string>& ids) {
    QRectF r;
    for (const std::string& id : ids)
        r |= e.scene().nodeItem(core::NodeId(id))->sceneBoundingRect();
    return r;
}

} // namespace

TEST_CASE("path only shows a team's paths to the goals on their own, compactly, and leaves the map's "
          "places alone",
          "[editor][insight][pathonly]") {
    Editor e(exampleMap());
    QAction* action = pathOnly(e).action();
    CHECK_FALSE(action->isEnabled()); // no line of sight in focus
    e.window->insight()->focusTeam(core::TeamId("maint"));
    REQUIRE(action->isEnabled());
    const core::MapData before = e.map().data();
    const int steps = e.undo().count();
    // The same nodes at the places the whole map gives them, for comparison.
    const Expected want = expected(e);
    REQUIRE(want.nodes.size() >= 5);
    REQUIRE(want.nodes.size() < e.map().nodes().size() / 2);
    const QRectF spread = boundsOf(e, want.nodes);

    action->trigger();
    REQUIRE(pathOnly(e).isShown());
    CHECK(visibleNodes(e) == want.nodes);
    CHECK(want.nodes.count("o-maint-cost") == 1);
    CHECK(want.nodes.count("g-margin") == 1);   // the goal it serves
    CHECK(want.nodes.count("o-intranet") == 0); // another team's
    for (const core::Link& l : e.map().links())
        CHECK(e.scene().linkItem(l.id)->isVisible() ==
              (want.nodes.count(l.from.str()) > 0 && want.nodes.count(l.to.str()) > 0));
    CHECK(standsAt(e, want.places));
    // Compact: the paths take less room than the same nodes spread over the whole map.
    const QRectF compact = boundsOf(e, want.nodes);
    CHECK(compact.width() * compact.height() < spread.width() * spread.height());
    // The canvas shows them: they fill the view.
    const QRectF visible = e.canvas().mapToScene(e.canvas().viewport()->rect()).boundingRect();
    CHECK(visible.contains(compact));
    CHECK(e.map().data() == before);

    // Dragging a node and Ctrl+arrows do not move it: its places in the map's views are kept.
    e.drag(e.centreOf("o-maint-cost"), e.centreOf("o-maint-cost") + QPoint(120, 80));
    e.scene().selectNodes({core::NodeId("o-maint-cost")});
    QTest::keyClick(e.canvas().viewport(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(e.map().data() == before);
    CHECK(e.undo().count() == steps);

    // An edit: the view is arranged again. A renamed node stays; a new node of no team is not
    // on the team's paths and does not show.
    REQUIRE(
        e.controller().renameNode(core::NodeId("o-maint-cost"), QStringLiteral("Maintenance cost per hour")));
    const auto added =
        e.controller().createNode(core::NodeKind::Objective, QPointF(0, 0), QStringLiteral("Spare"));
    REQUIRE(added);
    REQUIRE(waitFor([&] { return !e.scene().nodeItem(*added)->isVisible(); }));
    CHECK(e.scene().nodeItem(core::NodeId("o-maint-cost"))->isVisible());
    CHECK(visibleNodes(e) == expected(e).nodes);
    CHECK(standsAt(e, expected(e).places));

    // Off: the whole map again, every node where the model has it.
    action->trigger();
    CHECK_FALSE(pathOnly(e).isShown());
    CHECK(visibleNodes(e).size() == e.map().nodes().size());
    for (const core::Link& l : e.map().links())
        CHECK(e.scene().linkItem(l.id)->isVisible());
    for (const core::Node& n : e.map().nodes()) {
        const render::MapNodeItem* item = e.scene().nodeItem(n.id);
        if (!item->parentItem())
            CHECK(item->pos() == e.scene().placedPosition(n.id));
    }
    // Moving works again.
    e.scene().selectNodes({core::NodeId("o-maint-cost")});
    QTest::keyClick(e.canvas().viewport(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(e.undo().count() > steps + 2);
}

TEST_CASE("path only follows the focus: another team is arranged, no focus shows the whole map",
          "[editor][insight][pathonly]") {
    Editor e(exampleMap());
    QAction* action = pathOnly(e).action();
    e.window->insight()->focusTeam(core::TeamId("maint"));
    action->trigger();
    REQUIRE(pathOnly(e).isShown());
    const std::set<std::string> maint = visibleNodes(e);

    e.window->insight()->focusTeam(core::TeamId("sales"));
    REQUIRE(waitFor([&] { return visibleNodes(e) != maint; }));
    CHECK(pathOnly(e).isShown());
    CHECK(visibleNodes(e) == expected(e).nodes);
    CHECK(visibleNodes(e).count("m-sales-eu") == 1);

    e.window->insight()->clearFocus();
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(action->isChecked());
    CHECK_FALSE(pathOnly(e).isShown());
    CHECK(visibleNodes(e).size() == e.map().nodes().size());
}
