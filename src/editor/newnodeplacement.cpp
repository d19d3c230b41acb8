#include "newnodeplacement.h"

#include "sightline/layout/layout.h"
#include "sightline/render/mapscene.h"

namespace sightline::editor {

QPointF placeNewNode(const core::Map& map, const render::MapScene& scene, const core::Node& node,
                     const std::optional<core::Link>& link) {
    const core::ViewKind view = scene.view();
    core::MapData data = map.snapshot();
    data.nodes.push_back(node);
    if (link)
        data.links.push_back(*link);
    core::ViewPositions positions = map.positions(view);
    for (const core::Node& n : map.nodes())
        if (!positions.count(n.id)) {
            const QPointF p = scene.placedPosition(n.id);
            positions.emplace(n.id, core::Point{p.x(), p.y()});
        }
    const core::Point p = layout::placeNear(data, view, positions, node.id);
    return {p.x, p.y};
}

} // namespace sightline::editor
