#include "proper.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace sightline::layout::detail {

namespace {

// Crossings between layer l and l+1 (accumulator tree over the lower positions).
std::size_t crossingsBelow(const Proper& p, std::size_t l, std::vector<std::uint32_t>& scratch,
                           std::vector<std::size_t>& tree) {
    scratch.clear();
    for (std::uint32_t v : p.layers[l]) {
        const std::size_t first = scratch.size();
        for (std::uint32_t w : p.down[v])
            scratch.push_back(p.pos[w]);
        std::sort(scratch.begin() + static_cast<std::ptrdiff_t>(first), scratch.end());
    }
    std::size_t leaves = 1;
    while (leaves < p.layers[l + 1].size())
        leaves *= 2;
    tree.assign(2 * leaves, 0);
    std::size_t crossings = 0;
    for (std::uint32_t x : scratch) {
        std::size_t i = x + leaves;
        ++tree[i];
        while (i > 1) {
            if (i % 2 == 0)
                crossings += tree[i + 1];
            i /= 2;
            ++tree[i];
        }
    }
    return crossings;
}

void sortedPositions(const Proper& p, const std::vector<std::uint32_t>& nbrs, std::vector<double>& out) {
    out.clear();
    for (std::uint32_t u : nbrs)
        out.push_back(static_cast<double>(p.pos[u]));
    std::sort(out.begin(), out.end());
}

// The weighted median of sorted neighbour positions (Gansner et al.); -1 without any.
double median(const std::vector<double>& ps) {
    const std::size_t m = ps.size();
    if (m == 0)
        return -1.0;
    if (m % 2 == 1)
        return ps[m / 2];
    if (m == 2)
        return (ps[0] + ps[1]) / 2;
    const double left = ps[m / 2 - 1] - ps[0], right = ps[m - 1] - ps[m / 2];
    if (left + right == 0.0)
        return (ps[m / 2 - 1] + ps[m / 2]) / 2;
    return (ps[m / 2 - 1] * right + ps[m / 2] * left) / (left + right);
}

// Sorts one layer by the median of its neighbours in the adjacent layer; nodes without
// such neighbours keep their place. With groups, each group moves as a block.
void sortLayer(Proper& p, std::size_t l, bool fromUp, bool groups, std::vector<double>& scratch) {
    auto& layer = p.layers[l];
    if (layer.size() < 2)
        return;
    const double adjacentSize =
        static_cast<double>(std::max<std::size_t>(1, p.layers[fromUp ? l - 1 : l + 1].size()));
    std::vector<double> key(layer.size());
    for (std::size_t i = 0; i < layer.size(); ++i) {
        sortedPositions(p, fromUp ? p.up[layer[i]] : p.down[layer[i]], scratch);
        key[i] = median(scratch);
    }
    std::vector<std::uint32_t> sorted(layer.size());
    if (groups) {
        // Everything moves; nodes without neighbours by their own place, scaled.
        for (std::size_t i = 0; i < layer.size(); ++i)
            if (key[i] < 0)
                key[i] = (static_cast<double>(i) + 0.5) * adjacentSize / static_cast<double>(layer.size());
        std::unordered_map<int, std::pair<double, int>> acc;
        for (std::size_t i = 0; i < layer.size(); ++i) {
            const int g = p.group[layer[i]];
            if (g >= 0) {
                acc[g].first += key[i];
                acc[g].second += 1;
            }
        }
        std::vector<double> gkey(layer.size());
        for (std::size_t i = 0; i < layer.size(); ++i) {
            const int g = p.group[layer[i]];
            gkey[i] = g >= 0 ? acc[g].first / acc[g].second : key[i];
        }
        std::vector<std::uint32_t> idx(layer.size());
        std::iota(idx.begin(), idx.end(), 0u);
        std::stable_sort(idx.begin(), idx.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (gkey[a] != gkey[b])
                return gkey[a] < gkey[b];
            const int ga = p.group[layer[a]], gb = p.group[layer[b]];
            if (ga != gb)
                return ga < gb;
            return key[a] < key[b];
        });
        for (std::size_t i = 0; i < idx.size(); ++i)
            sorted[i] = layer[idx[i]];
    } else {
        std::vector<std::uint32_t> movable;
        for (std::uint32_t i = 0; i < layer.size(); ++i)
            if (key[i] >= 0)
                movable.push_back(i);
        std::stable_sort(movable.begin(), movable.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return key[a] < key[b]; });
        std::size_t next = 0;
        for (std::size_t i = 0; i < layer.size(); ++i)
            sorted[i] = key[i] < 0 ? layer[i] : layer[movable[next++]];
    }
    layer = std::move(sorted);
    for (std::uint32_t i = 0; i < layer.size(); ++i)
        p.pos[layer[i]] = i;
}

