#pragma once

#include "sightline/core/map.h"

#include <QPointF>
#include <optional>

namespace sightline::render {
class MapScene;
}

namespace sightline::editor {

// Where a node about to be created (with the link that ties it to the map, if any) goes in
// the scene's view: a free spot as near as possible to what it links to, moving nothing else
// (layout::placeNear). Nodes drawn at fallback places count where they are drawn.
QPointF placeNewNode(const core::Map& map, const render::MapScene& scene, const core::Node& node,
                     const std::optional<core::Link>& link);

} // namespace sightline::editor
