// Canvas and window interactions driven through real widgets: presentation mode, the
// overview, context menus, panning, wheel zoom, snap to grid, distribute, team reparenting.
#include "docks/overviewdock.h"
#include "docks/teamsdock.h"
#include "helpers.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <catch2/catch.hpp>
#include <set>

using namespace testing;
using sightline::core::NodeId;

namespace {

void mouse(QWidget* w, QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent e(type, QPointF(at), w->mapToGlobal(QPointF(at)), button, buttons, {});
    QApplication::sendEvent(w, &e);
}

// A drag with any button, in five steps, as a hand does it.
void dragWith(QWidget* w, Qt::MouseButton button, QPoint from, QPoint to) {
    mouse(w, QEvent::MouseButtonPress, from, button, button);
    for (int i = 1; i <= 5; ++i)
        mouse(w, QEvent::MouseMove, from + (to - from) * i / 5, Qt::NoButton, button);
    mouse(w, QEvent::MouseButtonRelease, to, button, Qt::NoButton);
}

QPointF sceneAt(Editor& e, QPoint viewportPoint) {
    return e.canvas().mapToScene(viewportPoint);
}

// Opens the canvas's context menu at `at`; `inMenu` runs while the menu is open.
void contextMenu(Editor& e, QPoint at, const std::function<void(QMenu*)>& inMenu) {
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        REQUIRE(menu);
        ran = true;
        inMenu(menu);
        if (menu->isVisible())
            menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, e.canvas().viewport()->mapToGlobal(at));
    QApplication::sendEvent(e.canvas().viewport(), &event);
    CHECK(ran);
}

QStringList texts(QMenu* menu) {
    QStringList out;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            out << a->text().remove(QLatin1Char('&'));
    return out;
}

// Chooses an entry of an open menu with the keyboard.
void choose(QMenu* menu, const QString& text) {
    for (QAction* a : menu->actions())
        if (a->text().remove(QLatin1Char('&')) == text) {
            menu->setActiveAction(a);
            QTest::keyClick(menu, Qt::Key_Return);
            return;
        }
    FAIL("no menu entry " << text.toStdString());
}

core::MapData threeResults() {
    core::MapData d = smallMap();
    core::Node c;
    c.id = NodeId("c");
    c.title = "Scrap rate falls";
    d.nodes.push_back(c);
    d.positionsOf(core::ViewKind::Results)[NodeId("c")] = {-60, 200};
    return d;
}

} // namespace

TEST_CASE("F11 toggles presentation mode: full screen, docks and bars hidden, all restored after") {
    Editor e(smallMap());
    e.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(e.window.get()));
    std::set<QDockWidget*> shown;
    for (QDockWidget* d : e.window->findChildren<QDockWidget*>())
        if (d->isVisible())
            shown.insert(d);
    REQUIRE(shown.size() >= 3);
    const int weightBefore = e.scene().style().titleFont.weight();
    const int sizeBefore = e.scene().style().titleFont.pixelSize();

    QTest::keyClick(&e.canvas(), Qt::Key_F11);
    CHECK(e.window->isFullScreen());
    CHECK(e.window->actions().presentation->isChecked());
    for (QDockWidget* d : e.window->findChildren<QDockWidget*>()) {
        INFO(d->windowTitle().toStdString());
        CHECK_FALSE(d->isVisible());
    }
    CHECK_FALSE(e.window->menuBar()->isVisible());
    for (QToolBar* t : e.window->findChildren<QToolBar*>())
        CHECK_FALSE(t->isVisible());
    CHECK(e.scene().style().titleFont.weight() > weightBefore);  // bolder text for the projector
    CHECK(e.scene().style().titleFont.pixelSize() > sizeBefore); // and larger
    CHECK(e.canvas().isVisible());

    QTest::keyClick(&e.canvas(), Qt::Key_F11);
    CHECK_FALSE(e.window->isFullScreen());
    CHECK_FALSE(e.window->actions().presentation->isChecked());
    CHECK(e.window->menuBar()->isVisible());
    std::set<QDockWidget*> after;
    for (QDockWidget* d : e.window->findChildren<QDockWidget*>())
        if (d->isVisible())
            after.insert(d);
    CHECK(after == shown);
    CHECK(e.scene().style().titleFont.weight() == weightBefore);
}

