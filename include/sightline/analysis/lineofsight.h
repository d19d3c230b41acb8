#pragma once

#include "sightline/analysis/mapindex.h"

#include <cstdint>
#include <vector>

namespace sightline::analysis {

// One shortest path from a node to a top goal: among the paths with the fewest links, the one
// whose sequence of link ids is lexicographically smallest (analysis-rules.md, "Line of sight").
struct GoalPath {
    std::uint32_t goal = kNoIndex;
    std::vector<std::uint32_t> nodes; // from the node to the goal, both included
    std::vector<std::uint32_t> links; // link indices, nodes.size() - 1 of them
};

// Line of sight over drives, measures, supports and rollup links.
//
// Which nodes have line of sight is computed up front in O(nodes + links). Distances to each
// goal are computed on first use (one backward breadth-first search per goal) and cached, so
// the object is cheap to build but not safe to use from two threads at once.
class LineOfSight {
public:
    explicit LineOfSight(const MapIndex& index);

    const MapIndex& index() const { return index_; }
    // Whether a walk over line-of-sight links leads from the node to a top goal (goals: always).
    bool has(std::uint32_t node) const { return has_[node]; }

    // Links from each node to the goal topGoals()[ordinal]; -1 where the goal is out of reach.
    const std::vector<int>& distances(std::size_t ordinal) const;
    // The path from node to topGoals()[ordinal]; empty nodes when out of reach.
    GoalPath path(std::uint32_t node, std::size_t ordinal) const;
    // One path per top goal the node reaches, other than itself, ordered by goal id.
    std::vector<GoalPath> paths(std::uint32_t node) const;

private:
    const MapIndex& index_;
    std::vector<bool> has_;
    mutable std::vector<std::vector<int>> dist_; // per goal ordinal; empty until computed
};

} // namespace sightline::analysis
