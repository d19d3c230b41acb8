#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QPointF>
#include <optional>

class QGraphicsLineItem;
class QMouseEvent;

namespace sightline::render {
class MapNodeItem;
}

namespace sightline::editor {

class CanvasView;

// Drawing a link on the canvas: a press on a node's edge handle starts a dashed line that
// follows the mouse; releasing it over another node links the two (the kind chosen from the
// node kinds by the EditController); anywhere else draws nothing.
class LinkDragTool {
public:
    explicit LinkDragTool(CanvasView& view) : view_(view) {}
    ~LinkDragTool();
    LinkDragTool(const LinkDragTool&) = delete;
    LinkDragTool& operator=(const LinkDragTool&) = delete;

    // Starts a link when the press is on `node`'s handle; returns whether it did.
    bool mousePress(QMouseEvent* event, render::MapNodeItem* node);
    bool mouseMove(QMouseEvent* event);
    bool mouseRelease(QMouseEvent* event);
    bool isActive() const { return preview_ != nullptr; }

private:
    CanvasView& view_;
    std::optional<core::NodeId> from_;
    QGraphicsLineItem* preview_ = nullptr;
};

} // namespace sightline::editor
