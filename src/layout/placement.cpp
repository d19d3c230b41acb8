#include "freespace.h"
#include "layered.h"
#include "mapfacts.h"
#include "sightline/layout/layout.h"
#include "sightline/layout/nodesize.h"

#include <algorithm>
#include <unordered_set>

namespace sightline::layout {

using namespace detail;

namespace {

std::vector<Box> boxesExcept(const core::MapData& map, const core::ViewPositions& positions,
                             const std::unordered_set<core::NodeId>& except) {
    std::vector<Box> boxes;
    for (const NodeBox& nb : nodeBoxes(map, positions))
        if (!except.contains(map.nodes[nb.node].id))
            boxes.push_back(nb.box);
    return boxes;
}

} // namespace

core::Point placeNear(const core::MapData& map, core::ViewKind view, const core::ViewPositions& positions,
                      const core::NodeId& node) {
    const LayoutOptions defaults;
    const core::Node* self = nullptr;
    for (const core::Node& n : map.nodes)
        if (n.id == node)
            self = &n;
    const Size size = nodeSize(self ? self->kind : core::NodeKind::Objective);
    std::vector<Box> boxes = boxesExcept(map, positions, {node});

    // A node that is the `from` of a link sits below what it links to (it drives, measures or
    // supports it); one that is the `to` sits above. Cards sit right under their objective.
    double sx = 0.0, sy = 0.0;
    int count = 0;
    for (const core::Link& l : map.links) {
        const bool isFrom = l.from == node, isTo = l.to == node;
        if (!isFrom && !isTo)
            continue;
        const auto other = positions.find(isFrom ? l.to : l.from);
        if (other == positions.end())
            continue;
        double dy = size.height + defaults.layerGap;
        if (view != core::ViewKind::Hierarchy &&
            (l.kind == core::LinkKind::Measures || l.kind == core::LinkKind::Supports))
            dy = (kObjectiveSize.height + size.height) / 2 + kAttachedGap;
        sx += other->second.x;
        sy += other->second.y + (isFrom ? dy : -dy);
        ++count;
    }
    core::Point wish;
    if (count > 0) {
        wish = {sx / count, sy / count};
    } else if (!boxes.empty()) {
        double left = boxes.front().x - boxes.front().width / 2,
               bottom = boxes.front().y + boxes.front().height / 2;
        for (const Box& b : boxes) {
            left = std::min(left, b.x - b.width / 2);
            bottom = std::max(bottom, b.y + b.height / 2);
        }
        wish = {left + size.width / 2, bottom + defaults.layerGap + size.height / 2};
    }
    const FreeSpace space(std::move(boxes), kAttachedGap / 2);
    return space.nearestFree(wish, size.width, size.height);
}

core::ViewPositions tidySelection(const core::MapData& map, core::ViewKind /*view*/,
                                  const core::ViewPositions& positions,
                                  std::span<const core::NodeId> selection, const LayoutOptions& options) {
    return runCancellable(options, [&](Control& control) -> core::ViewPositions {
        const MapFacts facts(map);
        std::vector<std::uint32_t> picked;
        std::unordered_set<core::NodeId> chosen;
        for (const core::NodeId& id : selection) {
            const auto i = facts.indexOf(id);
            if (i && chosen.insert(id).second)
                picked.push_back(*i);
        }
        std::sort(picked.begin(), picked.end());
        if (picked.empty())
            return {};
        std::unordered_map<std::uint32_t, std::uint32_t> local;
        for (std::uint32_t k = 0; k < picked.size(); ++k)
            local.emplace(picked[k], k);

        // A small layered drawing of the links among the selected nodes.
        std::vector<Edge> edges;
        for (const core::Link& l : map.links) {
            const auto f = facts.indexOf(l.from), t = facts.indexOf(l.to);
            if (!f || !t || !local.contains(*f) || !local.contains(*t) || *f == *t)
                continue;
            edges.emplace_back(local[*t], local[*f]);
        }
        LayeredGraph g;
        g.layer = longestPathLayers(picked.size(), edges, control);
        g.layerCount = *std::max_element(g.layer.begin(), g.layer.end()) + 1;
        for (std::uint32_t v : picked)
            g.sizes.push_back(nodeSize(map.nodes[v].kind));
        g.edges = std::move(edges);
        control.stage(0.1, 0.9);
        const LayeredDrawing d = drawLayered(g, options.nodeGap, options.layerGap, control);

        // Anchor the drawing at the top left of where the selection is now.
        double left = 0.0, top = 0.0;
        bool any = false;
        for (std::uint32_t v : picked) {
            const auto it = positions.find(map.nodes[v].id);
            if (it == positions.end())
                continue;
            const Size s = nodeSize(map.nodes[v].kind);
            left = any ? std::min(left, it->second.x - s.width / 2) : it->second.x - s.width / 2;
            top = any ? std::min(top, it->second.y - s.height / 2) : it->second.y - s.height / 2;
            any = true;
        }
        std::vector<Box> group;
        for (std::size_t k = 0; k < picked.size(); ++k)
            group.push_back({left + d.centres[k].x, top + d.centres[k].y - d.layerTop.front(),
                             g.sizes[k].width, g.sizes[k].height});
        const FreeSpace space(boxesExcept(map, positions, chosen), options.nodeGap / 2);
        const core::Point offset = space.nearestFreeOffset(group);
        core::ViewPositions out;
        for (std::size_t k = 0; k < picked.size(); ++k)
            out.emplace(map.nodes[picked[k]].id, core::Point{group[k].x + offset.x, group[k].y + offset.y});
        control.finish();
        return out;
    });
}

} // namespace sightline::layout
