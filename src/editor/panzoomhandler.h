#pragma once

#include <QPoint>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace sightline::editor {

class CanvasView;

// Panning and wheel zoom on the canvas: drag with the middle button, or with the left button
// while Space is held; the wheel zooms about the point under the mouse. Each handler returns
// whether it used the event (the canvas then does nothing else with it).
class PanZoomHandler {
public:
    explicit PanZoomHandler(CanvasView& view) : view_(view) {}

    bool keyPress(QKeyEvent* event);
    bool keyRelease(QKeyEvent* event);
    bool mousePress(QMouseEvent* event);
    bool mouseMove(QMouseEvent* event);
    bool mouseRelease(QMouseEvent* event);
    bool wheel(QWheelEvent* event);

private:
    CanvasView& view_;
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPoint last_;
};

} // namespace sightline::editor
