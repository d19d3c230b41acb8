#include "spread.h"

#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace sightline::exporting {

namespace {

// A box the scene draws, around the point that moves when positions are spread.
struct DrawnBox {
    QPointF centre;
    double left, right, up, down; // extents from the centre
};

std::vector<DrawnBox> drawnBoxes(const render::MapScene& scene) {
    // Each bubble with the cards of its measures, which move with it.
    std::unordered_map<core::NodeId, QRectF> rects;
    for (const core::Node& n : scene.map().nodes()) {
        const render::MapNodeItem* item = scene.nodeItem(n.id);
        if (!item)
            continue;
        const core::NodeId owner = scene.attachedTo(n.id);
        rects[owner.empty() ? n.id : owner] |= item->sceneBoundingRect();
    }
    std::vector<DrawnBox> boxes;
    boxes.reserve(rects.size());
    for (const core::Node& n : scene.map().nodes()) {
        auto it = rects.find(n.id);
        if (it == rects.end())
            continue;
        const QPointF c = scene.placedPosition(n.id);
        const QRectF& r = it->second;
        boxes.push_back({c, c.x() - r.left(), r.right() - c.x(), c.y() - r.top(), r.bottom() - c.y()});
    }
    return boxes;
}

// How many pairs of boxes overlap when the positions are scaled by k (a grid of cells, linear
// in the number of boxes for a spread-out map).
std::size_t overlapsAt(const std::vector<DrawnBox>& boxes, double k) {
    if (boxes.empty())
        return 0;
    double cell = 1;
    for (const DrawnBox& b : boxes)
        cell = std::max({cell, b.left + b.right, b.up + b.down});
    std::unordered_map<long long, std::vector<std::size_t>> grid;
    auto key = [](long long cx, long long cy) { return cx * 1000003LL + cy; };
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const DrawnBox& b = boxes[i];
        const double x = b.centre.x() * k, y = b.centre.y() * k;
        const auto cx = static_cast<long long>(std::floor(x / cell));
        const auto cy = static_cast<long long>(std::floor(y / cell));
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy) {
                auto it = grid.find(key(cx + dx, cy + dy));
                if (it == grid.end())
                    continue;
                for (std::size_t j : it->second) {
                    const DrawnBox& o = boxes[j];
                    const double ox = o.centre.x() * k, oy = o.centre.y() * k;
                    const bool apartX = x + b.right <= ox - o.left || ox + o.right <= x - b.left;
                    const bool apartY = y + b.down <= oy - o.up || oy + o.down <= y - b.up;
                    if (!apartX && !apartY)
                        ++overlaps;
                }
            }
        grid[key(cx, cy)].push_back(i);
    }
    return overlaps;
}

} // namespace

double spreadFactor(const render::MapScene& scene) {
    const std::vector<DrawnBox> boxes = drawnBoxes(scene);
    constexpr double kMax = 3.0;
    const std::size_t best = overlapsAt(boxes, kMax);
    if (overlapsAt(boxes, 1.0) <= best)
        return 1.0;
    double lo = 1.0, hi = kMax;
    for (int i = 0; i < 12; ++i) {
        const double mid = (lo + hi) / 2;
        (overlapsAt(boxes, mid) <= best ? hi : lo) = mid;
    }
    return hi;
}

} // namespace sightline::exporting
