#include "freespace.h"

#include <algorithm>
#include <cmath>

namespace sightline::layout::detail {

namespace {

std::int64_t cellOf(double v, double size) {
    return static_cast<std::int64_t>(std::floor(v / size));
}

std::uint64_t cellKey(std::int64_t cx, std::int64_t cy) {
    return (static_cast<std::uint64_t>(cx) << 32) ^ (static_cast<std::uint64_t>(cy) & 0xffffffffu);
}

} // namespace

FreeSpace::FreeSpace(std::vector<Box> boxes, double clearance)
    : boxes_(std::move(boxes)), clearance_(clearance) {
    for (const Box& b : boxes_) {
        cellW_ = std::max(cellW_, b.width);
        cellH_ = std::max(cellH_, b.height);
    }
    for (std::uint32_t i = 0; i < boxes_.size(); ++i) {
        const Box& b = boxes_[i];
        for (std::int64_t cx = cellOf(b.x - b.width / 2, cellW_); cx <= cellOf(b.x + b.width / 2, cellW_);
             ++cx)
            for (std::int64_t cy = cellOf(b.y - b.height / 2, cellH_);
                 cy <= cellOf(b.y + b.height / 2, cellH_); ++cy)
                grid_[cellKey(cx, cy)].push_back(i);
    }
}

bool FreeSpace::isFree(const Box& box) const {
    const double hw = box.width / 2 + clearance_, hh = box.height / 2 + clearance_;
    for (std::int64_t cx = cellOf(box.x - hw, cellW_); cx <= cellOf(box.x + hw, cellW_); ++cx) {
        for (std::int64_t cy = cellOf(box.y - hh, cellH_); cy <= cellOf(box.y + hh, cellH_); ++cy) {
            const auto it = grid_.find(cellKey(cx, cy));
            if (it == grid_.end())
                continue;
            for (std::uint32_t i : it->second) {
                const Box& b = boxes_[i];
                if (std::abs(b.x - box.x) < b.width / 2 + hw && std::abs(b.y - box.y) < b.height / 2 + hh)
                    return false;
            }
        }
    }
    return true;
}

core::Point FreeSpace::nearestFree(core::Point wish, double width, double height) const {
    const core::Point offset = nearestFreeOffset({{wish.x, wish.y, width, height}});
    return {wish.x + offset.x, wish.y + offset.y};
}

core::Point FreeSpace::nearestFreeOffset(const std::vector<Box>& group) const {
    double w = 10.0, h = 10.0;
    for (const Box& b : group) {
        w = std::max(w, b.width);
        h = std::max(h, b.height);
    }
    const double stepX = w / 2, stepY = h / 2;
    auto fits = [&](double dx, double dy) {
        return std::all_of(group.begin(), group.end(), [&](const Box& b) {
            return isFree({b.x + dx, b.y + dy, b.width, b.height});
        });
    };
    if (fits(0, 0))
        return {0, 0};
    // There is always room far enough away; the search is bounded by the number of boxes.
    const long limit = static_cast<long>(std::sqrt(static_cast<double>(boxes_.size()))) * 4 + 64;
    for (long ring = 1; ring <= limit; ++ring) {
        std::vector<std::pair<double, std::pair<long, long>>> candidates;
        for (long i = -ring; i <= ring; ++i) {
            for (long j : {-ring, ring}) {
                candidates.push_back({std::hypot(i * stepX, j * stepY), {i, j}});
                if (i != -ring && i != ring)
                    candidates.push_back({std::hypot(j * stepX, i * stepY), {j, i}});
            }
        }
        std::sort(candidates.begin(), candidates.end());
        for (const auto& [d, ij] : candidates)
            if (fits(ij.first * stepX, ij.second * stepY))
                return {ij.first * stepX, ij.second * stepY};
    }
    // Below everything.
    double bottom = 0.0, top = 0.0;
    bool first = true;
    for (const Box& b : boxes_)
        bottom = std::max(bottom, b.y + b.height / 2);
    for (const Box& b : group) {
        top = first ? b.y - b.height / 2 : std::min(top, b.y - b.height / 2);
        first = false;
    }
    return {0, bottom - top + h + 2 * clearance_};
}

} // namespace sightline::layout::detail
