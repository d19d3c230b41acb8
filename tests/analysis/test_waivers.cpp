#include "mapbuilder.h"

using namespace sightline;
using namespace sightline::testing;
using analysis::Rule;

namespace {
MapBuilder copies() {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme").team("prod", "Production", "ops");
    b.team("maint", "Maintenance", "ops").team("it", "IT", "acme");
    b.goal("g1", "Lost-time injuries fall", "acme");
    b.objective("o-ops", "Lost-time injuries fall", "ops").drives("l1", "o-ops", "g1");
    b.objective("o-prod", "Lost-time injuries fall", "prod").drives("l2", "o-prod", "o-ops");
    b.objective("o-maint", "Lost-time injuries fall", "maint").drives("l3", "o-maint", "o-ops");
    b.objective("o-web", "Intranet redesigned", "it");
    return b;
}

core::Waiver waiver(const std::string& rule, std::vector<std::string> nodes, const std::string& reason,
                    const std::string& team = "") {
    core::Waiver w;
    w.rule = rule;
    for (auto& n : nodes)
        w.nodes.push_back(core::NodeId(n));
    if (!team.empty())
        w.team = core::TeamId(team);
    w.reason = reason;
    return w;
}

const analysis::Finding& find(const analysis::Report& r, const std::string& rule, const std::string& lead) {
    for (const auto& f : r.findings)
        if (f.rule == rule && !f.nodes.empty() && f.nodes[0].str() == lead)
            return f;
    FAIL("no " << rule << " finding led by " << lead);
    return r.findings.front();
}
} // namespace

TEST_CASE("a waiver covers the finding of its rule whose lead node is its first node", "[waivers]") {
    auto b = copies();
    const auto before = analyzeMap(b.build());
    b.map.waivers.push_back(
        waiver("mini-me", {"o-ops", "o-maint", "o-prod"}, "Injury risk is on the shop floor."));
    // Same rule, a node that is not the lead: covers nothing.
    b.map.waivers.push_back(waiver("mini-me", {"o-prod"}, "Not a lead."));
    // Unknown rule: covers nothing.
    b.map.waivers.push_back(waiver("mini-mee", {"g1"}, "Typo."));
    // Another rule with the same lead node: covers only that rule's finding.
    b.map.waivers.push_back(
        waiver("unmeasured-objective", {"o-ops"}, "Measured by the plant's safety system."));
    const auto after = analyzeMap(b.build());

    REQUIRE(after.findings.size() == before.findings.size()); // still reported
    const auto& ops = find(after, "mini-me", "o-ops");
    CHECK(ops.waived);
    CHECK(ops.waiverReason == "Injury risk is on the shop floor.");
    CHECK(!find(after, "mini-me", "g1").waived);
    CHECK(find(after, "unmeasured-objective", "o-ops").waived);
    CHECK(!find(after, "unmeasured-objective", "o-prod").waived);
    CHECK(after.counts.waived == 2);
    CHECK(after.counts.warning == before.counts.warning - 2);
    CHECK(after.counts.info == before.counts.info);
}

TEST_CASE("the first covering waiver in the map's array gives the reason", "[waivers]") {
    auto b = copies();
    b.map.waivers.push_back(waiver("mini-me", {"g1"}, "First."));
    b.map.waivers.push_back(waiver("mini-me", {"g1", "o-ops"}, "Second."));
    const auto r = analyzeMap(b.build());
    CHECK(find(r, "mini-me", "g1").waiverReason == "First.");
}

TEST_CASE("team rules are waived by team", "[waivers]") {
    auto b = copies();
    // A waiver of the team's node under a node rule does not cover the team finding.
    b.map.waivers.push_back(waiver("no-line-of-sight", {"o-web"}, "Being retired."));
    auto r = analyzeMap(b.build());
    CHECK(!find(r, "team-without-line-of-sight", "o-web").waived);
    CHECK(find(r, "no-line-of-sight", "o-web").waived);
    b.map.waivers.push_back(waiver("team-without-line-of-sight", {}, "IT is a shared service.", "it"));
    b.map.waivers.push_back(waiver("too-many-objectives", {}, "Not this team.", "ops"));
    r = analyzeMap(b.build());
    const auto& f = find(r, "team-without-line-of-sight", "o-web");
    CHECK(f.waived);
    CHECK(f.waiverReason == "IT is a shared service.");
    CHECK(find(r, "no-line-of-sight", "o-web").waiverReason == "Being retired.");
    CHECK(r.counts.waived == 2); // too-many-objectives does not fire for ops
}
