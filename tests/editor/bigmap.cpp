#include "bigmap.h"

#include <random>
#include <string>

namespace testing {

using namespace sightline;

core::MapData bigMap(int wanted) {
    core::MapData d;
    d.properties.title = "Synthetic organisation";
    std::mt19937 rng(7);
    int nodeCount = 0, linkCount = 0;
    auto addNode = [&](core::NodeKind kind, const std::string& title, const core::TeamId& team) {
        core::Node n;
        n.id = core::NodeId((kind == core::NodeKind::Objective ? "o"
                             : kind == core::NodeKind::Measure ? "m"
                                                               : "i") +
                            std::to_string(++nodeCount));
        n.kind = kind;
        n.title = title;
        n.team = team;
        if (kind == core::NodeKind::Measure) {
            n.unit = "%";
            n.target = 90;
            n.baseline = 70;
            n.cadence = core::Cadence::Monthly;
            for (int month = 0; month < 24; ++month)
                n.values.push_back(
                    {core::Date::fromDays(20000 + 31 * month), 60.0 + (rng() % 400) / 10.0, ""});
        }
        d.nodes.push_back(std::move(n));
        return d.nodes.back().id;
    };
    auto addLink = [&](core::LinkKind kind, const core::NodeId& from, const core::NodeId& to, bool negative) {
        core::Link l;
        l.id = core::LinkId("l" + std::to_string(++linkCount));
        l.kind = kind;
        l.from = from;
        l.to = to;
        if (negative)
            l.polarity = core::Polarity::Negative;
        d.links.push_back(std::move(l));
    };
    // Each team: three results, a measure each, one initiative (7 nodes).
    struct Level {
        core::TeamId team;
        std::vector<core::NodeId> results;
    };
    auto addTeam = [&](const std::string& name, const std::optional<core::TeamId>& parent,
                       const std::vector<core::NodeId>& above, int results, bool goals) {
        core::TeamId id("t" + std::to_string(d.teams.size() + 1));
        d.teams.push_back({id, name, parent, ""});
        Level level{id, {}};
        for (int r = 0; r < results; ++r) {
            const core::NodeId o =
                addNode(core::NodeKind::Objective, name + " result " + std::to_string(r + 1), id);
            if (goals)
                d.nodes.back().goal = true;
            const core::NodeId m =
                addNode(core::NodeKind::Measure, name + " measure " + std::to_string(r + 1), id);
            addLink(core::LinkKind::Measures, m, o, false);
            if (!above.empty())
                addLink(core::LinkKind::Drives, o, above[rng() % above.size()], rng() % 40 == 0);
            level.results.push_back(o);
        }
        const core::NodeId i = addNode(core::NodeKind::Initiative, name + " initiative", id);
        addLink(core::LinkKind::Supports, i, level.results.front(), false);
        return level;
    };
    const Level root = addTeam("Organisation", std::nullopt, {}, 6, true);
    const int teams = std::max(10, wanted / 7);
    const int divisions = 10, departments = 15;
    for (int dv = 0; dv < divisions && static_cast<int>(d.teams.size()) < teams; ++dv) {
        const Level division =
            addTeam("Division " + std::to_string(dv + 1), root.team, root.results, 3, false);
        for (int dp = 0; dp < departments && static_cast<int>(d.teams.size()) < teams; ++dp) {
            const Level department =
                addTeam("Department " + std::to_string(dv + 1) + "." + std::to_string(dp + 1), division.team,
                        division.results, 3, false);
            const int perDepartment = std::max(1, teams / (divisions * departments));
            for (int t = 0; t < perDepartment && static_cast<int>(d.teams.size()) < teams; ++t)
                addTeam("Team " + std::to_string(dv + 1) + "." + std::to_string(dp + 1) + "." +
                            std::to_string(t + 1),
                        department.team, department.results, 3, false);
        }
    }
    return d;
}

} // namespace testing
