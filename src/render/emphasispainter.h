#pragma once

#include "sightline/core/id.h"

#include <QLineF>

class QPainter;

namespace sightline::render {

class MapNodeItem;
class MapScene;

namespace detail {

// Opacity of items outside an active focus: faint but readable, for context.
inline constexpr qreal kFadedOpacity = 0.22;

// The focus halo (line of sight, ripple) and the findings marker of a node, drawn over the
// node's own painting. Stays within the item's bounding rectangle.
void paintNodeOverlay(QPainter* painter, const MapNodeItem& item, qreal lod);
// The focus underlay of a link (a wide, translucent stroke in the emphasis colour), drawn
// before the link itself.
void paintLinkUnderlay(QPainter* painter, const MapScene& scene, const core::LinkId& id, const QLineF& line,
                       qreal width, qreal lod);

} // namespace detail
} // namespace sightline::render
