#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/render/style.h"

#include <unordered_map>

namespace sightline::render {

// Where the scene puts nodes that have no position in a view, until the automatic layout
// (src/layout) is run: a simple deterministic placement, linear in the map's size.
//   results:   rings as in PuMP, top goals at the centre, each team level one ring further
//              out, each division (child of a root team) in its own sector;
//   strategy:  one horizontal band per perspective, top band first;
//   hierarchy: one row per team level.
// Measures that measure an objective are not placed: the scene draws them as cards attached
// to that objective. Nodes that already have a position in `view` are not returned.
std::unordered_map<core::NodeId, core::Point> fallbackPlacement(const core::MapData& map, core::ViewKind view,
                                                                const Style& style = Style());

// The objective a measure is drawn attached to: the target of its `measures` link that comes
// first in the map's link order; empty when it measures nothing (an orphan measure).
core::NodeId attachmentOf(const core::MapData& map, const core::NodeId& measure);

} // namespace sightline::render
