#include "mapfacts.h"

#include "sightline/layout/nodesize.h"

#include <algorithm>

namespace sightline::layout::detail {

using core::LinkKind;
using core::NodeKind;

MapFacts::MapFacts(const core::MapData& m) : map(m) {
    const std::size_t n = map.nodes.size();
    nodeIndex.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        nodeIndex.emplace(map.nodes[i].id, static_cast<std::uint32_t>(i));

    std::unordered_map<core::TeamId, int> teamIndex;
    for (std::size_t t = 0; t < map.teams.size(); ++t)
        teamIndex.emplace(map.teams[t].id, static_cast<int>(t));
    std::vector<int> parent(map.teams.size(), -1);
    for (std::size_t t = 0; t < map.teams.size(); ++t) {
        if (map.teams[t].parent) {
            const auto it = teamIndex.find(*map.teams[t].parent);
            if (it != teamIndex.end())
                parent[t] = it->second;
        }
    }
    teamLevel.assign(map.teams.size(), 0);
    teamDivision.assign(map.teams.size(), -1);
    for (std::size_t t = 0; t < map.teams.size(); ++t) {
        // Walk up to the root; the forest has no cycles in a valid map, but stay safe.
        int level = 0, at = static_cast<int>(t);
        while (parent[at] >= 0 && level <= static_cast<int>(map.teams.size())) {
            at = parent[at];
            ++level;
        }
        if (parent[at] >= 0) {
            // Part of (or below) a cycle, which validation rejects: a division of its own.
            teamLevel[t] = 1;
            teamDivision[t] = static_cast<int>(t);
            continue;
        }
        teamLevel[t] = level;
        // The division is the ancestor right below the root.
        if (level >= 1) {
            int d = static_cast<int>(t);
            for (int k = level; k > 1; --k)
                d = parent[d];
            teamDivision[t] = d;
        }
    }

    // Depth-first preorder of the team forest, children in team order.
    teamPreorder.assign(map.teams.size(), 0);
    {
        std::vector<std::vector<int>> children(map.teams.size());
        std::vector<int> stack;
        for (int t = static_cast<int>(map.teams.size()) - 1; t >= 0; --t) {
            if (parent[t] >= 0)
                children[parent[t]].push_back(t);
            else
                stack.push_back(t);
        }
        int next = 0;
        std::vector<bool> seen(map.teams.size(), false);
        while (!stack.empty()) {
            const int t = stack.back();
            stack.pop_back();
            if (seen[t])
                continue;
            seen[t] = true;
            teamPreorder[t] = next++;
            for (int c : children[t]) // pushed in reverse team order: pop in team order
                stack.push_back(c);
        }
        for (std::size_t t = 0; t < map.teams.size(); ++t)
            if (!seen[t])
                teamPreorder[t] = next++;
    }

    std::unordered_map<core::PerspectiveId, int> perspectiveIndex;
    for (std::size_t p = 0; p < map.perspectives.size(); ++p)
        perspectiveIndex.emplace(map.perspectives[p].id, static_cast<int>(p));
    nodeTeam.assign(n, -1);
    nodePerspective.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const core::Node& node = map.nodes[i];
        if (node.team) {
            const auto it = teamIndex.find(*node.team);
            if (it != teamIndex.end())
                nodeTeam[i] = it->second;
        }
        if (node.perspective) {
            const auto it = perspectiveIndex.find(*node.perspective);
            if (it != perspectiveIndex.end())
                nodePerspective[i] = it->second;
        }
    }

    topGoal.assign(n, false);
    bool anyFlagged = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (map.nodes[i].kind == NodeKind::Objective && map.nodes[i].goal) {
            topGoal[i] = true;
            anyFlagged = true;
        }
    }
    if (!anyFlagged) {
        std::vector<bool> drivesOut(n, false);
        for (const core::Link& l : map.links)
            if (l.kind == LinkKind::Drives)
                if (const auto f = indexOf(l.from))
                    drivesOut[*f] = true;
        for (std::size_t i = 0; i < n; ++i)
            topGoal[i] = map.nodes[i].kind == NodeKind::Objective && nodeTeam[i] >= 0 &&
                         teamLevel[nodeTeam[i]] == 0 && !drivesOut[i];
    }
}

