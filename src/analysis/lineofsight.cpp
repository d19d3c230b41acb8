#include "sightline/analysis/lineofsight.h"

namespace sightline::analysis {

LineOfSight::LineOfSight(const MapIndex& index) : index_(index) {
    const auto goals = index.topGoals();
    has_ = core::reachable(index.sightGraph(), goals, /*reverse=*/true);
    dist_.resize(goals.size());
}

const std::vector<int>& LineOfSight::distances(std::size_t ordinal) const {
    std::vector<int>& d = dist_[ordinal];
    if (d.empty() && index_.nodeCount() > 0) {
        const std::uint32_t goal = index_.topGoals()[ordinal];
        d = core::distances(index_.sightGraph(), std::span<const std::uint32_t>(&goal, 1), /*reverse=*/true);
    }
    return d;
}

GoalPath LineOfSight::path(std::uint32_t node, std::size_t ordinal) const {
    GoalPath p;
    p.goal = index_.topGoals()[ordinal];
    const std::vector<int>& d = distances(ordinal);
    if (d[node] < 0)
        return p;
    // Greedy from the start: every shortest path has d[node] links, so the lexicographically
    // smallest sequence of link ids takes, at each step, the smallest link id among the links
    // that lead one step closer (link ids are unique, so there are no ties).
    std::uint32_t v = node;
    p.nodes.push_back(v);
    while (d[v] > 0) {
        for (const core::Graph::Edge& e : index_.outByLinkId(v)) {
            if (d[e.node] == d[v] - 1) {
                p.links.push_back(e.link);
                v = e.node;
                break;
            }
        }
        p.nodes.push_back(v);
    }
    return p;
}

std::vector<GoalPath> LineOfSight::paths(std::uint32_t node) const {
    std::vector<GoalPath> out;
    if (!has_[node])
        return out;
    const auto goals = index_.topGoals();
    for (std::size_t k = 0; k < goals.size(); ++k) {
        if (goals[k] == node || distances(k)[node] < 0)
            continue;
        out.push_back(path(node, k));
    }
    return out;
}

} // namespace sightline::analysis
