#include "layered.h"
#include "proper.h"

#include <algorithm>
#include <numeric>

namespace sightline::layout::detail {

namespace {

Proper makeProper(const LayeredGraph& g, Control& control) {
    Proper p;
    const std::size_t n = g.sizes.size();
    for (std::size_t v = 0; v < n; ++v)
        p.add(g.layer[v], g.sizes[v].width, g.sizes[v].height, g.group.empty() ? -1 : g.group[v], false);
    std::vector<double> key = g.initialKey;
    for (const Edge& e : g.edges) {
        control.tick();
        std::uint32_t a = e.first, b = e.second;
        if (g.layer[a] == g.layer[b])
            continue;
        if (g.layer[a] > g.layer[b])
            std::swap(a, b);
        if (g.maxSpan > 0 && g.layer[b] - g.layer[a] > g.maxSpan)
            continue;
        std::uint32_t prev = a;
        for (int l = g.layer[a] + 1; l < g.layer[b]; ++l) {
            const std::uint32_t d = p.add(l, 0.0, 0.0, -1, true);
            if (!key.empty())
                key.push_back(g.initialKey[b]);
            p.down[prev].push_back(d);
            p.up[d].push_back(prev);
            prev = d;
        }
        p.down[prev].push_back(b);
        p.up[b].push_back(prev);
    }
    // Initial order: depth first from the top, so that subtrees start out together.
    p.layers.assign(static_cast<std::size_t>(g.layerCount), {});
    p.pos.assign(p.layer.size(), 0);
    std::vector<std::uint32_t> roots(p.layer.size());
    std::iota(roots.begin(), roots.end(), 0u);
    std::stable_sort(roots.begin(), roots.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return p.layer[a] < p.layer[b]; });
    std::vector<bool> seen(p.layer.size(), false);
    std::vector<std::pair<std::uint32_t, std::size_t>> stack;
    for (std::uint32_t r : roots) {
        if (seen[r])
            continue;
        seen[r] = true;
        p.layers[p.layer[r]].push_back(r);
        stack.emplace_back(r, 0);
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            control.tick();
            if (next == p.down[v].size()) {
                stack.pop_back();
                continue;
            }
            const std::uint32_t w = p.down[v][next++];
            if (!seen[w]) {
                seen[w] = true;
                p.layers[p.layer[w]].push_back(w);
                stack.emplace_back(w, 0);
            }
        }
    }
    // Then by the caller's key, if any (the DFS order breaking ties).
    if (!key.empty())
        for (auto& layer : p.layers)
            std::stable_sort(layer.begin(), layer.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return key[a] < key[b]; });
    p.renumber();
    return p;
}

} // namespace

std::uint32_t Proper::add(int l, double w, double h, int g, bool isDummy) {
    layer.push_back(l);
    width.push_back(w);
    height.push_back(h);
    group.push_back(g);
    dummy.push_back(isDummy);
    up.emplace_back();
    down.emplace_back();
    return static_cast<std::uint32_t>(layer.size() - 1);
}

void Proper::renumber() {
    for (const auto& l : layers)
        for (std::uint32_t i = 0; i < l.size(); ++i)
            pos[l[i]] = i;
}

LayeredDrawing drawLayered(const LayeredGraph& graph, double nodeGap, double layerGap, Control& control) {
    Proper p = makeProper(graph, control);
    control.report(0.1);
    reduceCrossings(p, !graph.group.empty(), control, 0.1, 0.6);
    const std::vector<double> x = assignX(p, nodeGap, control, 0.6, 0.95);

    LayeredDrawing d;
    const std::size_t n = graph.sizes.size();
    const auto L = static_cast<std::size_t>(graph.layerCount);
    d.layerTop.assign(L, 0.0);
    d.layerBottom.assign(L, 0.0);
    std::vector<double> height(L, graph.minLayerHeight);
    for (std::size_t v = 0; v < n; ++v)
        height[graph.layer[v]] = std::max(height[graph.layer[v]], graph.sizes[v].height);
    double top = 0.0;
    for (std::size_t l = 0; l < L; ++l) {
        d.layerTop[l] = top;
        d.layerBottom[l] = top + height[l];
        top = d.layerBottom[l] + layerGap + (graph.gapAfter.empty() ? 0.0 : graph.gapAfter[l]);
    }
    double left = 0.0, right = 0.0;
    bool any = false;
    for (std::size_t v = 0; v < n; ++v) {
        const double l = x[v] - graph.sizes[v].width / 2, r = x[v] + graph.sizes[v].width / 2;
        left = any ? std::min(left, l) : l;
        right = any ? std::max(right, r) : r;
        any = true;
    }
    d.centres.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        const auto l = static_cast<std::size_t>(graph.layer[v]);
        d.centres[v] = {x[v] - left, (d.layerTop[l] + d.layerBottom[l]) / 2};
    }
    d.left = 0.0;
    d.right = right - left;
    return d;
}

} // namespace sightline::layout::detail