// Crossings among the edges of u and v (to one side) when u is left of v.
std::size_t pairCrossings(const std::vector<double>& a, const std::vector<double>& b) {
    std::size_t count = 0, j = 0;
    for (double x : a) {
        while (j < b.size() && b[j] < x)
            ++j;
        count += j;
    }
    return count;
}

// Swaps neighbours in a layer while that removes crossings with both adjacent layers.
void transpose(Proper& p, std::size_t l, bool groups) {
    auto& layer = p.layers[l];
    if (layer.size() < 2)
        return;
    std::vector<std::vector<double>> upPos(layer.size()), downPos(layer.size());
    for (std::size_t i = 0; i < layer.size(); ++i) {
        sortedPositions(p, p.up[layer[i]], upPos[i]);
        sortedPositions(p, p.down[layer[i]], downPos[i]);
    }
    for (int pass = 0; pass < 4; ++pass) {
        bool improved = false;
        for (std::size_t i = 0; i + 1 < layer.size(); ++i) {
            if (groups && p.group[layer[i]] != p.group[layer[i + 1]])
                continue;
            const std::size_t now =
                pairCrossings(upPos[i], upPos[i + 1]) + pairCrossings(downPos[i], downPos[i + 1]);
            if (now == 0)
                continue;
            const std::size_t swapped =
                pairCrossings(upPos[i + 1], upPos[i]) + pairCrossings(downPos[i + 1], downPos[i]);
            if (swapped < now) {
                std::swap(layer[i], layer[i + 1]);
                std::swap(upPos[i], upPos[i + 1]);
                std::swap(downPos[i], downPos[i + 1]);
                improved = true;
            }
        }
        if (!improved)
            break;
    }
    for (std::uint32_t i = 0; i < layer.size(); ++i)
        p.pos[layer[i]] = i;
}

} // namespace

std::size_t totalCrossings(const Proper& p) {
    std::vector<std::uint32_t> scratch;
    std::vector<std::size_t> tree;
    std::size_t total = 0;
    for (std::size_t l = 0; l + 1 < p.layers.size(); ++l)
        total += crossingsBelow(p, l, scratch, tree);
    return total;
}

void reduceCrossings(Proper& p, bool groups, Control& control, double from, double to) {
    if (p.layers.size() < 2)
        return;
    std::size_t best = totalCrossings(p);
    auto bestLayers = p.layers;
    std::vector<double> scratch;
    auto keepIfBetter = [&]() {
        const std::size_t c = totalCrossings(p);
        if (c < best) {
            best = c;
            bestLayers = p.layers;
            return true;
        }
        p.layers = bestLayers;
        p.renumber();
        return false;
    };
    // Median sweeps, from the bottom first (the leaves follow their parents), each kept only
    // when it helps; stop after a failure in both directions.
    constexpr int kMaxSweeps = 16;
    bool upward = true;
    int failures = 0;
    for (int it = 0; it < kMaxSweeps && best > 0 && failures < 2; ++it) {
        control.report(from + (to - from) * 0.7 * it / kMaxSweeps);
        if (upward) {
            for (std::size_t l = p.layers.size() - 1; l-- > 0;) {
                sortLayer(p, l, false, groups, scratch);
                transpose(p, l, groups);
                control.tick(4);
            }
        } else {
            for (std::size_t l = 1; l < p.layers.size(); ++l) {
                sortLayer(p, l, true, groups, scratch);
                transpose(p, l, groups);
                control.tick(4);
            }
        }
        failures = keepIfBetter() ? 0 : failures + 1;
        upward = !upward;
    }
    // Then local swaps only, which never add crossings.
    constexpr int kMaxPolish = 8;
    for (int it = 0; it < kMaxPolish && best > 0; ++it) {
        control.report(from + (to - from) * (0.7 + 0.3 * it / kMaxPolish));
        for (std::size_t l = 0; l < p.layers.size(); ++l) {
            transpose(p, l, groups);
            control.tick(4);
        }
        if (!keepIfBetter())
            break;
    }
    p.layers = std::move(bestLayers);
    p.renumber();
}

} // namespace sightline::layout::detail
