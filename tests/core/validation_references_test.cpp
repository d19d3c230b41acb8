// validate(): references, links, the team forest, positions, waivers; warnings().
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

using namespace sightline::core;
using namespace sightline::core::test;

namespace {

using Strings = std::vector<std::string>;

Strings render(const std::vector<Issue>& issues) {
    Strings out;
    for (const Issue& i : issues)
        out.push_back(i.toString());
    return out;
}

} // namespace

TEST_CASE("unknown references of every kind are reported at the referring value", "[validation]") {
    MapData d = sampleData();
    d.teams[1].parent = TeamId("nowhere");
    d.people[0].team = TeamId("t9");
    d.nodes[1].team = TeamId("t8");
    d.nodes[1].owner = PersonId("p7");
    d.nodes[1].perspective = PerspectiveId("growth");
    d.links[2].from = NodeId("i9");
    d.links[3].to = NodeId("r99");
    d.waivers[0].nodes.push_back(NodeId("gone"));
    d.waivers[0].by = PersonId("nobody");
    d.waivers.push_back(makeWaiver("too-many-objectives", {}, "on purpose"));
    d.waivers.back().team = TeamId("t0");
    CHECK(render(validate(d)) == Strings{
                                     "/teams/1/parent: unknown team \"nowhere\"",
                                     "/people/0/team: unknown team \"t9\"",
                                     "/nodes/1/team: unknown team \"t8\"",
                                     "/nodes/1/owner: unknown person \"p7\"",
                                     "/nodes/1/perspective: unknown perspective \"growth\"",
                                     "/links/2/from: unknown node \"i9\"",
                                     "/links/3/to: unknown node \"r99\"",
                                     "/waivers/0/nodes/1: unknown node \"gone\"",
                                     "/waivers/0/by: unknown person \"nobody\"",
                                     "/waivers/1/team: unknown team \"t0\"",
                                 });
}

TEST_CASE("a link with both ends unknown reports both", "[validation]") {
    MapData d = sampleData();
    d.links[0].from = NodeId("a");
    d.links[0].to = NodeId("b");
    CHECK(render(validate(d)) ==
          Strings{"/links/0/from: unknown node \"a\"", "/links/0/to: unknown node \"b\""});
}

TEST_CASE("self-loops, duplicate links and wrong kinds are reported at the link", "[validation]") {
    MapData d = sampleData();
    d.links.push_back(makeLink("l6", LinkKind::Drives, "o1", "o1"));
    d.links.push_back(makeLink("l7", LinkKind::Drives, "o1", "g1"));   // second o1 drives g1
    d.links.push_back(makeLink("l8", LinkKind::Measures, "o1", "g1")); // measures from an objective
    d.links.push_back(makeLink("l9", LinkKind::Supports, "m1", "o1")); // supports from a measure
    d.links.push_back(makeLink("l10", LinkKind::Rollup, "m1", "o1"));  // rollup across kinds
    d.links.push_back(makeLink("l11", LinkKind::Drives, "i1", "g1"));  // drives from an initiative
    d.links.push_back(makeLink("l12", LinkKind::Rollup, "m2", "m1"));  // fine
    d.links.push_back(makeLink("l13", LinkKind::Drives, "m1", "o1"));  // fine: same ends as l2, other kind
    d.links.push_back(makeLink("l14", LinkKind::Drives, "g1", "o1"));  // fine: the reverse of l1
    CHECK(render(validate(d)) ==
          Strings{
              "/links/5: a drives link from \"o1\" to itself",
              "/links/6: a second drives link from \"o1\" to \"g1\"",
              "/links/7: a measures link cannot go from an objective to an objective (\"o1\" -> \"g1\")",
              "/links/8: a supports link cannot go from a measure to an objective (\"m1\" -> \"o1\")",
              "/links/9: a rollup link cannot go from a measure to an objective (\"m1\" -> \"o1\")",
              "/links/10: a drives link cannot go from an initiative to an objective (\"i1\" -> \"g1\")",
          });
}

