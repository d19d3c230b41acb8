#include "sightline/core/graph.h"

#include "sightline/core/mapdata.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace sightline::core {

Graph::Graph(const MapData& map, LinkKinds kinds) {
    const std::size_t n = map.nodes.size();
    std::unordered_map<NodeId, std::uint32_t> index;
    index.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        index.emplace(map.nodes[i].id, static_cast<std::uint32_t>(i));

    struct Arc {
        std::uint32_t from, to, link;
    };
    std::vector<Arc> arcs;
    arcs.reserve(map.links.size());
    for (std::size_t i = 0; i < map.links.size(); ++i) {
        const Link& l = map.links[i];
        if (!kinds.contains(l.kind))
            continue;
        const auto f = index.find(l.from);
        const auto t = index.find(l.to);
        if (f == index.end() || t == index.end())
            continue;
        arcs.push_back({f->second, t->second, static_cast<std::uint32_t>(i)});
    }

    // Counting sort into compressed rows, keeping link order within each row.
    auto build = [&](std::vector<std::uint32_t>& start, std::vector<Edge>& edges, bool forward) {
        start.assign(n + 1, 0);
        for (const Arc& a : arcs)
            ++start[(forward ? a.from : a.to) + 1];
        for (std::size_t i = 0; i < n; ++i)
            start[i + 1] += start[i];
        edges.resize(arcs.size());
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (const Arc& a : arcs) {
            const std::uint32_t row = forward ? a.from : a.to;
            edges[fill[row]++] = {forward ? a.to : a.from, a.link};
        }
    };
    build(outStart_, outEdges_, true);
    build(inStart_, inEdges_, false);
}

std::span<const Graph::Edge> Graph::out(std::uint32_t node) const {
    return {outEdges_.data() + outStart_[node], outStart_[node + 1] - outStart_[node]};
}

std::span<const Graph::Edge> Graph::in(std::uint32_t node) const {
    return {inEdges_.data() + inStart_[node], inStart_[node + 1] - inStart_[node]};
}

std::vector<bool> reachable(const Graph& graph, std::span<const std::uint32_t> sources, bool reverse) {
    std::vector<bool> seen(graph.size(), false);
    std::vector<std::uint32_t> stack;
    for (std::uint32_t s : sources) {
        if (!seen[s]) {
            seen[s] = true;
            stack.push_back(s);
        }
    }
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        for (const Graph::Edge& e : reverse ? graph.in(v) : graph.out(v)) {
            if (!seen[e.node]) {
                seen[e.node] = true;
                stack.push_back(e.node);
            }
        }
    }
    return seen;
}

std::vector<int> distances(const Graph& graph, std::span<const std::uint32_t> sources, bool reverse) {
    std::vector<int> dist(graph.size(), -1);
    std::deque<std::uint32_t> queue;
    for (std::uint32_t s : sources) {
        if (dist[s] < 0) {
            dist[s] = 0;
            queue.push_back(s);
        }
    }
    while (!queue.empty()) {
        const std::uint32_t v = queue.front();
        queue.pop_front();
        for (const Graph::Edge& e : reverse ? graph.in(v) : graph.out(v)) {
            if (dist[e.node] < 0) {
                dist[e.node] = dist[v] + 1;
                queue.push_back(e.node);
            }
        }
    }
    return dist;
}

std::vector<std::vector<std::uint32_t>> stronglyConnectedComponents(const Graph& graph) {
    const std::uint32_t n = static_cast<std::uint32_t>(graph.size());
    constexpr std::uint32_t kUnvisited = UINT32_MAX;
    std::vector<std::uint32_t> index(n, kUnvisited), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<std::uint32_t> stack;
    std::vector<std::vector<std::uint32_t>> components;
    std::uint32_t counter = 0;

    struct Frame {
        std::uint32_t node;
        std::size_t edge;
    };
    std::vector<Frame> call;
    for (std::uint32_t root = 0; root < n; ++root) {
        if (index[root] != kUnvisited)
            continue;
        call.push_back({root, 0});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!call.empty()) {
            Frame& f = call.back();
            const auto edges = graph.out(f.node);
            if (f.edge < edges.size()) {
                const std::uint32_t w = edges[f.edge++].node;
                if (index[w] == kUnvisited) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = true;
                    call.push_back({w, 0});
                } else if (onStack[w]) {
                    low[f.node] = std::min(low[f.node], index[w]);
                }
                continue;
            }
            const std::uint32_t v = f.node;
            call.pop_back();
            if (!call.empty())
                low[call.back().node] = std::min(low[call.back().node], low[v]);
            if (low[v] == index[v]) {
                std::vector<std::uint32_t> component;
                std::uint32_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = false;
                    component.push_back(w);
                } while (w != v);
                std::sort(component.begin(), component.end());
                components.push_back(std::move(component));
            }
        }
    }
    std::sort(components.begin(), components.end(),
              [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return components;
}

} // namespace sightline::core
