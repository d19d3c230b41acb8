#pragma once

#include "sightline/core/map.h"

#include <QPointF>
#include <QRectF>
#include <optional>
#include <utility>
#include <vector>

namespace sightline::render {
class MapScene;
}

namespace sightline::editor {

// Where a node about to be created (with the link that ties it to the map, if any) goes: a
// free spot next to what it links to, in the view's own logic, moving nothing else.
//  - Results map (rings): a cause one ring further out than the result it drives, on the
//    arc nearest to it; what it drives one ring further in.
//  - Strategy map (bands): in the band of its perspective, below (cause) or above (effect)
//    the node it links to, else beside it.
//  - Hierarchy (layers): one layer below (cause) or above (effect), nearest in the layer.
//  - An initiative hangs under the result it supports, below the result's measure cards.
// "Free" is measured on what the scene draws: boxes, the measure cards hanging under a result,
// and room for two more cards under every result, so a measure added later does not land on
// another node. Measure cards themselves are placed by the scene under their result.
QPointF placeNewNode(const core::Map& map, const render::MapScene& scene, const core::Node& node,
                     const std::optional<core::Link>& link);

// A free spot for a node that links to nothing: at `wish` when free, else the nearest free
// spot around it, beside `besideOf` (if given) in its row first.
QPointF placeFreeNode(const render::MapScene& scene, const core::Node& node, QPointF wish,
                      const std::optional<core::NodeId>& besideOf = std::nullopt);

// How far to move a group of new nodes (each at its place, the group as arranged) so that none
// lands on what the scene draws: nothing when they fit where they are, else the nearest shift
// around (a paste keeps its own arrangement and lands in free space near where it was wished).
QPointF freeGroupShift(const render::MapScene& scene,
                       const std::vector<std::pair<core::Node, QPointF>>& group);

// What a node occupies on the canvas (scene coordinates): its box, its measure cards and, for
// a result, the room kept for new cards under it. Empty for unknown nodes.
QRectF nodeFootprint(const render::MapScene& scene, const core::NodeId& id);

// True when two drawn boxes or cards overlap (tests, checks after quick entry).
bool drawnBoxesOverlap(const render::MapScene& scene);

} // namespace sightline::editor
