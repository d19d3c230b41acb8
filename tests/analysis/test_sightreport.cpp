#include "mapbuilder.h"
#include "sightline/analysis/focus.h"
#include "sightline/analysis/leverage.h"
#include "sightline/analysis/sightreport.h"
#include "sightline/analysis/signedreach.h"

using namespace sightline;
using namespace sightline::testing;

namespace {
const analysis::NodeSight& nodeOf(const analysis::SightReport& r, const std::string& id) {
    for (const auto& t : r.teams)
        for (const auto& n : t.nodes)
            if (n.node.str() == id)
                return n;
    FAIL("node " << id << " not in the report");
    return r.teams.front().nodes.front();
}
} // namespace

TEST_CASE("sight: one shortest path per reached goal, smallest link ids among the shortest", "[sight]") {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme");
    b.goal("g1", "Margin grows", "acme").goal("g2", "Customers reorder", "acme");
    b.objective("a", "A", "ops")
        .objective("b", "B", "ops")
        .objective("c", "C", "ops")
        .objective("d", "D", "ops");
    // From a to g1: a-b-g1 (links "l9","l1") and a-c-g1 ("l10","l2") both have two links; "l10" < "l9"
    // byte-wise, so the path through c wins even though "l1" < "l2". a-d-x-g1 is longer.
    b.drives("l9", "a", "b").drives("l1", "b", "g1").drives("l10", "a", "c").drives("l2", "c", "g1");
    b.objective("x", "X", "ops").drives("l0", "a", "d").drives("l00", "d", "x").drives("l000", "x", "g1");
    // g1 drives g2; a goal's own paths leave out the goal itself.
    b.drives("l5", "g1", "g2");
    const auto report = analysis::sightReport(b.build());
    CHECK(ids(report.goals) == Strings{"g1", "g2"});
    REQUIRE(report.teams.size() == 2);
    CHECK(report.teams[0].team.str() == "acme");
    const auto& a = nodeOf(report, "a");
    REQUIRE(a.paths.size() == 2);
    CHECK(a.paths[0].goal.str() == "g1");
    CHECK(ids(a.paths[0].nodes) == Strings{"a", "c", "g1"});
    CHECK(a.paths[1].goal.str() == "g2");
    CHECK(ids(a.paths[1].nodes) == Strings{"a", "c", "g1", "g2"});
    const auto& g1 = nodeOf(report, "g1");
    REQUIRE(g1.paths.size() == 1);
    CHECK(ids(g1.paths[0].nodes) == Strings{"g1", "g2"});
    CHECK(nodeOf(report, "g2").paths.empty());
}

TEST_CASE("sight: every link kind carries line of sight; teams in map order; --team filter", "[sight]") {
    MapBuilder b;
    b.team("acme", "Acme").team("sales", "Sales", "acme").team("it", "IT", "acme");
    b.goal("g1", "Revenue grows", "acme").measure("m-rev", "Revenue", "acme").measures("l1", "m-rev", "g1");
    b.measure("m-eu", "Revenue, Europe", "sales").rollup("l2", "m-eu", "m-rev");
    b.initiative("i-crm", "CRM", "sales").supports("l3", "i-crm", "m-eu");
    b.objective("o-web", "Intranet", "it");
    const auto& map = b.build();
    const auto report = analysis::sightReport(map);
    REQUIRE(report.teams.size() == 3);
    CHECK(report.teams[1].team.str() == "sales");
    CHECK(report.teams[1].hasLineOfSight);
    CHECK(!report.teams[2].hasLineOfSight);
    CHECK(ids(nodeOf(report, "i-crm").paths[0].nodes) == Strings{"i-crm", "m-eu", "m-rev", "g1"});
    CHECK(ids(nodeOf(report, "i-crm").paths[0].links) == Strings{"l3", "l2", "l1"});
    CHECK(nodeOf(report, "o-web").paths.empty());
    CHECK(nodeOf(report, "o-web").leverage == 0.0);

    const auto one = analysis::sightReport(map, core::TeamId("it"));
    REQUIRE(one.teams.size() == 1);
    CHECK(one.teams[0].team.str() == "it");
}

