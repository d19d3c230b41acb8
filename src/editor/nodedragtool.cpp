#include "nodedragtool.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QApplication>
#include <QMouseEvent>

namespace sightline::editor {

void NodeDragTool::mousePress(QMouseEvent* event, render::MapNodeItem* node) {
    pressOnNode_ = node && event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ControlModifier) &&
                   !view_.movesLocked();
    if (!pressOnNode_)
        return;
    render::MapScene& scene = view_.mapScene();
    if (!node->isSelected()) {
        scene.clearSelection();
        node->setSelected(true);
    }
    dragging_ = false;
    start_ = view_.mapToScene(event->position().toPoint());
    origin_.clear();
    for (const core::NodeId& id : scene.selectedNodeIds()) {
        // Dragging a card drags the bubble it hangs from.
        core::NodeId target = scene.attachedTo(id);
        if (target.empty())
            target = id;
        bool seen = false;
        for (const auto& [d, p] : origin_)
            seen = seen || d == target;
        if (!seen)
            origin_.emplace_back(target, scene.placedPosition(target));
    }
    gesture_ = view_.controller().newGesture();
}

bool NodeDragTool::mouseMove(QMouseEvent* event) {
    if (!pressOnNode_ || !(event->buttons() & Qt::LeftButton))
        return false;
    const QPointF now = view_.mapToScene(event->position().toPoint());
    if (!dragging_ && (view_.mapFromScene(now) - view_.mapFromScene(start_)).manhattanLength() >=
                          QApplication::startDragDistance())
        dragging_ = true;
    if (dragging_) {
        std::vector<std::pair<core::NodeId, QPointF>> to;
        for (const auto& [id, origin] : origin_)
            to.emplace_back(id, origin + (now - start_));
        view_.controller().placeNodes(to, gesture_);
    }
    event->accept();
    return true;
}

void NodeDragTool::mouseRelease() {
    pressOnNode_ = false;
    dragging_ = false;
}

} // namespace sightline::editor
