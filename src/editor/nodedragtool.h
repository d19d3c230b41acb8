#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QPointF>
#include <utility>
#include <vector>

class QMouseEvent;

namespace sightline::render {
class MapNodeItem;
}

namespace sightline::editor {

class CanvasView;

// Moving nodes with the mouse: a left press on a node (without Ctrl) selects it unless it is
// already selected; dragging further than the start distance moves the whole selection (a
// measure card moves the bubble it hangs from), every step of one drag merging into one undo
// step.
class NodeDragTool {
public:
    explicit NodeDragTool(CanvasView& view) : view_(view) {}

    // After the view's own press handling; `node` is the node under the press, if any.
    void mousePress(QMouseEvent* event, render::MapNodeItem* node);
    bool mouseMove(QMouseEvent* event);
    void mouseRelease();

private:
    CanvasView& view_;
    bool pressOnNode_ = false;
    bool dragging_ = false;
    int gesture_ = 0;
    QPointF start_;
    std::vector<std::pair<core::NodeId, QPointF>> origin_;
};

} // namespace sightline::editor
