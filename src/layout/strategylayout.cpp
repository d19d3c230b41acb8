#include "layered.h"
#include "mapfacts.h"
#include "sightline/layout/layout.h"

#include <algorithm>

namespace sightline::layout {

using namespace detail;

namespace {

// Room at the left of the bands for their titles.
constexpr double kTitleWidth = 150.0;

LayoutResult run(const core::MapData& map, const LayoutOptions& options, Control& control) {
    control.start();
    control.stage(0.0, 0.1);
    LayoutResult result;
    const MapFacts facts(map);
    const Clusters clusters = buildClusters(facts);
    const std::size_t nc = clusters.clusters.size();
    const int perspectives = static_cast<int>(map.perspectives.size());

    // The band of each cluster: its lead node's perspective, else "Unassigned" (last).
    std::vector<int> band(nc);
    bool unassigned = false;
    for (std::uint32_t c = 0; c < nc; ++c) {
        const int p = facts.nodePerspective[clusters.clusters[c].members.front()];
        band[c] = p >= 0 ? p : perspectives;
        unassigned = unassigned || p < 0;
    }
    const int bands = perspectives + (unassigned ? 1 : 0);

    // Within a band, drives links run upward: longest-path layers over the drives links
    // between clusters of the same band (to above from).
    std::vector<Edge> inside;
    for (const auto& [from, to] : clusters.links(facts, true))
        if (band[from] == band[to])
            inside.emplace_back(to, from);
    const std::vector<int> sub = longestPathLayers(nc, inside, control);
    std::vector<int> depth(static_cast<std::size_t>(bands), 1);
    for (std::uint32_t c = 0; c < nc; ++c)
        depth[band[c]] = std::max(depth[band[c]], sub[c] + 1);
    std::vector<int> firstLayer(static_cast<std::size_t>(bands) + 1, 0);
    for (int b = 0; b < bands; ++b)
        firstLayer[b + 1] = firstLayer[b] + depth[b];

    LayeredGraph g;
    g.layerCount = firstLayer[bands];
    g.minLayerHeight = kObjectiveSize.height;
    g.layer.resize(nc);
    g.sizes.resize(nc);
    for (std::uint32_t c = 0; c < nc; ++c) {
        g.layer[c] = firstLayer[band[c]] + sub[c];
        g.sizes[c] = {clusters.clusters[c].width, clusters.clusters[c].height};
    }
    for (const auto& e : clusters.links(facts))
        g.edges.push_back(e);
    // Extra room between bands, for the band boundary.
    g.gapAfter.assign(static_cast<std::size_t>(g.layerCount), 0.0);
    for (int b = 0; b < bands; ++b)
        g.gapAfter[firstLayer[b + 1] - 1] = options.layerGap / 2;

    control.stage(0.1, 0.95);
    const LayeredDrawing d = drawLayered(g, options.nodeGap, options.layerGap, control);
    result.positions.reserve(map.nodes.size());
    for (std::uint32_t c = 0; c < nc; ++c)
        clusters.place(map, c, d.centres[c].x, d.centres[c].y, result.positions);

    const double left = d.left - kTitleWidth - options.nodeGap, right = d.right + options.nodeGap;
    for (int b = 0; b < bands; ++b) {
        BandGuide guide;
        if (b < perspectives) {
            guide.perspective = map.perspectives[b].id;
            guide.title = map.perspectives[b].name;
        } else {
            guide.title = "Unassigned";
        }
        const int first = firstLayer[b], last = firstLayer[b + 1] - 1;
        const double space = (options.layerGap + options.layerGap / 2) / 2;
        guide.top = d.layerTop[first] - (b == 0 ? options.layerGap / 2 : space);
        guide.bottom = d.layerBottom[last] + (b + 1 == bands ? options.layerGap / 2 : space);
        guide.left = left;
        guide.right = right;
        guide.titlePosition = {left + kTitleWidth / 2, (guide.top + guide.bottom) / 2};
        result.background.bands.push_back(std::move(guide));
    }
    control.finish();
    return result;
}

} // namespace

LayoutResult layoutStrategy(const core::MapData& map, const LayoutOptions& options) {
    Control control(options);
    try {
        return run(map, options, control);
    } catch (const Cancelled&) {
        return LayoutResult{true, {}, {}};
    }
}

} // namespace sightline::layout
