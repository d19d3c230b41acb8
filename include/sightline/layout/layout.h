#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/layout/background.h"
#include "sightline/layout/options.h"

#include <optional>
#include <span>

namespace sightline::layout {

// The outcome of laying out a view: a position for every node of the map (the centre of its
// box, see nodesize.h) and the background geometry of the view. Pure functions of a map
// snapshot: the same map and options always give the same result, and nothing is changed.
struct LayoutResult {
    bool cancelled = false; // true: stopped on request; positions and background are empty
    core::ViewPositions positions;
    Background background;
};

// Lays out a whole view.
//  - Results: concentric rings, the top goals at the centre, ring k the objectives of the
//    teams at level k, one sector per division; measures and initiatives stay attached
//    under the objective they measure / support.
//  - Strategy: one band per perspective in the map's order (top band first), objectives
//    without a perspective in a final "Unassigned" band; within a band, drives links run
//    upward.
//  - Hierarchy: layered top-down, top goals at the top, every node its own box.
LayoutResult layoutView(const core::MapData& map, core::ViewKind view, const LayoutOptions& options = {});

LayoutResult layoutResults(const core::MapData& map, const LayoutOptions& options = {});
LayoutResult layoutStrategy(const core::MapData& map, const LayoutOptions& options = {});
LayoutResult layoutHierarchy(const core::MapData& map, const LayoutOptions& options = {});

// The background of a view fitted to the positions it has now (e.g. after people moved
// nodes, or when a file is reopened): ring radii from the distances of each level's
// objectives to the centre of the top goals, sector angles from where each division's nodes
// are, band extents from where each perspective's nodes are. Linear in the map's size.
Background fitBackground(const core::MapData& map, core::ViewKind view, const core::ViewPositions& positions);

// A free spot for one node that has no position yet in `positions`, as near as possible to
// the nodes it links to (or below the rest of the map when it links to nothing placed).
// Nothing else moves; the node's box overlaps no box in `positions`.
core::Point placeNear(const core::MapData& map, core::ViewKind view, const core::ViewPositions& positions,
                      const core::NodeId& node);

// New positions for the selected nodes only, laid out as a small layered drawing of the
// links among them, near where they are now, without overlapping any node that is not
// selected. Nodes of `selection` that are not in the map are ignored.
core::ViewPositions tidySelection(const core::MapData& map, core::ViewKind view,
                                  const core::ViewPositions& positions,
                                  std::span<const core::NodeId> selection, const LayoutOptions& options = {});

} // namespace sightline::layout
