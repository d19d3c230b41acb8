#include "sightline/render/fallbackplacement.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_set>

namespace sightline::render {

using core::NodeId;
using core::NodeKind;
using core::Point;

core::NodeId attachmentOf(const core::MapData& map, const core::NodeId& measure) {
    for (const core::Link& l : map.links)
        if (l.kind == core::LinkKind::Measures && l.from == measure)
            return l.to;
    return {};
}

namespace {

struct TeamInfo {
    int level = 0;
    int division = -1; // index of the level-1 ancestor team, -1 for root teams
    std::size_t order = 0;
};

struct Placeable {
    std::size_t index; // in map.nodes
    int level;
    int division; // team index of the division, or -1 (centre / no team)
    std::size_t teamOrder;
};

std::unordered_map<core::TeamId, TeamInfo> teamInfo(const core::MapData& map) {
    std::unordered_map<core::TeamId, std::size_t> index;
    for (std::size_t i = 0; i < map.teams.size(); ++i)
        index.emplace(map.teams[i].id, i);
    std::unordered_map<core::TeamId, TeamInfo> info;
    for (std::size_t i = 0; i < map.teams.size(); ++i) {
        // Walk up to the root; teams form a forest, bounded by the team count.
        std::vector<std::size_t> chain{i};
        std::size_t guard = 0;
        while (map.teams[chain.back()].parent && guard++ < map.teams.size()) {
            auto it = index.find(*map.teams[chain.back()].parent);
            if (it == index.end())
                break;
            chain.push_back(it->second);
        }
        TeamInfo t;
        t.level = static_cast<int>(chain.size()) - 1;
        t.division = chain.size() >= 2 ? static_cast<int>(chain[chain.size() - 2]) : -1;
        t.order = i;
        info.emplace(map.teams[i].id, t);
    }
    return info;
}

std::vector<Placeable> placeables(const core::MapData& map, core::ViewKind view) {
    const auto teams = teamInfo(map);
    std::unordered_set<NodeId> attached;
    for (const core::Link& l : map.links)
        if (l.kind == core::LinkKind::Measures)
            attached.insert(l.from);
    const auto& positioned = map.positionsOf(view);
    std::vector<Placeable> out;
    for (std::size_t i = 0; i < map.nodes.size(); ++i) {
        const core::Node& n = map.nodes[i];
        if (positioned.count(n.id) || (n.kind == NodeKind::Measure && attached.count(n.id)))
            continue;
        Placeable p{i, 1, -1, map.teams.size()};
        if (n.team) {
            if (auto it = teams.find(*n.team); it != teams.end()) {
                p.level = it->second.level;
                p.division = it->second.division;
                p.teamOrder = it->second.order;
            }
        }
        if (n.goal)
            p.level = 0;
        out.push_back(p);
    }
    std::stable_sort(out.begin(), out.end(), [](const Placeable& a, const Placeable& b) {
        if (a.division != b.division)
            return a.division < b.division;
        return a.teamOrder < b.teamOrder;
    });
    return out;
}

void placeRings(const core::MapData& map, const std::vector<Placeable>& nodes, const Style& style,
                std::unordered_map<NodeId, Point>& out) {
    const qreal spacing = style.objectiveSize.width() + 50;
    const qreal ringGap =
        style.objectiveSize.height() + 3 * (style.measureSize.height() + style.cardGap) + 90;
    int maxLevel = 0;
    std::vector<Placeable> centre;
    std::unordered_map<int, std::size_t> divisionWeight;
    std::vector<int> divisionOrder;
    for (const Placeable& p : nodes) {
        maxLevel = std::max(maxLevel, p.level);
        if (p.level == 0) {
            centre.push_back(p);
            continue;
        }
        if (divisionWeight[p.division]++ == 0)
            divisionOrder.push_back(p.division);
    }
    const qreal twoPi = 2 * std::numbers::pi;
    // Centre: the top goals (and other corporate results), on a small ring.
    if (centre.size() == 1) {
        out[map.nodes[centre[0].index].id] = {0, 0};
    } else if (!centre.empty()) {
        const qreal r = std::max<qreal>(static_cast<qreal>(centre.size()) * spacing / twoPi, spacing * 0.6);
        for (std::size_t k = 0; k < centre.size(); ++k) {
            const qreal a =
                -std::numbers::pi / 2 + twoPi * static_cast<qreal>(k) / static_cast<qreal>(centre.size());
            out[map.nodes[centre[k].index].id] = {r * std::cos(a), r * std::sin(a)};
        }
    }
    if (divisionOrder.empty())
        return;
    std::size_t total = 0;
    for (const auto& [d, w] : divisionWeight)
        total += w;
    // Sectors proportional to each division's node count, starting at the top.
    std::unordered_map<int, std::pair<qreal, qreal>> sector; // start angle, range
    qreal angle = -std::numbers::pi / 2 - std::numbers::pi / 6;
    for (int d : divisionOrder) {
        const qreal range = twoPi * static_cast<qreal>(divisionWeight[d]) / static_cast<qreal>(total);
        sector[d] = {angle, range};
        angle += range;
    }
    // Nodes per (level, division), in their sorted order.
    std::vector<std::unordered_map<int, std::vector<std::size_t>>> rings(static_cast<std::size_t>(maxLevel) +
                                                                         1);
    for (const Placeable& p : nodes)
        if (p.level > 0)
            rings[static_cast<std::size_t>(p.level)][p.division].push_back(p.index);
    qreal radius = centre.size() > 1 ? static_cast<qreal>(centre.size()) * spacing / twoPi : 0;
    for (std::size_t level = 1; level < rings.size(); ++level) {
        if (rings[level].empty())
            continue;
        radius += ringGap;
        for (const auto& [d, members] : rings[level])
            radius = std::max(radius, static_cast<qreal>(members.size()) * spacing / sector[d].second);
        for (int d : divisionOrder) {
            auto it = rings[level].find(d);
            if (it == rings[level].end())
                continue;
            const auto& members = it->second;
            const auto [start, range] = sector[d];
            for (std::size_t k = 0; k < members.size(); ++k) {
                const qreal a =
                    start + range * (static_cast<qreal>(k) + 0.5) / static_cast<qreal>(members.size());
                out[map.nodes[members[k]].id] = {std::round(radius * std::cos(a)),
                                                 std::round(radius * std::sin(a))};
            }
        }
    }
}

void placeRows(const core::MapData& map, std::vector<std::vector<std::size_t>> rows, const Style& style,
               std::unordered_map<NodeId, Point>& out) {
    const qreal spacing = style.objectiveSize.width() + 50;
    const qreal rowGap = style.objectiveSize.height() + 3 * (style.measureSize.height() + style.cardGap) + 80;
    qreal y = 0;
    for (const auto& row : rows) {
        if (row.empty())
            continue;
        const qreal width = static_cast<qreal>(row.size() - 1) * spacing;
        for (std::size_t k = 0; k < row.size(); ++k)
            out[map.nodes[row[k]].id] = {-width / 2 + static_cast<qreal>(k) * spacing, y};
        y += rowGap;
    }
}

} // namespace

std::unordered_map<NodeId, Point> fallbackPlacement(const core::MapData& map, core::ViewKind view,
                                                    const Style& style) {
    std::unordered_map<NodeId, Point> out;
    const std::vector<Placeable> nodes = placeables(map, view);
    if (nodes.empty())
        return out;
    switch (view) {
    case core::ViewKind::Results:
        placeRings(map, nodes, style, out);
        break;
    case core::ViewKind::Strategy: {
        std::unordered_map<core::PerspectiveId, std::size_t> band;
        for (std::size_t i = 0; i < map.perspectives.size(); ++i)
            band.emplace(map.perspectives[i].id, i);
        std::vector<std::vector<std::size_t>> rows(map.perspectives.size() + 1);
        for (const Placeable& p : nodes) {
            const core::Node& n = map.nodes[p.index];
            std::size_t b = map.perspectives.size();
            if (n.perspective)
                if (auto it = band.find(*n.perspective); it != band.end())
                    b = it->second;
            rows[b].push_back(p.index);
        }
        placeRows(map, std::move(rows), style, out);
        break;
    }
    case core::ViewKind::Hierarchy: {
        std::vector<std::vector<std::size_t>> rows;
        for (const Placeable& p : nodes) {
            if (rows.size() <= static_cast<std::size_t>(p.level))
                rows.resize(static_cast<std::size_t>(p.level) + 1);
            rows[static_cast<std::size_t>(p.level)].push_back(p.index);
        }
        placeRows(map, std::move(rows), style, out);
        break;
    }
    }
    return out;
}

} // namespace sightline::render
