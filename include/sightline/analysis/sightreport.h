#pragma once

#include "sightline/core/id.h"
#include "sightline/core/mapdata.h"

#include <optional>
#include <vector>

namespace sightline::analysis {

class LineOfSight;

struct SightPath {
    core::NodeId goal;
    std::vector<core::NodeId> nodes; // from the node to the goal
    std::vector<core::LinkId> links;
};

struct NodeSight {
    core::NodeId node;
    double leverage = 0.0;        // rounded to 6 decimals
    std::vector<SightPath> paths; // one per reached top goal other than the node, by goal id
};

struct TeamSight {
    core::TeamId team;
    bool hasLineOfSight = false;
    std::vector<NodeSight> nodes; // by leverage, highest first, then by id
};

// The line-of-sight report (analysis-rules.md; cli.md, "sight").
struct SightReport {
    std::vector<core::NodeId> goals; // the top goals, by id
    std::vector<TeamSight> teams;    // in map order
};

// For every team, or only `team` (which must exist in the map).
SightReport sightReport(const core::MapData& map, const std::optional<core::TeamId>& team = {});
SightReport sightReport(const LineOfSight& sight, const std::optional<core::TeamId>& team = {});

} // namespace sightline::analysis
