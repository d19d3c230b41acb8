#include "sightline/analysis/sightreport.h"

#include "sightline/analysis/leverage.h"
#include "sightline/analysis/lineofsight.h"

#include <algorithm>

namespace sightline::analysis {

SightReport sightReport(const core::MapData& map, const std::optional<core::TeamId>& team) {
    const MapIndex index(map);
    const LineOfSight sight(index);
    return sightReport(sight, team);
}

SightReport sightReport(const LineOfSight& sight, const std::optional<core::TeamId>& team) {
    const MapIndex& ix = sight.index();
    const core::MapData& map = ix.map();
    SightReport report;
    for (std::uint32_t g : ix.topGoals())
        report.goals.push_back(map.nodes[g].id);
    const std::vector<double> lev = leverage(sight);
    for (std::uint32_t t = 0; t < ix.teamCount(); ++t) {
        if (team && map.teams[t].id != *team)
            continue;
        TeamSight ts;
        ts.team = map.teams[t].id;
        std::vector<std::uint32_t> nodes(ix.teamNodes(t).begin(), ix.teamNodes(t).end());
        std::sort(nodes.begin(), nodes.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (lev[a] != lev[b])
                return lev[a] > lev[b];
            return ix.idRank(a) < ix.idRank(b);
        });
        for (std::uint32_t v : nodes) {
            ts.hasLineOfSight = ts.hasLineOfSight || sight.has(v);
            NodeSight ns;
            ns.node = map.nodes[v].id;
            ns.leverage = lev[v];
            for (const GoalPath& p : sight.paths(v)) {
                SightPath sp;
                sp.goal = map.nodes[p.goal].id;
                for (std::uint32_t n : p.nodes)
                    sp.nodes.push_back(map.nodes[n].id);
                for (std::uint32_t l : p.links)
                    sp.links.push_back(map.links[l].id);
                ns.paths.push_back(std::move(sp));
            }
            ts.nodes.push_back(std::move(ns));
        }
        report.teams.push_back(std::move(ts));
    }
    return report;
}

} // namespace sightline::analysis
