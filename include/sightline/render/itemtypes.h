#pragma once

#include <QGraphicsItem>

namespace sightline::render {

// QGraphicsItem::type() values of the scene's items, for qgraphicsitem_cast.
enum ItemType : int {
    kNodeItemType = QGraphicsItem::UserType + 1, // objective or initiative
    kMeasureCardItemType = QGraphicsItem::UserType + 2,
    kLinkItemType = QGraphicsItem::UserType + 3,
};

// Z values: links under nodes, the dragged link preview above everything.
inline constexpr qreal kLinkZ = 0;
inline constexpr qreal kNodeZ = 10;
inline constexpr qreal kSelectedNodeZ = 20;

} // namespace sightline::render
