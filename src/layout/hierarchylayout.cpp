#include "layered.h"
#include "mapfacts.h"
#include "sightline/layout/layout.h"

#include <algorithm>

namespace sightline::layout {

using namespace detail;

namespace {

LayoutResult run(const core::MapData& map, const LayoutOptions& options, Control& control) {
    control.stage(0.0, 0.1);
    const MapFacts facts(map);
    const std::size_t n = map.nodes.size();

    // Every link runs from the lower node to the upper one: drives, measures, supports and
    // rollup all point towards the goals.
    std::vector<Edge> edges;
    edges.reserve(map.links.size());
    for (const core::Link& l : map.links) {
        const auto f = facts.indexOf(l.from), t = facts.indexOf(l.to);
        if (f && t && *f != *t)
            edges.emplace_back(*t, *f);
    }
    LayeredGraph g;
    g.layer = longestPathLayers(n, edges, control);
    // Top goals always sit in the top layer.
    for (std::size_t v = 0; v < n; ++v)
        if (facts.topGoal[v])
            g.layer[v] = 0;
    g.layerCount = n == 0 ? 0 : *std::max_element(g.layer.begin(), g.layer.end()) + 1;
    g.sizes.reserve(n);
    for (const core::Node& node : map.nodes)
        g.sizes.push_back(nodeSize(node.kind));
    g.edges = std::move(edges);
    g.initialKey = facts.teamOrderKey();
    if (options.groupTeams)
        g.group = facts.nodeTeam;

    control.stage(0.1, 1.0);
    const LayeredDrawing d = drawLayered(g, options.nodeGap, options.layerGap, control);
    LayoutResult result;
    result.positions.reserve(n);
    for (std::size_t v = 0; v < n; ++v)
        result.positions.emplace(map.nodes[v].id, d.centres[v]);
    control.finish();
    return result;
}

} // namespace

LayoutResult layoutHierarchy(const core::MapData& map, const LayoutOptions& options) {
    return runLayout(options, [&](Control& control) { return run(map, options, control); });
}

} // namespace sightline::layout
