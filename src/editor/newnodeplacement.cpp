#include "newnodeplacement.h"

#include "sightline/layout/layout.h"
#include "sightline/render/mapscene.h"

#include <cmath>
#include <unordered_set>

namespace sightline::editor {

namespace {

// Above this many nodes only the neighbourhood of what the new node links to takes part:
// copying and indexing a 20,000-node map for one placement would stall typing.
constexpr std::size_t kWholeMapLimit = 2000;
// How far around the linked node boxes are considered (scene points): many node sizes, so
// the free spot found is the one the whole map would give.
constexpr double kNeighbourhood = 1500.0;

QPointF drawnAt(const core::Map& map, const render::MapScene& scene, const core::NodeId& id) {
    const core::ViewPositions& own = map.positions(scene.view());
    if (auto it = own.find(id); it != own.end())
        return {it->second.x, it->second.y};
    return scene.placedPosition(id);
}

} // namespace

QPointF placeNewNode(const core::Map& map, const render::MapScene& scene, const core::Node& node,
                     const std::optional<core::Link>& link) {
    const core::ViewKind view = scene.view();
    const bool local = link && map.nodes().size() > kWholeMapLimit;
    const QPointF anchor =
        local ? drawnAt(map, scene, link->from == node.id ? link->to : link->from) : QPointF();
    core::MapData data;
    core::ViewPositions positions;
    std::unordered_set<core::NodeId> kept;
    if (local) {
        data.properties = map.properties();
        data.teams = map.data().teams;
        data.perspectives = map.data().perspectives;
    } else {
        data = map.snapshot();
    }
    for (const core::Node& n : map.nodes()) {
        const QPointF p = drawnAt(map, scene, n.id);
        if (local) {
            if (std::abs(p.x() - anchor.x()) > kNeighbourhood ||
                std::abs(p.y() - anchor.y()) > kNeighbourhood)
                continue;
            data.nodes.push_back(n);
            kept.insert(n.id);
        }
        positions.emplace(n.id, core::Point{p.x(), p.y()});
    }
    if (local)
        for (const core::Link& l : map.data().links)
            if (kept.contains(l.from) && kept.contains(l.to))
                data.links.push_back(l);
    data.nodes.push_back(node);
    if (link)
        data.links.push_back(*link);
    const core::Point p = layout::placeNear(data, view, positions, node.id);
    return {p.x, p.y};
}

} // namespace sightline::editor
