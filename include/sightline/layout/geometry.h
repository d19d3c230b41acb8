#pragma once

#include "sightline/core/mapdata.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace sightline::layout {

// An axis-aligned box given by its centre and size (scene points).
struct Box {
    double x = 0.0;
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;
};

// The boxes of the map's nodes that have a position, in node order, with the node's index
// in MapData::nodes.
struct NodeBox {
    std::size_t node = 0;
    Box box;
};
std::vector<NodeBox> nodeBoxes(const core::MapData& map, const core::ViewPositions& positions);

// Two boxes whose interiors intersect (boxes that only touch do not overlap), or nullopt.
// Grid bucketing: near-linear in the number of boxes.
std::optional<std::pair<std::size_t, std::size_t>> findOverlap(std::span<const Box> boxes);

// A straight segment between two points; `a` and `b` name its end nodes, so that segments
// that share an end node are not counted as crossing there.
struct Segment {
    core::Point from;
    core::Point to;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
};

// The number of pairs of segments that cross (touching at a shared end node does not count).
// Grid bucketing along each segment: near-linear for drawings whose segments are short
// compared with the drawing.
std::size_t countCrossings(std::span<const Segment> segments);

// Crossings of the straight segments between node centres, one segment per link whose ends
// both have a position.
std::size_t countLinkCrossings(const core::MapData& map, const core::ViewPositions& positions);

} // namespace sightline::layout
