#include "layered.h"
#include "mapfacts.h"
#include "sightline/layout/layout.h"

#include <algorithm>
#include <cmath>

namespace sightline::layout {

using namespace detail;

namespace {

// Room at the left of the bands for their titles.
constexpr double kTitleWidth = 150.0;
constexpr std::size_t kMaxWrappedClusters = 2000;

LayoutResult run(const core::MapData& map, const LayoutOptions& options, Control& control) {
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

    // A crowded row wraps onto several rows, so that the map stays about 16:9 rather than one
    // very long strip per band. Rows are filled in team order.
    double area = 0.0, widths = 0.0;
    for (const auto& cl : clusters.clusters) {
        area += (cl.width + options.nodeGap) * (cl.height + options.layerGap);
        widths += cl.width + options.nodeGap;
    }
    const double targetWidth = std::sqrt(area * 16.0 / 9.0);
    // Past a few thousand clusters, wrapping costs more (dummy nodes on every row that a link
    // passes) than it helps: one row per layer then.
    const std::size_t perRow =
        nc > kMaxWrappedClusters
            ? nc
            : std::max<std::size_t>(
                  8, static_cast<std::size_t>(targetWidth / (widths / static_cast<double>(nc))));
    std::vector<std::vector<std::vector<std::uint32_t>>> cells(static_cast<std::size_t>(bands));
    for (int b = 0; b < bands; ++b)
        cells[b].resize(static_cast<std::size_t>(depth[b]));
    const std::vector<double> teamKey = facts.teamOrderKey();
    std::vector<std::uint32_t> byTeam(nc);
    for (std::uint32_t c = 0; c < nc; ++c)
        byTeam[c] = c;
    std::stable_sort(byTeam.begin(), byTeam.end(), [&](std::uint32_t a, std::uint32_t b) {
        return teamKey[clusters.clusters[a].members.front()] < teamKey[clusters.clusters[b].members.front()];
    });
    for (std::uint32_t c : byTeam)
        cells[band[c]][sub[c]].push_back(c);
    std::vector<int> row(nc, 0);
    std::vector<int> firstLayer(static_cast<std::size_t>(bands) + 1, 0);
    for (int b = 0; b < bands; ++b) {
        int layers = 0;
        for (const auto& cell : cells[b]) {
            for (std::size_t i = 0; i < cell.size(); ++i)
                row[cell[i]] = layers + static_cast<int>(i / perRow);
            layers += std::max<int>(1, static_cast<int>((cell.size() + perRow - 1) / perRow));
        }
        firstLayer[b + 1] = firstLayer[b] + layers;
    }

    LayeredGraph g;
    g.layerCount = firstLayer[bands];
    g.minLayerHeight = kObjectiveSize.height;
    g.layer.resize(nc);
    g.sizes.resize(nc);
    for (std::uint32_t c = 0; c < nc; ++c) {
        g.layer[c] = firstLayer[band[c]] + row[c];
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
        BandGuide guide = namedBand(map, static_cast<std::size_t>(b));
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
    return runLayout(options, [&](Control& control) { return run(map, options, control); });
}

} // namespace sightline::layout