TEST_CASE("leverage: several goals through short heavy positive links beat one long light chain", "[sight]") {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme");
    b.goal("g1", "Margin grows", "acme").goal("g2", "Customers reorder", "acme").goal("g3", "Safety", "acme");
    b.objective("hub", "Orders ship on time", "ops").drives("l01", "hub", "g1").drives("l02", "hub", "g2");
    b.objective("chain1", "C1", "ops").objective("chain2", "C2", "ops").objective("chain3", "C3", "ops");
    b.drives("l03", "chain3", "chain2", false, 0.3).drives("l04", "chain2", "chain1", false, 0.3);
    b.drives("l05", "chain1", "g3", false, 0.3);
    b.objective("harm", "Cost cut", "ops")
        .drives("l06", "harm", "g1", true)
        .drives("l07", "harm", "g2", false, 0.2);
    b.objective("none", "Disconnected", "ops");
    const auto report = analysis::sightReport(b.build(), core::TeamId("ops"));
    REQUIRE(report.teams.size() == 1);
    std::vector<std::string> order;
    for (const auto& n : report.teams[0].nodes)
        order.push_back(n.node.str());
    // hub: 0.5 + 0.5; chain3: 0.5^3 * 0.3^3; none: 0; harm: -0.5 + 0.1.
    CHECK(order == Strings{"hub", "chain1", "chain2", "chain3", "none", "harm"});
    CHECK(nodeOf(report, "hub").leverage == Approx(1.0));
    CHECK(nodeOf(report, "chain1").leverage == Approx(0.15));
    CHECK(nodeOf(report, "chain3").leverage == Approx(0.003375));
    CHECK(nodeOf(report, "harm").leverage == Approx(-0.4));
    CHECK(nodeOf(report, "harm").leverage < 0.0);
}

TEST_CASE("leverage is rounded to 6 decimals and has no negative zero", "[sight]") {
    CHECK(analysis::roundLeverage(0.1234564) == 0.123456);
    CHECK(analysis::roundLeverage(0.1234566) == 0.123457);
    CHECK(!std::signbit(analysis::roundLeverage(-0.0000001)));
}

TEST_CASE("focus and ripple for the editor", "[sight]") {
    MapBuilder b;
    b.team("acme", "Acme").team("maint", "Maintenance", "acme");
    b.goal("g1", "Margin grows", "acme");
    b.objective("avail", "Machines available", "maint").drives("l1", "avail", "g1");
    b.objective("cost", "Maintenance cost falls", "maint").drives("l2", "cost", "avail", true);
    b.drives("l3", "cost", "g1", false, 0.2);
    b.objective("other", "Other", "acme").drives("l4", "other", "g1");
    const auto& map = b.build();
    const analysis::MapIndex index(map);
    const analysis::LineOfSight sight(index);
    const auto cost = *index.nodeIndex(core::NodeId("cost"));
    const auto focus = analysis::focusNode(sight, cost);
    CHECK(focus.nodes == std::vector<bool>{true, false, true, false});  // g1, avail, cost, other
    CHECK(focus.links == std::vector<bool>{false, false, true, false}); // the one-link path l3
    const auto team = analysis::focusTeam(sight, *index.teamIndex(core::TeamId("maint")));
    CHECK(team.nodes == std::vector<bool>{true, true, true, false});
    CHECK(team.links == std::vector<bool>{true, false, true, false});

    const auto r = analysis::ripple(index, cost);
    using analysis::kImproves;
    using analysis::kWorsens;
    CHECK(r.nodes == std::vector<std::uint8_t>{kImproves | kWorsens, kWorsens, kImproves, 0});
    CHECK(r.links == std::vector<std::uint8_t>{kWorsens, kWorsens, kImproves, 0});
}
