#pragma once

#include "sightline/export/exportoptions.h"

#include <QRectF>
#include <QSizeF>
#include <vector>

namespace sightline::exporting {

// The parts of a map page, in points from the page's top-left corner.
struct PageFrame {
    QSizeF paper;  // the whole page
    QRectF body;   // inside the margins
    QRectF map;    // where the map goes: the body above the footer
    QRectF footer; // legend and title block; empty without them
};

// One page's share of a map: `source` in scene coordinates is drawn into `target` on the page.
struct MapTile {
    QRectF source;
    QRectF target;
    int row = 0;
    int column = 0;
};

// How a map is put on pages: scaled to fit one page, or tiled over rows x columns pages at a
// readable scale, neighbouring tiles sharing `overlap` points of the map.
struct MapPlan {
    double scale = 1; // printed points per scene point
    int rows = 1;
    int columns = 1;
    double overlap = 0;         // in printed points, 0 when not tiled
    std::vector<MapTile> tiles; // row by row
    bool tiled() const { return tiles.size() > 1; }
};

// The paper in whole points (as Qt's PDF writer sizes pages): A4 595 x 842, A3 842 x 1191,
// Letter 612 x 792 (portrait; swapped for landscape). For PageFormat::Fit, the paper that holds `content`
// (scene points, drawn at 1:1) with margins and footer.
QSizeF paperSize(PageFormat page, bool landscape, QSizeF content = {}, double marginPts = 0,
                 double footerHeight = 0);

// The frame of a page of `paper` with margins and a footer of `footerHeight` points.
PageFrame pageFrame(QSizeF paper, double marginPts, double footerHeight);

// Places `bounds` (scene coordinates) into `area` (page points): scaled to fit, never larger
// than `maxScale`, centred; when that scale is below `minScale` and tiling is allowed, tiled at
// `minScale` with `overlap` points shared by neighbours.
MapPlan planMap(const QRectF& bounds, const QRectF& area, double minScale, bool allowTiling, double overlap,
                double maxScale = 2.0);

} // namespace sightline::exporting
