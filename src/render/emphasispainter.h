#pragma once

#include "sightline/core/id.h"

#include <QLineF>
#include <QPen>

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

// Sets `pen` on the painter. On a PDF, a dashed pen drawn with an opacity below 1 is not
// written as a dash pattern: Qt strokes it itself into one filled polygon per dash. There the
// pen takes the colour it would show on white paper and the painter full opacity (restored
// by the returned guard), so the dashes stay a real dash pattern.
class DashPen {
public:
    DashPen(QPainter* painter, QPen pen);
    ~DashPen();
    DashPen(const DashPen&) = delete;
    DashPen& operator=(const DashPen&) = delete;

private:
    QPainter* painter_;
    qreal opacity_ = 1;
    bool restore_ = false;
};

} // namespace detail
} // namespace sightline::render