TEST_CASE("polarity, weight and aggregate only on their link kinds", "[validation]") {
    MapData d = sampleData();
    d.links[0].polarity = Polarity::Negative; // drives: fine
    d.links[0].weight = 0.25;
    CHECK(validate(d).empty());
    d.links[1].polarity = Polarity::Negative;  // measures
    d.links[2].weight = 0.5;                   // supports
    d.links[3].aggregate = Aggregate::Max;     // measures
    d.links[4].aggregate = Aggregate::Average; // drives
    CHECK(render(validate(d)) == Strings{"/links/1/polarity: only drives links have a polarity",
                                         "/links/2/weight: only drives links have a weight",
                                         "/links/3/aggregate: only rollup links have an aggregate",
                                         "/links/4/aggregate: only rollup links have an aggregate"});
    MapData r = sampleData();
    r.links.push_back(makeLink("l6", LinkKind::Rollup, "m2", "m1"));
    r.links.back().aggregate = Aggregate::Min;
    CHECK(validate(r).empty());
}

TEST_CASE("a drives weight is in (0, 1]", "[validation]") {
    MapData d = sampleData();
    for (double ok : {1.0, 0.5, 1e-9, std::nextafter(1.0, 0.0)}) {
        d.links[0].weight = ok;
        CHECK(validate(d).empty());
    }
    for (double bad :
         {0.0, -0.0, -0.5, 1.0000001, 2.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
        d.links[0].weight = bad;
        INFO(bad);
        CHECK(render(validate(d)) == Strings{"/links/0/weight: must be greater than 0 and at most 1"});
    }
}

TEST_CASE("a team cycle is reported at /teams from its smallest id", "[validation]") {
    struct Case {
        std::vector<Team> added; // to the sample map's teams
        Strings expected;
    };
    const Case cases[] = {
        {{makeTeam("b", "B", "a"), makeTeam("a", "A", "b")}, {"/teams: team cycle a -> b -> a"}},
        // z's parent is y, y's parent is x, x's parent is z; plus a tail w -> z and an innocent team.
        {{makeTeam("w", "W", "z"), makeTeam("z", "Z", "y"), makeTeam("y", "Y", "x"), makeTeam("x", "X", "z"),
          makeTeam("v", "V", "acme")},
         {"/teams: team cycle x -> z -> y -> x"}},
        {{makeTeam("self", "Self", "self")}, {"/teams: team cycle self -> self"}},
        // Two cycles: both reported, in the order they are met; ids compared as strings.
        {{makeTeam("plant", "Plant", "ops2"), makeTeam("ops2", "Ops", "plant"), makeTeam("a9", "A9", "a10"),
          makeTeam("a10", "A10", "a9")},
         {"/teams: team cycle ops2 -> plant -> ops2", "/teams: team cycle a10 -> a9 -> a10"}},
    };
    for (const Case& c : cases) {
        MapData d = sampleData();
        d.teams.insert(d.teams.end(), c.added.begin(), c.added.end());
        CHECK(render(validate(d)) == c.expected);
    }
}

TEST_CASE("a long team chain is a forest, not a cycle", "[validation]") {
    MapData d = sampleData();
    for (int i = 0; i < 5000; ++i)
        d.teams.push_back(
            makeTeam("t" + std::to_string(i), "T", i == 0 ? "acme" : "t" + std::to_string(i - 1)));
    CHECK(validate(d).empty());
    d.teams[2].parent = TeamId("t4999");
    const auto issues = validate(d);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].pointer == "/teams");
    CHECK(issues[0].message.rfind("team cycle t0 -> t4999 -> t4998 -> ", 0) == 0);
    CHECK(issues[0].message.size() > 5000 * 4);
}

