#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/layout/geometry.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <optional>

namespace sightline::test {

// The first two nodes whose boxes overlap, as "id1 / id2", or nullopt.
inline std::optional<std::string> overlapIn(const core::MapData& map, const core::ViewPositions& positions) {
    const auto boxes = layout::nodeBoxes(map, positions);
    std::vector<layout::Box> plain;
    for (const auto& b : boxes)
        plain.push_back(b.box);
    const auto pair = layout::findOverlap(plain);
    if (!pair)
        return std::nullopt;
    return map.nodes[boxes[pair->first].node].id.str() + " / " + map.nodes[boxes[pair->second].node].id.str();
}

inline void requireComplete(const core::MapData& map, const core::ViewPositions& positions) {
    REQUIRE(positions.size() == map.nodes.size());
    for (const auto& n : map.nodes) {
        const auto it = positions.find(n.id);
        REQUIRE(it != positions.end());
        REQUIRE(std::isfinite(it->second.x));
        REQUIRE(std::isfinite(it->second.y));
    }
}

// Every node has a finite position and no two boxes overlap (the pair is named when they do).
inline void checkPlacedApart(const core::MapData& map, const core::ViewPositions& positions) {
    requireComplete(map, positions);
    const auto overlap = overlapIn(map, positions);
    CHECK_FALSE(overlap);
    if (overlap)
        WARN(*overlap);
}

inline const core::Node* findNode(const core::MapData& map, const core::NodeId& id) {
    for (const auto& n : map.nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

} // namespace sightline::test
