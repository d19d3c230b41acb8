#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/layout/background.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sightline::layout::detail {

// Dense indices and derived facts about a map that several layouts need.
struct MapFacts {
    explicit MapFacts(const core::MapData& map);

    const core::MapData& map;
    std::unordered_map<core::NodeId, std::uint32_t> nodeIndex;
    std::vector<bool> topGoal;        // per node (map-format-v1.md, "Top goals")
    std::vector<int> nodeTeam;        // per node: team index, -1 without a team
    std::vector<int> teamLevel;       // per team: 0 for root teams
    std::vector<int> teamDivision;    // per team: the level-1 ancestor (or itself), -1 for root teams
    std::vector<int> nodePerspective; // per node: perspective index, -1 without one
    std::vector<int> teamPreorder;    // per team: its place in a depth-first walk of the team forest

    // Per node: the preorder of its team (teams.size() without a team), a good first order
    // for layers, since links mostly join a team to its parent team.
    std::vector<double> teamOrderKey() const;

    std::optional<std::uint32_t> indexOf(const core::NodeId& id) const;
};

// Objectives with the cards that belong under them: each measure under the first objective
// it measures, each initiative under the first objective it supports (or under the
// objective of the measure it supports). A node that belongs to nothing is a cluster alone.
// The first member is the lead node; members are stacked top to bottom in member order.
struct Clusters {
    struct Cluster {
        std::vector<std::uint32_t> members;
        double width = 0.0;
        double height = 0.0;
    };
    std::vector<Cluster> clusters;        // in order of their lead node
    std::vector<std::uint32_t> clusterOf; // per node

    // The centre of each member's box when the cluster's box is centred at (x, y).
    void place(const core::MapData& map, std::uint32_t cluster, double x, double y,
               core::ViewPositions& out) const;
    // Links between different clusters, as (cluster of from, cluster of to).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> links(const MapFacts& facts,
                                                               bool drivesOnly = false) const;
};

Clusters buildClusters(const MapFacts& facts);

// The guide of strategy-map band `band`, named after the map's perspective of that index, or
// the final "Unassigned" band past the last perspective; its extent is left to the caller.
BandGuide namedBand(const core::MapData& map, std::size_t band);

} // namespace sightline::layout::detail
