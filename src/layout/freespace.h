#pragma once

#include "sightline/layout/geometry.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace sightline::layout::detail {

// The boxes already on a view, bucketed in a grid, to ask whether a new box is free.
class FreeSpace {
public:
    FreeSpace(std::vector<Box> boxes, double clearance);
    // True when `box`, grown by the clearance on every side, overlaps none of the boxes.
    bool isFree(const Box& box) const;
    // The free spot nearest to `wish` for a box of this size: candidates on growing square
    // rings of a grid of half a box around the wish, nearest first. Deterministic.
    core::Point nearestFree(core::Point wish, double width, double height) const;
    // The same for a group of boxes moved together by one offset (relative to their places).
    core::Point nearestFreeOffset(const std::vector<Box>& group) const;

private:
    std::vector<Box> boxes_;
    double clearance_;
    double cellW_ = 1.0, cellH_ = 1.0;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid_;
};

} // namespace sightline::layout::detail
