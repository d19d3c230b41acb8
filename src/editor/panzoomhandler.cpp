#include "panzoomhandler.h"

#include "sightline/editor/canvasview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace sightline::editor {

bool PanZoomHandler::keyPress(QKeyEvent* event) {
    if (event->key() != Qt::Key_Space)
        return false;
    if (!event->isAutoRepeat()) {
        spaceHeld_ = true;
        view_.viewport()->setCursor(Qt::OpenHandCursor);
    }
    event->accept();
    return true;
}

bool PanZoomHandler::keyRelease(QKeyEvent* event) {
    if (event->key() != Qt::Key_Space || event->isAutoRepeat())
        return false;
    spaceHeld_ = false;
    if (!panning_)
        view_.viewport()->setCursor(Qt::ArrowCursor);
    event->accept();
    return true;
}

bool PanZoomHandler::mousePress(QMouseEvent* event) {
    if (!(event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)))
        return false;
    panning_ = true;
    last_ = event->position().toPoint();
    view_.viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
    return true;
}

bool PanZoomHandler::mouseMove(QMouseEvent* event) {
    if (!panning_)
        return false;
    const QPoint d = event->position().toPoint() - last_;
    last_ = event->position().toPoint();
    view_.horizontalScrollBar()->setValue(view_.horizontalScrollBar()->value() - d.x());
    view_.verticalScrollBar()->setValue(view_.verticalScrollBar()->value() - d.y());
    event->accept();
    return true;
}

bool PanZoomHandler::mouseRelease(QMouseEvent* event) {
    if (!panning_)
        return false;
    panning_ = false;
    view_.viewport()->setCursor(spaceHeld_ ? Qt::OpenHandCursor : Qt::ArrowCursor);
    event->accept();
    return true;
}

bool PanZoomHandler::wheel(QWheelEvent* event) {
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return true; // nothing to zoom; the view does not scroll on the wheel either
    view_.zoomBy(std::pow(1.0015, delta));
    event->accept();
    return true;
}

} // namespace sightline::editor
