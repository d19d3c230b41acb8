#include "sightline/export/pageplan.h"

#include <algorithm>
#include <cmath>

namespace sightline::exporting {

QSizeF paperSize(PageFormat page, bool landscape, QSizeF content, double marginPts, double footerHeight) {
    QSizeF size;
    switch (page) {
    case PageFormat::A4:
        size = {595, 842};
        break;
    case PageFormat::A3:
        size = {842, 1191};
        break;
    case PageFormat::Letter:
        size = {612, 792};
        break;
    case PageFormat::Fit:
        return {std::ceil(std::max(content.width(), 1.0) + 2 * marginPts),
                std::ceil(std::max(content.height(), 1.0) + 2 * marginPts + footerHeight)};
    }
    return landscape ? size.transposed() : size;
}

PageFrame pageFrame(QSizeF paper, double marginPts, double footerHeight) {
    PageFrame f;
    f.paper = paper;
    const double m = std::clamp(marginPts, 0.0, std::min(paper.width(), paper.height()) / 4);
    f.body = QRectF(m, m, paper.width() - 2 * m, paper.height() - 2 * m);
    const double footer = std::clamp(footerHeight, 0.0, f.body.height() / 2);
    f.map = QRectF(f.body.left(), f.body.top(), f.body.width(), f.body.height() - footer);
    if (footer > 0)
        f.footer = QRectF(f.body.left(), f.map.bottom(), f.body.width(), footer);
    return f;
}

MapPlan planMap(const QRectF& bounds, const QRectF& area, double minScale, bool allowTiling, double overlap,
                double maxScale) {
    MapPlan plan;
    const QRectF b = bounds.isEmpty() ? QRectF(bounds.topLeft(), QSizeF(1, 1)) : bounds;
    const double fit = std::min({area.width() / b.width(), area.height() / b.height(), maxScale});
    if (fit >= minScale || !allowTiling || minScale <= 0) {
        plan.scale = fit;
        const QSizeF drawn(b.width() * fit, b.height() * fit);
        const QRectF target(area.center().x() - drawn.width() / 2, area.center().y() - drawn.height() / 2,
                            drawn.width(), drawn.height());
        plan.tiles.push_back({b, target, 0, 0});
        return plan;
    }
    plan.scale = minScale;
    plan.overlap = std::clamp(overlap, 0.0, std::min(area.width(), area.height()) / 3);
    // Each page shows area/scale of the map; neighbours share overlap/scale of it.
    const double tileW = area.width() / minScale, tileH = area.height() / minScale;
    const double shared = plan.overlap / minScale;
    const double stepW = tileW - shared, stepH = tileH - shared;
    plan.columns = std::max(1, static_cast<int>(std::ceil((b.width() - shared) / stepW - 1e-9)));
    plan.rows = std::max(1, static_cast<int>(std::ceil((b.height() - shared) / stepH - 1e-9)));
    // Centre the map in the grid of tiles.
    const double gridW = plan.columns * stepW + shared, gridH = plan.rows * stepH + shared;
    const QPointF origin(b.left() - (gridW - b.width()) / 2, b.top() - (gridH - b.height()) / 2);
    for (int r = 0; r < plan.rows; ++r)
        for (int c = 0; c < plan.columns; ++c)
            plan.tiles.push_back(
                {QRectF(origin.x() + c * stepW, origin.y() + r * stepH, tileW, tileH), area, r, c});
    return plan;
}

} // namespace sightline::exporting
