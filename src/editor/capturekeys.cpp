#include "capturekeys.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QKeyEvent>
#include <cmath>
#include <limits>

namespace sightline::editor {

bool CaptureKeys::keyPress(QKeyEvent* event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    EditController& c = view_.controller();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods == Qt::NoModifier)
            c.createLinked(core::NodeKind::Objective, view_.viewCentre());
        else if (mods == Qt::ShiftModifier)
            c.createSibling(view_.viewCentre());
        else
            return false;
        event->accept();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return moveSelection(event);
        if (mods == Qt::NoModifier && selectNeighbour(event->key())) {
            event->accept();
            return true;
        }
        return false;
    default:
        break;
    }
    // Typing on a selected node renames it, starting with what was typed.
    const QString text = event->text();
    if (text.isEmpty() || (mods & ~Qt::ShiftModifier) || !text.front().isPrint() || text.front().isSpace())
        return false;
    const auto selected = view_.mapScene().selectedNodeIds();
    if (selected.size() != 1)
        return false;
    view_.editTitle(selected.front(), text);
    event->accept();
    return true;
}

bool CaptureKeys::selectNeighbour(int key) {
    render::MapScene& scene = view_.mapScene();
    const auto selected = scene.selectedNodeIds();
    if (selected.empty())
        return false;
    const QPointF from = scene.nodeCentre(selected.front());
    const QPointF dir = key == Qt::Key_Left    ? QPointF(-1, 0)
                        : key == Qt::Key_Right ? QPointF(1, 0)
                        : key == Qt::Key_Up    ? QPointF(0, -1)
                                               : QPointF(0, 1);
    // The nearest node within 60 degrees of the direction, straight ahead preferred.
    const render::MapNodeItem* best = nullptr;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (QGraphicsItem* item : scene.items()) {
        auto* node = dynamic_cast<render::MapNodeItem*>(item);
        if (!node || node->nodeId() == selected.front() || !node->isVisible())
            continue;
        const QPointF d = node->scenePos() - from;
        const qreal along = d.x() * dir.x() + d.y() * dir.y();
        const qreal across = std::abs(d.x() * dir.y() - d.y() * dir.x());
        if (along <= 1 || across > along * 1.75)
            continue;
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = node;
        }
    }
    if (!best)
        return true; // nothing that way: the selection stays
    scene.selectNodes({best->nodeId()});
    view_.ensureVisible(best, 60, 60);
    return true;
}

bool CaptureKeys::moveSelection(QKeyEvent* event) {
    render::MapScene& scene = view_.mapScene();
    if (scene.selectedNodeIds().empty() || view_.movesLocked())
        return false;
    const qreal step = scene.style().gridSize * ((event->modifiers() & Qt::ShiftModifier) ? 5 : 1);
    if (!event->isAutoRepeat())
        gesture_ = view_.controller().newGesture();
    const int key = event->key();
    const QPointF d = key == Qt::Key_Left    ? QPointF(-step, 0)
                      : key == Qt::Key_Right ? QPointF(step, 0)
                      : key == Qt::Key_Up    ? QPointF(0, -step)
                                             : QPointF(0, step);
    view_.controller().moveSelection(d, gesture_);
    event->accept();
    return true;
}

} // namespace sightline::editor
