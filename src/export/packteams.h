#pragma once

#include "packframe.h"
#include "sightline/analysis/sightreport.h"
#include "sightline/core/mapdata.h"
#include "sightline/export/page.h"

#include <memory>
#include <vector>

namespace sightline::exporting {

class NodeNames;

// Team pages are printed so that the team's own titles are at least this size (points) and,
// where the page allows, every text of the map at least kReadablePoints.
inline constexpr double kTeamTitlePoints = 6.0;

// The pages of one team: its line of sight as a compact hierarchy of its paths to the goals
// (only what stands out, laid out afresh), at a scale that prints its titles at least
// kTeamTitlePoints (tiled over pages when the hierarchy needs it), and its nodes ranked by
// leverage, with paths through a negative link marked harmful and their link notes.
// `firstPage`: the number the first of these pages will have.
void addTeamPages(const core::MapData& map, const analysis::TeamSight& sight, const NodeNames& names,
                  const PackFrame& pack, int firstPage, std::vector<std::unique_ptr<Page>>& pages);

} // namespace sightline::exporting
