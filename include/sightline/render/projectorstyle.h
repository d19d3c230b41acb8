#pragma once

#include "sightline/render/style.h"

#include <QRectF>
#include <QSizeF>

namespace sightline::render {

class MapScene;

// The look of a map on the projector (presentation mode): the nodes, not the background
// guides, fill the screen; measure cards shrink to a status dot on their result; owners,
// captions and findings' badges go; results grow into the room that frees, as far as they can
// without touching one another; and their titles get the largest font with which every title
// fits its box wrapped (never cut short).
struct ProjectorFit {
    Style style;
    QRectF nodesBounds;    // what to fit into the screen (scene coordinates, margins included)
    qreal zoom = 1;        // the scale at which the bounds fill the screen
    qreal titlePixels = 0; // result titles' font size on the screen at that zoom
};

// `minTitlePixels`: the size aimed at (20 px at 1080p); beyond 1.6 times it the text stops
// growing. Maps of more than `kMaxNodes` top-level nodes keep the plain presentation sizes.
ProjectorFit fitProjector(const MapScene& scene, QSizeF screen, qreal minTitlePixels = 20);

inline constexpr std::size_t kProjectorMaxNodes = 1500;

} // namespace sightline::render
