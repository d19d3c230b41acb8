#include "sightline/analysis/signedreach.h"

#include <array>

namespace sightline::analysis {

namespace {
// 0 for +, 1 for -: the sign a link adds to a walk.
unsigned linkSign(const core::Link& l) {
    return l.kind == core::LinkKind::Drives && l.polarity == core::Polarity::Negative ? 1u : 0u;
}
} // namespace

SignedReach::SignedReach(const MapIndex& index) {
    const std::uint32_t n = index.nodeCount();
    const auto goals = index.topGoals();
    const core::Graph& g = index.sightGraph();
    // hurts[v] collects goal ordinals in increasing order, since goals are searched in order.
    std::vector<std::vector<std::uint32_t>> hurts(n);
    // State s = 2 * node + sign: a walk from node to the goal with that sign exists.
    std::vector<std::uint32_t> seenFor(2 * static_cast<std::size_t>(n), UINT32_MAX);
    std::vector<std::uint32_t> stack;
    for (std::uint32_t k = 0; k < goals.size(); ++k) {
        const std::uint32_t start = 2 * goals[k];
        seenFor[start] = k;
        stack.push_back(start);
        while (!stack.empty()) {
            const std::uint32_t s = stack.back();
            stack.pop_back();
            const std::uint32_t w = s / 2;
            const unsigned sign = s % 2;
            if (sign == 1)
                hurts[w].push_back(k);
            // A link v -> w extends a walk from w with sign `sign` to one from v.
            for (const core::Graph::Edge& e : g.in(w)) {
                const std::uint32_t t = 2 * e.node + (sign ^ linkSign(index.link(e.link)));
                if (seenFor[t] != k) {
                    seenFor[t] = k;
                    stack.push_back(t);
                }
            }
        }
    }
    start_.assign(n + 1, 0);
    for (std::uint32_t v = 0; v < n; ++v)
        start_[v + 1] = start_[v] + static_cast<std::uint32_t>(hurts[v].size());
    goals_.reserve(start_.back());
    for (std::uint32_t v = 0; v < n; ++v)
        goals_.insert(goals_.end(), hurts[v].begin(), hurts[v].end());
}

std::span<const std::uint32_t> SignedReach::hurtGoals(std::uint32_t node) const {
    return {goals_.data() + start_[node], start_[node + 1] - start_[node]};
}

Ripple ripple(const MapIndex& index, std::uint32_t source) {
    Ripple r;
    r.nodes.assign(index.nodeCount(), 0);
    r.links.assign(index.map().links.size(), 0);
    if (source >= index.nodeCount())
        return r;
    const core::Graph& g = index.sightGraph();
    std::vector<std::uint32_t> stack{2 * source};
    r.nodes[source] = kImproves;
    while (!stack.empty()) {
        const std::uint32_t s = stack.back();
        stack.pop_back();
        const std::uint32_t v = s / 2;
        const unsigned sign = s % 2;
        for (const core::Graph::Edge& e : g.out(v)) {
            const unsigned next = sign ^ linkSign(index.link(e.link));
            const std::uint8_t bit = next ? kWorsens : kImproves;
            r.links[e.link] |= bit;
            if (!(r.nodes[e.node] & bit)) {
                r.nodes[e.node] |= bit;
                stack.push_back(2 * e.node + next);
            }
        }
    }
    return r;
}

} // namespace sightline::analysis
