#include "linkdragtool.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QGraphicsLineItem>
#include <QMouseEvent>
#include <QPen>

namespace sightline::editor {

LinkDragTool::~LinkDragTool() {
    delete preview_;
}

bool LinkDragTool::mousePress(QMouseEvent* event, render::MapNodeItem* node) {
    if (!node || !node->isOnHandle(node->mapFromScene(view_.mapToScene(event->position().toPoint()))))
        return false;
    from_ = node->nodeId();
    const QPointF start = node->mapToScene(node->handlePos());
    preview_ = new QGraphicsLineItem(QLineF(start, start));
    preview_->setPen(QPen(view_.mapScene().style().selection, 2.5, Qt::DashLine, Qt::RoundCap));
    preview_->setZValue(1000);
    view_.mapScene().addItem(preview_);
    event->accept();
    return true;
}

bool LinkDragTool::mouseMove(QMouseEvent* event) {
    if (!preview_)
        return false;
    QLineF l = preview_->line();
    l.setP2(view_.mapToScene(event->position().toPoint()));
    preview_->setLine(l);
    event->accept();
    return true;
}

bool LinkDragTool::mouseRelease(QMouseEvent* event) {
    if (!preview_)
        return false;
    delete preview_;
    preview_ = nullptr;
    const core::NodeId from = *from_;
    from_.reset();
    if (render::MapNodeItem* target = view_.nodeAt(event->position().toPoint());
        target && target->nodeId() != from)
        view_.controller().linkNodes(from, target->nodeId());
    event->accept();
    return true;
}

} // namespace sightline::editor