TEST_CASE("clicking the overview moves the canvas there; dragging in it follows the mouse") {
    Editor e(exampleMap());
    auto* overview = e.window->findChild<sightline::editor::OverviewDock*>();
    REQUIRE(overview);
    REQUIRE(overview->isVisible());
    overview->redrawNow();
    const QRectF bounds = e.scene().mapBounds();
    const QPointF target = bounds.topLeft() + QPointF(bounds.width() * 0.25, bounds.height() * 0.75);
    const QPoint click = overview->panelPoint(target).toPoint();
    REQUIRE(overview->panel()->rect().contains(click));
    // One panel pixel covers this many scene points.
    const qreal pixel = bounds.width() / (overview->panelPoint(bounds.topRight()).x() -
                                          overview->panelPoint(bounds.topLeft()).x());
    QTest::mouseClick(overview->panel(), Qt::LeftButton, {}, click);
    CHECK(e.canvas().viewCentre().x() == Approx(target.x()).margin(2 * pixel));
    CHECK(e.canvas().viewCentre().y() == Approx(target.y()).margin(2 * pixel));

    const QPointF second = bounds.center();
    dragWith(overview->panel(), Qt::LeftButton, click, overview->panelPoint(second).toPoint());
    CHECK(e.canvas().viewCentre().x() == Approx(second.x()).margin(2 * pixel));
    CHECK(e.canvas().viewCentre().y() == Approx(second.y()).margin(2 * pixel));
    CHECK(e.undo().count() == 0); // looking around is not an edit
}

TEST_CASE("the context menu on a node offers the selection's actions, and they work") {
    Editor e(smallMap());
    contextMenu(e, e.centreOf("b"), [&](QMenu* menu) {
        const QStringList entries = texts(menu);
        INFO(entries.join(QStringLiteral(" | ")).toStdString());
        for (const char* expected : {"Rename", "Cut", "Copy", "Delete"})
            CHECK(entries.contains(QString::fromLatin1(expected)));
        CHECK(e.scene().selectedNodeIds() == std::vector{NodeId("b")}); // the node under the mouse
        choose(menu, QStringLiteral("Delete"));
    });
    CHECK_FALSE(e.map().node(NodeId("b")));
    e.undo().undo();
    CHECK(e.map().node(NodeId("b")));
}

TEST_CASE("the context menu on empty canvas creates a node where it was opened") {
    Editor e(smallMap());
    const QPoint at = e.viewPoint(QPointF(0, 300));
    QString entry;
    contextMenu(e, at, [&](QMenu* menu) {
        const QStringList entries = texts(menu);
        INFO(entries.join(QStringLiteral(" | ")).toStdString());
        REQUIRE(entries.size() >= 4);
        CHECK(entries.contains(QStringLiteral("Paste")));
        entry = entries.front(); // "New result"
        CHECK(entry.contains(QStringLiteral("Result"), Qt::CaseInsensitive));
        choose(menu, entry);
    });
    REQUIRE(e.map().nodes().size() == 4);
    const core::Node& made = e.map().nodes().back();
    CHECK(made.kind == core::NodeKind::Objective);
    const auto p = e.map().position(core::ViewKind::Results, made.id);
    REQUIRE(p);
    CHECK(std::abs(p->x - 0) < 60);
    CHECK(std::abs(p->y - 300) < 60);
}

TEST_CASE("space + drag and middle-button drag pan the canvas without editing") {
    Editor e(smallMap());
    const QPoint from(400, 300), to(250, 200);
    const QPointF grabbed = sceneAt(e, from);
    QTest::keyPress(&e.canvas(), Qt::Key_Space);
    e.drag(from, to);
    QTest::keyRelease(&e.canvas(), Qt::Key_Space);
    CHECK(sceneAt(e, to).x() == Approx(grabbed.x()).margin(1));
    CHECK(sceneAt(e, to).y() == Approx(grabbed.y()).margin(1));
    CHECK(e.undo().count() == 0);

    // Without Space a left drag on empty canvas is a rubber band, not a pan.
    const QPointF still = sceneAt(e, to);
    e.drag(to, from);
    CHECK(sceneAt(e, to) == still);

    // The middle button pans, even when the press is on a node; the node stays put.
    const QPoint node = e.centreOf("a");
    const QPointF under = sceneAt(e, node);
    const QPoint end = node + QPoint(120, 90);
    dragWith(e.canvas().viewport(), Qt::MiddleButton, node, end);
    CHECK(sceneAt(e, end).x() == Approx(under.x()).margin(1));
    CHECK(sceneAt(e, end).y() == Approx(under.y()).margin(1));
    CHECK(e.map().position(core::ViewKind::Results, NodeId("a"))->x == Approx(-250));
    CHECK(e.undo().count() == 0);
}