std::vector<double> MapFacts::teamOrderKey() const {
    std::vector<double> key(nodeTeam.size());
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = nodeTeam[i] >= 0 ? teamPreorder[nodeTeam[i]] : static_cast<double>(teamPreorder.size());
    return key;
}

std::optional<std::uint32_t> MapFacts::indexOf(const core::NodeId& id) const {
    const auto it = nodeIndex.find(id);
    if (it == nodeIndex.end())
        return std::nullopt;
    return it->second;
}

Clusters buildClusters(const MapFacts& facts) {
    const core::MapData& map = facts.map;
    const std::size_t n = map.nodes.size();
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> owner(n, kNone); // the objective a card sits under
    for (const core::Link& l : map.links) {
        if (l.kind != LinkKind::Measures)
            continue;
        const auto f = facts.indexOf(l.from), t = facts.indexOf(l.to);
        if (f && t && owner[*f] == kNone && map.nodes[*f].kind == NodeKind::Measure &&
            map.nodes[*t].kind == NodeKind::Objective)
            owner[*f] = *t;
    }
    for (const core::Link& l : map.links) {
        if (l.kind != LinkKind::Supports)
            continue;
        const auto f = facts.indexOf(l.from), t = facts.indexOf(l.to);
        if (!f || !t || owner[*f] != kNone || map.nodes[*f].kind != NodeKind::Initiative)
            continue;
        if (map.nodes[*t].kind == NodeKind::Objective)
            owner[*f] = *t;
        else if (map.nodes[*t].kind == NodeKind::Measure && owner[*t] != kNone)
            owner[*f] = owner[*t];
    }

    Clusters c;
    c.clusterOf.assign(n, kNone);
    for (std::uint32_t i = 0; i < n; ++i) {
        if (owner[i] != kNone)
            continue;
        c.clusterOf[i] = static_cast<std::uint32_t>(c.clusters.size());
        c.clusters.push_back({{i}, 0.0, 0.0});
    }
    // Cards in node order: measures first, then initiatives.
    for (NodeKind kind : {NodeKind::Measure, NodeKind::Initiative}) {
        for (std::uint32_t i = 0; i < n; ++i) {
            if (owner[i] == kNone || map.nodes[i].kind != kind)
                continue;
            c.clusterOf[i] = c.clusterOf[owner[i]];
            c.clusters[c.clusterOf[i]].members.push_back(i);
        }
    }
    for (auto& cluster : c.clusters) {
        for (std::size_t k = 0; k < cluster.members.size(); ++k) {
            const Size s = nodeSize(map.nodes[cluster.members[k]].kind);
            cluster.width = std::max(cluster.width, s.width);
            cluster.height += s.height + (k > 0 ? kAttachedGap : 0.0);
        }
    }
    return c;
}

void Clusters::place(const core::MapData& map, std::uint32_t cluster, double x, double y,
                     core::ViewPositions& out) const {
    const Cluster& c = clusters[cluster];
    double top = y - c.height / 2;
    for (std::uint32_t m : c.members) {
        const Size s = nodeSize(map.nodes[m].kind);
        out[map.nodes[m].id] = {x, top + s.height / 2};
        top += s.height + kAttachedGap;
    }
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> Clusters::links(const MapFacts& facts,
                                                                     bool drivesOnly) const {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    out.reserve(facts.map.links.size());
    for (const core::Link& l : facts.map.links) {
        if (drivesOnly && l.kind != LinkKind::Drives)
            continue;
        const auto f = facts.indexOf(l.from), t = facts.indexOf(l.to);
        if (!f || !t || clusterOf[*f] == clusterOf[*t])
            continue;
        out.emplace_back(clusterOf[*f], clusterOf[*t]);
    }
    return out;
}

BandGuide namedBand(const core::MapData& map, std::size_t band) {
    BandGuide guide;
    if (band < map.perspectives.size()) {
        guide.perspective = map.perspectives[band].id;
        guide.title = map.perspectives[band].name;
    } else {
        guide.title = "Unassigned";
    }
    return guide;
}

} // namespace sightline::layout::detail
