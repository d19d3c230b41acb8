#include "helpers.h"

#include "live/analysisrunner.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/io/jsonmapreader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTest>
#include <catch2/catch.hpp>

namespace testing {

Editor::Editor(core::MapData data) : window(std::make_unique<editor::MainWindow>()) {
    window->resize(1400, 900);
    window->setWorkspace(
        std::make_unique<editor::Workspace>(std::make_unique<editor::Document>(std::move(data))));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    canvas().resetTransform();
    canvas().centerOn(QPointF(0, 0));
    canvas().setFocus();
    QApplication::processEvents();
}

QPoint Editor::viewPoint(QPointF scenePoint) {
    return canvas().mapFromScene(scenePoint);
}

QPoint Editor::centreOf(const char* id) {
    return viewPoint(scene().nodeItem(core::NodeId(id))->scenePos());
}

QPoint Editor::handleOf(const char* id) {
    auto* item = scene().nodeItem(core::NodeId(id));
    // Just inside the node's edge: a press there hits the node before any hover (boxes are
    // 115 pt wide, so the edge falls between two pixels at zoom 1).
    return viewPoint(item->mapToScene(item->handlePos() - QPointF(2, 0)));
}

namespace {
void send(QWidget* w, QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons,
          Qt::KeyboardModifiers mods) {
    QMouseEvent e(type, QPointF(at), w->mapToGlobal(QPointF(at)), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}
} // namespace

void Editor::press(QPoint at, Qt::KeyboardModifiers mods) {
    // Hovering first, as a real pointer does: the handle shows on hover.
    send(canvas().viewport(), QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton, {});
    send(canvas().viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, mods);
}

void Editor::move(QPoint to) {
    send(canvas().viewport(), QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, {});
}

void Editor::release(QPoint at) {
    send(canvas().viewport(), QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, {});
}

void Editor::drag(QPoint from, QPoint to) {
    press(from);
    for (int i = 1; i <= 5; ++i)
        move(from + (to - from) * i / 5);
    release(to);
}

core::MapData smallMap() {
    core::MapData d;
    d.properties.title = "Small";
    d.teams.push_back({core::TeamId("org"), "Org", std::nullopt, "#1f3a5f"});
    d.people.push_back({core::PersonId("dl"), "Dana Lee", "", core::TeamId("org"), ""});
    core::Node a;
    a.id = core::NodeId("a");
    a.title = "Plant downtime falls";
    a.team = core::TeamId("org");
    a.owner = core::PersonId("dl");
    core::Node b;
    b.id = core::NodeId("b");
    b.title = "Operating margin grows";
    b.goal = true;
    b.team = core::TeamId("org");
    core::Node m;
    m.id = core::NodeId("m");
    m.kind = core::NodeKind::Measure;
    m.title = "Downtime hours";
    d.nodes = {a, b, m};
    core::Link l;
    l.id = core::LinkId("l1");
    l.kind = core::LinkKind::Measures;
    l.from = core::NodeId("m");
    l.to = core::NodeId("a");
    d.links = {l};
    auto& pos = d.positionsOf(core::ViewKind::Results);
    pos[core::NodeId("a")] = {-250, 0};
    pos[core::NodeId("b")] = {250, -50};
    return d;
}

bool Editor::waitForAnalysis(int timeoutMs) {
    editor::AnalysisRunner* runner = window->insight()->runner();
    runner->runNow();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (runner->upToDate())
            return true;
        QTest::qWait(10);
    }
    return false;
}

core::MapData exampleMap() {
    io::ReadResult r = io::readMapJsonFile(SIGHTLINE_EXAMPLES "/manufacturer-results-map.json");
    REQUIRE(r.ok());
    return std::move(*r.map);
}

} // namespace testing