TEST_CASE("the wheel zooms about the point under the mouse") {
    Editor e(smallMap());
    const QPoint at(300, 220);
    QTest::mouseMove(e.canvas().viewport(), at);
    const QPointF anchored = sceneAt(e, at);
    const qreal before = e.canvas().zoom();
    auto wheel = [&](int delta) {
        QWheelEvent ev(QPointF(at), e.canvas().viewport()->mapToGlobal(QPointF(at)), QPoint(),
                       QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(e.canvas().viewport(), &ev);
    };
    wheel(120);
    CHECK(e.canvas().zoom() > before * 1.1);
    CHECK(sceneAt(e, at).x() == Approx(anchored.x()).margin(2));
    CHECK(sceneAt(e, at).y() == Approx(anchored.y()).margin(2));
    wheel(-240);
    CHECK(e.canvas().zoom() < before);
    CHECK(sceneAt(e, at).x() == Approx(anchored.x()).margin(2));
    CHECK(sceneAt(e, at).y() == Approx(anchored.y()).margin(2));
    CHECK(e.undo().count() == 0);
}

TEST_CASE("with snap to grid on, a node dragged by the mouse lands on the grid") {
    Editor e(smallMap());
    const qreal g = e.scene().style().gridSize;
    e.drag(e.centreOf("b"), e.centreOf("b") + QPoint(37, 23));
    auto p = e.map().position(core::ViewKind::Results, NodeId("b"));
    REQUIRE(p);
    CHECK(p->x == Approx(287).margin(1)); // off: exactly where it was dropped
    e.undo().undo();

    e.window->actions().snapToGrid->trigger(); // Arrange > Snap to grid
    REQUIRE(e.controller().snapToGrid());
    e.drag(e.centreOf("b"), e.centreOf("b") + QPoint(37, 23));
    p = e.map().position(core::ViewKind::Results, NodeId("b"));
    REQUIRE(p);
    CHECK(std::fmod(std::abs(p->x), g) == Approx(0).margin(1e-6));
    CHECK(std::fmod(std::abs(p->y), g) == Approx(0).margin(1e-6));
    CHECK(std::abs(p->x - 287) <= g / 2);
    CHECK(std::abs(p->y - (-27)) <= g / 2);
    e.window->actions().snapToGrid->trigger();
    CHECK_FALSE(e.controller().snapToGrid());
}

TEST_CASE("distribute spaces three results equally in one undo step") {
    Editor e(threeResults());
    const core::MapData before = e.map().snapshot();
    e.scene().selectNodes({NodeId("a"), NodeId("b"), NodeId("c")});
    const int steps = e.undo().count();
    e.window->actions().distributeH->trigger();
    auto x = [&](const char* id) { return e.map().position(core::ViewKind::Results, NodeId(id))->x; };
    CHECK(x("a") == Approx(-250));
    CHECK(x("b") == Approx(250));
    CHECK(x("c") == Approx(0));                                                      // midway
    CHECK(e.map().position(core::ViewKind::Results, NodeId("c"))->y == Approx(200)); // only x changes
    CHECK(e.undo().count() == steps + 1);

    e.window->actions().distributeV->trigger();
    auto y = [&](const char* id) { return e.map().position(core::ViewKind::Results, NodeId(id))->y; };
    CHECK(y("b") == Approx(-50));
    CHECK(y("a") == Approx(75));
    CHECK(y("c") == Approx(200));
    CHECK(e.undo().count() == steps + 2);
    e.undo().undo();
    e.undo().undo();
    CHECK(e.map().data() == before);
}

// A drag in the team tree ends in TeamsDock::reparentTeam (TeamTree::dropEvent). The drag
// itself cannot be driven offscreen (the offscreen platform ends QDrag::exec at once and does
// not deliver synthetic drop events), so this drives the operation the drop calls and checks
// the model, the tree and undo.
TEST_CASE("reparenting a team in the Teams dock: the model's parent and the tree change, undo restores") {
    core::MapData data = smallMap();
    data.teams.push_back({core::TeamId("ops"), "Operations", core::TeamId("org"), ""});
    data.teams.push_back({core::TeamId("maint"), "Maintenance", core::TeamId("org"), ""});
    Editor e(std::move(data));
    auto* dock = e.window->findChild<sightline::editor::TeamsDock*>();
    QTreeWidget* tree = dock->teamTree();
    auto item = [&](const char* name) -> QTreeWidgetItem* {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->text(0) == QLatin1String(name))
                return *it;
        return nullptr;
    };
    QApplication::processEvents();
    REQUIRE(dock->reparentTeam(QStringLiteral("maint"), QStringLiteral("ops")));
    QApplication::processEvents(); // the tree is rebuilt from the model
    CHECK(e.map().team(core::TeamId("maint"))->parent == core::TeamId("ops"));
    CHECK(item("Maintenance")->parent() == item("Operations"));
    CHECK(e.undo().count() == 1);
    e.undo().undo();
    QApplication::processEvents();
    CHECK(e.map().team(core::TeamId("maint"))->parent == core::TeamId("org"));
    CHECK(item("Maintenance")->parent() == item("Org"));
    e.undo().redo();
    // Onto its own sub-team: a cycle, refused, the map and the tree as they were.
    const core::MapData before = e.map().snapshot();
    CHECK_FALSE(dock->reparentTeam(QStringLiteral("ops"), QStringLiteral("maint")));
    QApplication::processEvents();
    CHECK(e.map().data() == before);
    CHECK(item("Maintenance")->parent() == item("Operations"));
    // Dropped on empty space: a root team.
    REQUIRE(dock->reparentTeam(QStringLiteral("ops"), QString()));
    QApplication::processEvents();
    CHECK_FALSE(e.map().team(core::TeamId("ops"))->parent);
    CHECK(item("Operations")->parent() == nullptr);
}
