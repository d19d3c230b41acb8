#include "mapbuilder.h"
#include "sightline/analysis/sightreport.h"

#include <algorithm>
#include <random>
#include <set>

using namespace sightline;
using namespace sightline::testing;

namespace {
// Gives each measure with a value a year of monthly values up to it (routine noise, a shift down
// at the end, or a last value far above), some a forecast and a target out of reach; initiatives
// active since before those years; approval required. From its own random stream, so that the
// rest of the map stays as it was.
void addHistories(MapBuilder& b, unsigned seed) {
    std::mt19937 rng(seed * 31 + 7);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    for (core::Node& n : b.map.nodes) {
        if (n.kind == core::NodeKind::Initiative) {
            n.status = pick(4) == 0 ? core::InitiativeStatus::Proposed : core::InitiativeStatus::Active;
            n.start = date("2025-06-01");
        }
        if (n.kind != core::NodeKind::Measure || n.values.empty())
            continue;
        const core::Date last = n.values.front().date;
        const int pattern = pick(3);
        n.values.clear();
        for (int k = 0; k < 12; ++k) {
            double v = 10.0 + pick(5) * 0.5;
            if (pattern == 1 && k >= 5)
                v -= 4;
            if (pattern == 2 && k == 11)
                v = 40;
            n.values.push_back({last.addDays(-31LL * (11 - k)), v, ""});
        }
        if (pick(2) == 0)
            n.forecast = {{last, n.values.back().value + 50, ""}};
        if (pattern == 0 && pick(2) == 0 && n.target)
            n.target = 1000.0;
    }
    b.map.settings.requireApproval = true;
}

// A random but valid map with every kind of defect: teams in a tree, copied titles, negative
// links, rollups, loops, missing owners, targets and values.
core::MapData randomMap(unsigned seed, int teams, int nodesPerTeam) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    MapBuilder b;
    b.team("t0", "Organisation");
    for (int t = 1; t < teams; ++t)
        b.team("t" + std::to_string(t), "Team " + std::to_string(t), "t" + std::to_string(pick(t)));
    const char* titles[] = {"Costs fall", "Injuries fall", "Customers reorder", "Downtime falls",
                            "Quotes are fast"};
    std::vector<std::string> objectives, measures;
    int linkId = 0;
    auto link = [&](core::LinkKind kind, const std::string& from, const std::string& to,
                    bool negative = false) {
        for (const auto& l : b.map.links)
            if (l.kind == kind && l.from.str() == from && l.to.str() == to)
                return;
        if (from == to)
            return;
        b.link("l" + std::to_string(linkId++), kind, from, to, negative, 0.25 * (1 + pick(4)));
    };
    b.goal("g0", "Margin grows", "t0").goal("g1", "Customers reorder", "t0");
    objectives = {"g0", "g1"};
    for (int t = 0; t < teams; ++t) {
        const std::string team = "t" + std::to_string(t);
        for (int k = 0; k < nodesPerTeam; ++k) {
            const std::string id = team + "n" + std::to_string(k);
            switch (pick(3)) {
            case 0:
                b.objective(id, titles[pick(5)], team);
                if (pick(4) > 0)
                    link(core::LinkKind::Drives, id,
                         objectives[static_cast<std::size_t>(pick(static_cast<int>(objectives.size())))],
                         pick(8) == 0);
                objectives.push_back(id);
                break;
            case 1:
                b.measure(id, titles[pick(5)], team);
                if (pick(3) == 0)
                    b.at(id).target.reset();
                b.at(id).cadence = core::Cadence::Monthly;
                if (pick(2) == 0)
                    b.at(id).values.push_back({date(pick(2) ? "2026-10-31" : "2026-01-31"), 1.0, ""});
                if (pick(5) > 0)
                    link(core::LinkKind::Measures, id,
                         objectives[static_cast<std::size_t>(pick(static_cast<int>(objectives.size())))]);
                if (!measures.empty() && pick(3) == 0)
                    link(core::LinkKind::Rollup, id,
                         measures[static_cast<std::size_t>(pick(static_cast<int>(measures.size())))]);
                measures.push_back(id);
                break;
            default:
                b.initiative(id, "Programme", team);
                link(core::LinkKind::Supports, id,
                     objectives[static_cast<std::size_t>(pick(static_cast<int>(objectives.size())))]);
            }
            if (pick(6) == 0)
                b.at(id).owner.reset();
        }
    }
    // Some back links for loops.
    for (int i = 0; i < teams; ++i) {
        const auto& a = objectives[static_cast<std::size_t>(pick(static_cast<int>(objectives.size())))];
        const auto& c = objectives[static_cast<std::size_t>(pick(static_cast<int>(objectives.size())))];
        link(core::LinkKind::Drives, a, c, pick(3) == 0);
        const auto& m1 = measures[static_cast<std::size_t>(pick(static_cast<int>(measures.size())))];
        const auto& m2 = measures[static_cast<std::size_t>(pick(static_cast<int>(measures.size())))];
        if (pick(4) == 0)
            link(core::LinkKind::Rollup, m1, m2);
    }
    // Planted: two drives loops, a rollup cycle and a team without line of sight.
    for (std::size_t k : {5u, 9u}) {
        link(core::LinkKind::Drives, objectives[k], objectives[k + 1]);
        link(core::LinkKind::Drives, objectives[k + 1], objectives[k]);
    }
    link(core::LinkKind::Rollup, measures[3], measures[4]);
    link(core::LinkKind::Rollup, measures[4], measures[3]);
    b.team("lonely", "Lonely team", "t0").objective("lonely-o", "Alone", "lonely");
    b.map.settings.maxObjectivesPerTeam = 3;
    b.map.settings.maxMeasuresPerObjective = 1;
    addHistories(b, seed);
    return b.build();
}
} // namespace

