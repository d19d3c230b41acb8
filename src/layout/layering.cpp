#include "layered.h"

#include <algorithm>
#include <limits>

namespace sightline::layout::detail {

std::vector<int> longestPathLayers(std::size_t n, std::span<const Edge> edges, Control& control) {
    // Adjacency (compressed rows) of upper -> lower.
    std::vector<std::uint32_t> start(n + 1, 0);
    for (const Edge& e : edges)
        ++start[e.first + 1];
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<std::uint32_t> target(edges.size()), fill(start.begin(), start.end() - 1);
    std::vector<bool> hasUpper(n, false);
    for (const Edge& e : edges) {
        target[fill[e.first]++] = e.second;
        hasUpper[e.second] = true;
    }

    // Depth-first search from the nodes without upper neighbours first; an edge to a node on
    // the stack closes a cycle and is dropped (the rest is acyclic).
    std::vector<std::uint8_t> state(n, 0); // 0 new, 1 on stack, 2 done
    std::vector<bool> keep(edges.size(), true);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // node, next edge
    auto dfs = [&](std::uint32_t root) {
        state[root] = 1;
        stack.emplace_back(root, start[root]);
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            control.tick();
            if (next == start[v + 1]) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            const std::uint32_t e = next++;
            const std::uint32_t w = target[e];
            if (state[w] == 1) {
                keep[e] = false;
            } else if (state[w] == 0) {
                state[w] = 1;
                stack.emplace_back(w, start[w]);
            }
        }
    };
    for (std::uint32_t v = 0; v < n; ++v)
        if (!hasUpper[v] && state[v] == 0)
            dfs(v);
    for (std::uint32_t v = 0; v < n; ++v)
        if (state[v] == 0)
            dfs(v);

    // Longest path from the top in topological order (Kahn).
    std::vector<std::uint32_t> indegree(n, 0);
    for (std::size_t e = 0; e < target.size(); ++e)
        if (keep[e])
            ++indegree[target[e]];
    std::vector<std::uint32_t> queue;
    queue.reserve(n);
    for (std::uint32_t v = 0; v < n; ++v)
        if (indegree[v] == 0)
            queue.push_back(v);
    std::vector<int> layer(n, 0);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t v = queue[head];
        control.tick();
        for (std::uint32_t e = start[v]; e < start[v + 1]; ++e) {
            if (!keep[e])
                continue;
            const std::uint32_t w = target[e];
            layer[w] = std::max(layer[w], layer[v] + 1);
            if (--indegree[w] == 0)
                queue.push_back(w);
        }
    }

    // Sources move down to sit right above their highest lower neighbour.
    std::vector<bool> hasKeptUpper(n, false);
    for (std::size_t e = 0; e < target.size(); ++e)
        if (keep[e])
            hasKeptUpper[target[e]] = true;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (hasKeptUpper[v] || start[v] == start[v + 1])
            continue;
        int lowest = std::numeric_limits<int>::max();
        for (std::uint32_t e = start[v]; e < start[v + 1]; ++e)
            if (keep[e])
                lowest = std::min(lowest, layer[target[e]]);
        if (lowest != std::numeric_limits<int>::max())
            layer[v] = std::max(layer[v], lowest - 1);
    }
    return layer;
}

std::vector<double> placeInOrder(std::span<const double> target, std::span<const double> weight,
                                 std::span<const double> separation, double lo, double hi) {
    const std::size_t m = target.size();
    std::vector<double> offset(m, 0.0);
    for (std::size_t i = 1; i < m; ++i)
        offset[i] = offset[i - 1] + separation[i - 1];
    // Isotonic regression of target - offset; blocks hold (weighted sum, weight, count).
    struct Block {
        double sum, weight;
        std::size_t count;
    };
    std::vector<Block> blocks;
    blocks.reserve(m);
    for (std::size_t i = 0; i < m; ++i) {
        const double w = std::max(weight[i], 1e-9);
        blocks.push_back({(target[i] - offset[i]) * w, w, 1});
        while (blocks.size() > 1) {
            const Block& b = blocks.back();
            const Block& a = blocks[blocks.size() - 2];
            if (a.sum / a.weight <= b.sum / b.weight)
                break;
            Block merged{a.sum + b.sum, a.weight + b.weight, a.count + b.count};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    std::vector<double> x(m);
    std::size_t i = 0;
    const bool bounded = m > 0 && lo <= hi - offset[m - 1];
    for (const Block& b : blocks) {
        double y = b.sum / b.weight;
        if (bounded)
            y = std::clamp(y, lo, hi - offset[m - 1]);
        for (std::size_t k = 0; k < b.count; ++k, ++i)
            x[i] = y + offset[i];
    }
    return x;
}

} // namespace sightline::layout::detail
