#pragma once

#include "sightline/core/date.h"
#include "sightline/core/mapdata.h"
#include "sightline/render/highlight.h"
#include "sightline/render/highlightlooks.h"

namespace sightline::exporting {

// The map as it stood on `asOf`: every measure value dated after it left out (so status,
// scorecard, charts and findings see the data of that day), approvals given after it undone
// (the value was provisional then) and breaks after it dropped.
core::MapData dataAsOf(core::MapData map, const core::Date& asOf);

// Only what stands out in a line-of-sight `focus` (the team's or node's nodes, the nodes on
// their paths, the goals reached) and the links between them, without positions: laid out
// afresh it is a compact hierarchy of the paths to the goals. The map unchanged for any
// other focus.
core::MapData pathOnlyMap(const core::MapData& map, const render::Highlight& focus);
// The same from looks already computed for a line-of-sight focus (the canvas's own): what
// stands out in them, and the links between.
core::MapData pathOnlyMap(const core::MapData& map, const render::HighlightLooks& looks);

} // namespace sightline::exporting
