#include "sightline/analysis/mapindex.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace sightline::analysis {

namespace {
// Compressed rows: start[k]..start[k+1] in items hold the members of group k, in input order.
void group(std::size_t groups, const std::vector<std::uint32_t>& groupOf, std::vector<std::uint32_t>& start,
           std::vector<std::uint32_t>& items) {
    start.assign(groups + 1, 0);
    for (std::uint32_t g : groupOf)
        if (g != kNoIndex)
            ++start[g + 1];
    for (std::size_t g = 0; g < groups; ++g)
        start[g + 1] += start[g];
    items.assign(start.back(), 0);
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (std::uint32_t i = 0; i < groupOf.size(); ++i)
        if (groupOf[i] != kNoIndex)
            items[fill[groupOf[i]]++] = i;
}

constexpr std::size_t kKinds = 4;
} // namespace

MapIndex::MapIndex(const core::MapData& map)
    : map_(map), sight_(map, core::LinkKinds::all()), drives_(map, {core::LinkKind::Drives}),
      rollup_(map, {core::LinkKind::Rollup}) {
    const std::uint32_t n = nodeCount();
    const std::uint32_t t = teamCount();
    nodeIndex_.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i)
        nodeIndex_.emplace(map.nodes[i].id, i);
    teamIndex_.reserve(t);
    for (std::uint32_t i = 0; i < t; ++i)
        teamIndex_.emplace(map.teams[i].id, i);

    // For each item, the index of the team it names, or kNoIndex.
    const auto teamIndices = [&](const auto& items, auto teamOf) {
        std::vector<std::uint32_t> indices(items.size(), kNoIndex);
        for (std::size_t i = 0; i < items.size(); ++i)
            if (const std::optional<core::TeamId>& team = teamOf(items[i]))
                if (const auto ti = teamIndex(*team))
                    indices[i] = *ti;
        return indices;
    };

    // The team forest.
    teamParent_ = teamIndices(
        map.teams, [](const core::Team& team) -> const auto& { return team.parent; });
    group(t, teamParent_, childStart_, children_);
    enter_.assign(t, 0);
    exit_.assign(t, 0);
    preorder_.reserve(t);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // team, next child
    for (std::uint32_t root = 0; root < t; ++root) {
        if (teamParent_[root] != kNoIndex)
            continue;
        stack.push_back({root, 0});
        enter_[root] = static_cast<std::uint32_t>(preorder_.size());
        preorder_.push_back(root);
        while (!stack.empty()) {
            auto& [team, next] = stack.back();
            const auto kids = teamChildren(team);
            if (next < kids.size()) {
                const std::uint32_t c = kids[next++];
                enter_[c] = static_cast<std::uint32_t>(preorder_.size());
                preorder_.push_back(c);
                stack.push_back({c, 0});
            } else {
                exit_[team] = static_cast<std::uint32_t>(preorder_.size());
                stack.pop_back();
            }
        }
    }

    nodeTeam_ = teamIndices(
        map.nodes, [](const core::Node& node) -> const auto& { return node.team; });
    group(t, nodeTeam_, teamNodesStart_, teamNodes_);

    // Ids in byte-wise order.
    byId_.resize(n);
    std::iota(byId_.begin(), byId_.end(), 0u);
    std::sort(byId_.begin(), byId_.end(), [&](std::uint32_t a, std::uint32_t b) {
        return map.nodes[a].id.str() < map.nodes[b].id.str();
    });
    rank_.assign(n, 0);
    for (std::uint32_t r = 0; r < n; ++r)
        rank_[byId_[r]] = r;

    // Out-links by link id, and link counts per kind.
    outSortedStart_.assign(n + 1, 0);
    counts_.assign(kKinds * 2 * n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        const auto out = sight_.out(v);
        outSortedStart_[v + 1] = outSortedStart_[v] + static_cast<std::uint32_t>(out.size());
        outSorted_.insert(outSorted_.end(), out.begin(), out.end());
        std::sort(outSorted_.begin() + outSortedStart_[v], outSorted_.end(),
                  [&](const core::Graph::Edge& a, const core::Graph::Edge& b) {
                      return map.links[a.link].id.str() < map.links[b.link].id.str();
                  });
        for (const core::Graph::Edge& e : out)
            ++counts_[(static_cast<std::size_t>(map.links[e.link].kind) * 2 + 1) * n + v];
        for (const core::Graph::Edge& e : sight_.in(v))
            ++counts_[(static_cast<std::size_t>(map.links[e.link].kind) * 2) * n + v];
    }

    // Top goals.
    isGoal_.assign(n, false);
    for (std::uint32_t i = 0; i < n; ++i)
        if (map.nodes[i].kind == core::NodeKind::Objective && map.nodes[i].goal)
            isGoal_[i] = true;
    if (std::find(isGoal_.begin(), isGoal_.end(), true) == isGoal_.end()) {
        for (std::uint32_t i = 0; i < n; ++i) {
            const std::uint32_t team = nodeTeam_[i];
            isGoal_[i] = map.nodes[i].kind == core::NodeKind::Objective && team != kNoIndex &&
                         teamParent_[team] == kNoIndex && outCount(core::LinkKind::Drives, i) == 0;
        }
    }
    for (std::uint32_t r = 0; r < n; ++r)
        if (isGoal_[byId_[r]])
            goals_.push_back(byId_[r]);
}

std::optional<std::uint32_t> MapIndex::nodeIndex(const core::NodeId& id) const {
    const auto it = nodeIndex_.find(id);
    if (it == nodeIndex_.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::uint32_t> MapIndex::teamIndex(const core::TeamId& id) const {
    const auto it = teamIndex_.find(id);
    if (it == teamIndex_.end())
        return std::nullopt;
    return it->second;
}

std::span<const std::uint32_t> MapIndex::teamNodes(std::uint32_t team) const {
    return {teamNodes_.data() + teamNodesStart_[team], teamNodesStart_[team + 1] - teamNodesStart_[team]};
}

std::span<const std::uint32_t> MapIndex::teamChildren(std::uint32_t team) const {
    return {children_.data() + childStart_[team], childStart_[team + 1] - childStart_[team]};
}

std::span<const core::Graph::Edge> MapIndex::outByLinkId(std::uint32_t node) const {
    return {outSorted_.data() + outSortedStart_[node], outSortedStart_[node + 1] - outSortedStart_[node]};
}

std::uint32_t MapIndex::inCount(core::LinkKind kind, std::uint32_t node) const {
    return counts_[(static_cast<std::size_t>(kind) * 2) * nodeCount() + node];
}

std::uint32_t MapIndex::outCount(core::LinkKind kind, std::uint32_t node) const {
    return counts_[(static_cast<std::size_t>(kind) * 2 + 1) * nodeCount() + node];
}

} // namespace sightline::analysis