TEST_CASE("positions of unknown nodes and non-finite positions", "[validation]") {
    MapData d = sampleData();
    auto& results = d.positionsOf(ViewKind::Results);
    results[NodeId("zz")] = {1, 1};
    results[NodeId("a/b~c")] = {1, 1};
    results[NodeId("m1")] = {std::nan(""), 0};
    results[NodeId("i1")] = {0, std::numeric_limits<double>::infinity()};
    for (int i = 0; i < 20; ++i) // enough entries for the hash order to differ from the id order
        results[NodeId("q" + std::to_string(i))] = {0, 0};
    d.positionsOf(ViewKind::Hierarchy)[NodeId("ghost")] = {0, 0};
    Strings expected{"/views/results/positions/a~1b~0c: position of unknown node \"a/b~c\"",
                     "/views/results/positions/i1: coordinates must be finite numbers",
                     "/views/results/positions/m1: coordinates must be finite numbers"};
    std::vector<std::string> q;
    for (int i = 0; i < 20; ++i)
        q.push_back("q" + std::to_string(i));
    std::sort(q.begin(), q.end());
    for (const auto& id : q)
        expected.push_back("/views/results/positions/" + id + ": position of unknown node \"" + id + "\"");
    expected.push_back("/views/results/positions/zz: position of unknown node \"zz\"");
    expected.push_back("/views/hierarchy/positions/ghost: position of unknown node \"ghost\"");
    CHECK(render(validate(d)) == expected);
}

TEST_CASE("waivers need their nodes or their team", "[validation]") {
    MapData d = sampleData();
    d.waivers.push_back(makeWaiver("orphan-measure", {}));
    d.waivers.push_back(makeWaiver("team-without-line-of-sight", {}));
    d.waivers.push_back(makeWaiver("mini-me-scorecard", {"o1"}));
    Waiver ok = makeWaiver("too-many-objectives", {});
    ok.team = TeamId("ops");
    ok.by = PersonId("dl");
    ok.date = Date::parse("2026-11-01");
    d.waivers.push_back(ok);
    CHECK(render(validate(d)) ==
          Strings{"/waivers/1/nodes: must name the finding's nodes, lead node first",
                  "/waivers/2/team: a waiver of team-without-line-of-sight must name the team it is about",
                  "/waivers/3/team: a waiver of mini-me-scorecard must name the team it is about"});
}

TEST_CASE("warnings name waivers of unknown rules", "[validation]") {
    MapData d = sampleData();
    d.waivers.push_back(makeWaiver("made-up-rule", {"o1"}));
    d.waivers.push_back(makeWaiver("stale-measure", {"m1"}));
    d.waivers.push_back(makeWaiver("Orphan-Measure", {"m1"}));
    CHECK(validate(d).empty());
    CHECK(render(warnings(d)) ==
          Strings{"/waivers/1/rule: unknown rule \"made-up-rule\"; this waiver covers nothing",
                  "/waivers/3/rule: unknown rule \"Orphan-Measure\"; this waiver covers nothing"});
}

TEST_CASE("rule ids known to waivers", "[validation]") {
    for (const char* rule :
         {"orphan-measure", "unmeasured-objective", "no-line-of-sight", "team-without-line-of-sight",
          "mini-me", "mini-me-scorecard", "additive-only", "rollup-cycle", "feedback-loop", "may-hurt-goal",
          "no-owner", "no-target", "stale-measure", "too-many-measures", "too-many-objectives"}) {
        INFO(rule);
        CHECK(isKnownRule(rule));
    }
    CHECK_FALSE(isKnownRule(""));
    CHECK_FALSE(isKnownRule("orphan"));
    CHECK(isTeamRule("team-without-line-of-sight"));
    CHECK(isTeamRule("mini-me-scorecard"));
    CHECK(isTeamRule("too-many-objectives"));
    CHECK_FALSE(isTeamRule("mini-me"));
    CHECK_FALSE(isTeamRule("no-line-of-sight"));
}
