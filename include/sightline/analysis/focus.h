#pragma once

#include "sightline/analysis/lineofsight.h"
#include "sightline/core/id.h"

#include <cstdint>
#include <vector>

namespace sightline::analysis {

// What stands out in the editor's line-of-sight focus: the nodes and links on the shortest
// paths (as in the sight report) from the focused nodes to the top goals they reach.
struct Focus {
    std::vector<bool> nodes; // per node index
    std::vector<bool> links; // per link index
};

// Focus on one node: it and its paths to the goals.
Focus focusNode(const LineOfSight& sight, std::uint32_t node);
// Focus on a team: all of its nodes and their paths to the goals.
Focus focusTeam(const LineOfSight& sight, std::uint32_t team);

} // namespace sightline::analysis
