#pragma once

#include "sightline/render/legend.h"

#include <QRectF>

class QPainter;

namespace sightline::exporting {

// A page's legend is a render::Legend (ExportScene::legend(): the colours in use, the focus,
// the key to shapes and links), the same sections and swatches the canvas's legend shows,
// laid out here in columns across the page's footer.

// Legends flow in columns of this width (points).
inline constexpr double kLegendColumnWidth = 190;

// The height the legend needs in `width` points when its columns may be at most
// `maxHeight` tall (then what does not fit is summed up as "+ N more").
double legendHeight(const render::Legend& legend, double width, double maxHeight);

// Draws the legend into `box`, column after column; what does not fit is summed up as
// "+ N more".
void paintLegend(QPainter& painter, const QRectF& box, const render::Legend& legend);

} // namespace sightline::exporting