TEST_CASE("the same map gives the same findings, twice", "[determinism]") {
    const auto map = randomMap(11, 30, 8);
    const auto a = analyzeMap(map);
    const auto b = analyzeMap(map);
    CHECK(a.findings == b.findings);
    CHECK(a.counts == b.counts);
    // Every rule found something on this map, so the comparison means something.
    std::set<std::string> rules;
    for (const auto& f : a.findings)
        rules.insert(f.rule);
    for (const auto& info : analysis::allRules()) {
        INFO(info.id);
        CHECK(rules.count(std::string(info.id)) == 1);
    }
}

TEST_CASE("shuffling the map's arrays changes no finding", "[determinism]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        const auto map = randomMap(seed, 25, 7);
        const auto expected = analyzeMap(map);
        std::mt19937 rng(seed * 7919);
        for (int round = 0; round < 3; ++round) {
            core::MapData shuffled = map;
            std::shuffle(shuffled.nodes.begin(), shuffled.nodes.end(), rng);
            std::shuffle(shuffled.links.begin(), shuffled.links.end(), rng);
            std::shuffle(shuffled.teams.begin(), shuffled.teams.end(), rng);
            const auto got = analyzeMap(shuffled);
            REQUIRE(got.findings.size() == expected.findings.size());
            for (std::size_t i = 0; i < got.findings.size(); ++i) {
                INFO("seed " << seed << " finding " << i << ": " << expected.findings[i].message);
                CHECK(got.findings[i] == expected.findings[i]);
            }
            // Leverage and paths do not depend on the order either.
            const auto sr1 = analysis::sightReport(map);
            const auto sr2 = analysis::sightReport(shuffled);
            for (const auto& t1 : sr1.teams)
                for (const auto& t2 : sr2.teams)
                    if (t1.team == t2.team) {
                        REQUIRE(t1.nodes.size() == t2.nodes.size());
                        for (std::size_t i = 0; i < t1.nodes.size(); ++i) {
                            CHECK(t1.nodes[i].node == t2.nodes[i].node);
                            CHECK(t1.nodes[i].leverage == t2.nodes[i].leverage);
                            REQUIRE(t1.nodes[i].paths.size() == t2.nodes[i].paths.size());
                            for (std::size_t k = 0; k < t1.nodes[i].paths.size(); ++k)
                                CHECK(t1.nodes[i].paths[k].links == t2.nodes[i].paths[k].links);
                        }
                    }
        }
    }
}
