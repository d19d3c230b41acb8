#pragma once

#include "sightline/core/link.h"
#include "sightline/core/node.h"
#include "sightline/core/point.h"
#include "sightline/core/types.h"
#include "sightline/core/waiver.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace sightline::core {

// Everything that removing nodes took out of the map, with where it stood, so that
// Map::restore() puts back exactly the map that was there before.
struct NodeRemoval {
    std::vector<std::pair<std::size_t, Node>> nodes;     // (index before removal, node), ascending
    std::vector<std::pair<std::size_t, Link>> links;     // ascending index
    std::vector<std::pair<std::size_t, Waiver>> waivers; // ascending index
    struct Position {
        ViewKind view;
        NodeId node;
        Point point;
    };
    std::vector<Position> positions;

    bool empty() const { return nodes.empty(); }
};

} // namespace sightline::core
