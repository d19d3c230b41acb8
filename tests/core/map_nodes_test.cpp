// Map: node operations, lookups and new ids.
#include "sightline/core/map.h"
#include "sightline/core/text.h"
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline::core;
using namespace sightline::core::test;

TEST_CASE("a Map takes over valid data with its indices", "[map]") {
    Map map(sampleData());
    CHECK(map.data() == sampleData());
    checkIndices(map);
    CHECK(map.node(NodeId("m1"))->title == "Unplanned downtime hours");
    CHECK(map.nodeIndex(NodeId("i1")) == 4u);
    CHECK_FALSE(map.node(NodeId("nope")));
    CHECK_FALSE(map.nodeIndex(NodeId("nope")));
    CHECK(map.team(TeamId("ops"))->name == "Operations");
    CHECK(map.person(PersonId("dl"))->name == "Dana Lee");
    CHECK(map.perspective(PerspectiveId("learning"))->name == "Learning & Growth");
    CHECK(map.link(LinkId("l3"))->kind == LinkKind::Supports);
    CHECK(map.findLink(LinkKind::Measures, NodeId("m1"), NodeId("o1"))->id == LinkId("l2"));
    CHECK_FALSE(map.findLink(LinkKind::Drives, NodeId("m1"), NodeId("o1")));
    CHECK_FALSE(map.findLink(LinkKind::Measures, NodeId("o1"), NodeId("m1")));
    CHECK(map.outLinks(NodeId("nope")).empty());
    CHECK(map.inLinks(NodeId("i1")).empty());
    CHECK(map.position(ViewKind::Results, NodeId("o1")) == Point{0, 180});
    CHECK_FALSE(map.position(ViewKind::Hierarchy, NodeId("o1")));
    CHECK(map.positions(ViewKind::Strategy).size() == 1);
    CHECK(map.teamLevel(TeamId("acme")) == 0);
    CHECK(map.teamLevel(TeamId("ops")) == 1);
    CHECK(map.snapshot() == map.data());
}

TEST_CASE("an empty Map", "[map]") {
    Map map;
    CHECK(map.nodes().empty());
    CHECK(map.links().empty());
    CHECK(map.perspectives() == MapData::defaultPerspectives());
    CHECK(map.settings() == Settings{});
    checkIndices(map);
}

TEST_CASE("default perspectives are the four Balanced Scorecard perspectives", "[map]") {
    const auto p = MapData::defaultPerspectives();
    REQUIRE(p.size() == 4);
    CHECK(p[0] == Perspective{PerspectiveId("financial"), "Financial"});
    CHECK(p[1] == Perspective{PerspectiveId("customer"), "Customer"});
    CHECK(p[2] == Perspective{PerspectiveId("process"), "Internal Process"});
    CHECK(p[3] == Perspective{PerspectiveId("learning"), "Learning & Growth"});
}

TEST_CASE("addNode appends or inserts, trims and reports NodeAdded", "[map]") {
    Map map(sampleData());
    Node n = measure("m3", "  Scrap rate \xC2\xA0");
    n.description = " why ";
    n.unit = " % ";
    n.values = {{*Date::parse("2026-01-01"), 1.5, "  first "}};
    CHECK(expectApplied(map, [&](Map& m) { return m.addNode(n); }) == Strings{"NodeAdded m3"});
    REQUIRE(map.nodes().size() == 6);
    const Node& added = map.nodes().back();
    CHECK(added.title == "Scrap rate");
    CHECK(added.description == "why");
    CHECK(added.unit == "%");
    CHECK(added.values[0].note == "first");

    CHECK(expectApplied(map, [](Map& m) { return m.addNode(objective("o0"), 0); }) ==
          Strings{"NodeAdded o0"});
    CHECK(map.nodes().front().id == NodeId("o0"));
    CHECK(map.nodeIndex(NodeId("g1")) == 1u);
    CHECK(expectApplied(map, [](Map& m) { return m.addNode(objective("o5"), 3); }) ==
          Strings{"NodeAdded o5"});
    CHECK(map.nodes()[3].id == NodeId("o5"));
    // An index past the end appends.
    CHECK(expectApplied(map, [](Map& m) { return m.addNode(objective("o6"), 1000); }) ==
          Strings{"NodeAdded o6"});
    CHECK(map.nodes().back().id == NodeId("o6"));
    CHECK(validate(map.data()).empty());
}

TEST_CASE("addNode refuses nodes that would make the map invalid", "[map]") {
    Map map(sampleData());
    auto refuse = [&](Node n) { expectRefused(map, [&](Map& m) { return m.addNode(n); }); };
    refuse(objective("o1"));     // duplicate id
    refuse(objective("bad id")); // invalid id
    refuse(objective(""));       // empty id
    refuse(objective(std::string(65, 'o')));
    refuse(objective("o9", ""));                // empty title
    refuse(objective("o9", " \t\xE3\x80\x80")); // blank title
    refuse(objective("o9", std::string(501, 'x')));
    Node n = objective("o9");
    n.team = TeamId("nowhere");
    refuse(n);
    n = objective("o9");
    n.owner = PersonId("nobody");
    refuse(n);
    n = objective("o9");
    n.perspective = PerspectiveId("growth");
    refuse(n);
    n = measure("m9");
    n.goal = true;
    refuse(n);
    n = initiative("i9");
    n.goal = true;
    refuse(n);
    n = objective("o9");
    n.unit = "h";
    refuse(n);
    n = objective("o9");
    n.direction = Direction::Target;
    refuse(n);
    n = initiative("i9");
    n.baseline = 1;
    refuse(n);
    n = initiative("i9");
    n.cadence = Cadence::Daily;
    refuse(n);
    n = objective("o9");
    n.values = {{Date(), 1, ""}};
    refuse(n);
    n = measure("m9");
    n.status = InitiativeStatus::Active;
    refuse(n);
    n = objective("o9");
    n.due = Date();
    refuse(n);
    n = measure("m9");
    n.start = Date();
    refuse(n);
    n = measure("m9");
    n.baseline = std::nan("");
    refuse(n);
    n = measure("m9");
    n.target = -std::numeric_limits<double>::infinity();
    refuse(n);
    n = measure("m9");
    n.values = {{Date(), std::numeric_limits<double>::infinity(), ""}};
    refuse(n);
    n = measure("m9");
    n.values = {{Date(), 1, ""}, {*Date::parse("2026-01-01"), 2, ""}, {Date(), 3, ""}};
    refuse(n);

    // The limits themselves are fine.
    std::string euros;
    for (int i = 0; i < 500; ++i)
        euros += "\xE2\x82\xAC";
    CHECK(map.addNode(objective("o9", euros)).ok());
    CHECK(map.addNode(objective(std::string(64, 'o'))).ok());
}

TEST_CASE("updateNode replaces a node and reports NodeChanged", "[map]") {
    Map map(sampleData());
    Node o1 = *map.node(NodeId("o1"));
    o1.title = "Plant downtime falls by half ";
    o1.owner.reset();
    o1.goal = true;
    CHECK(expectApplied(map, [&](Map& m) { return m.updateNode(o1); }) == Strings{"NodeChanged o1"});
    CHECK(map.node(NodeId("o1"))->title == "Plant downtime falls by half");
    CHECK(map.node(NodeId("o1"))->goal);
    CHECK(map.nodeIndex(NodeId("o1")) == 1u);

    // The same node again changes nothing and reports nothing.
    Recorder r(map);
    CHECK(map.updateNode(*map.node(NodeId("o1"))).ok());
    Node same = *map.node(NodeId("o1"));
    same.title += "  "; // only white space that trimming removes
    CHECK(map.updateNode(same).ok());
    CHECK(r.sets.empty());
}

TEST_CASE("updateNode refuses unknown nodes and invalid values", "[map]") {
    Map map(sampleData());
    expectRefused(map, [](Map& m) { return m.updateNode(objective("o42")); });
    Node o1 = *map.node(NodeId("o1"));
    o1.title = "";
    expectRefused(map, [&](Map& m) { return m.updateNode(o1); });
    o1 = *map.node(NodeId("o1"));
    o1.team = TeamId("nowhere");
    expectRefused(map, [&](Map& m) { return m.updateNode(o1); });
    Node m1 = *map.node(NodeId("m1"));
    m1.values.push_back(m1.values.front());
    expectRefused(map, [&](Map& m) { return m.updateNode(m1); });
}

TEST_CASE("updateNode changes a kind only when its links still fit", "[map]") {
    Map map(sampleData());
    // o1 is the target of measures and supports links: a measure cannot be measured.
    Node o1 = *map.node(NodeId("o1"));
    o1.kind = NodeKind::Measure;
    expectRefused(map, [&](Map& m) { return m.updateNode(o1); });
    // m1 is the source of a measures link: an objective cannot measure.
    Node m1 = *map.node(NodeId("m1"));
    m1.kind = NodeKind::Objective;
    m1.unit.clear();
    m1.direction = Direction::Up;
    m1.target.reset();
    m1.values.clear();
    expectRefused(map, [&](Map& m) { return m.updateNode(m1); });
    // Measure fields on an objective are refused too, even without links.
    Node m2 = *map.node(NodeId("m2"));
    m2.kind = NodeKind::Initiative;
    expectRefused(map, [&](Map& m) { return m.updateNode(m2); }); // m2 measures g1

    // A node with only drives links can switch between objective and measure, not to initiative.
    REQUIRE(map.addNode(objective("o9")).ok());
    REQUIRE(map.addLink(makeLink("l9", LinkKind::Drives, "o9", "g1")).ok());
    REQUIRE(map.addLink(makeLink("l10", LinkKind::Drives, "m2", "o9")).ok());
    Node o9 = *map.node(NodeId("o9"));
    o9.kind = NodeKind::Measure;
    o9.unit = "%";
    CHECK(expectApplied(map, [&](Map& m) { return m.updateNode(o9); }) == Strings{"NodeChanged o9"});
    CHECK(map.node(NodeId("o9"))->kind == NodeKind::Measure);
    o9 = *map.node(NodeId("o9"));
    o9.kind = NodeKind::Initiative;
    o9.unit.clear();
    expectRefused(map, [&](Map& m) { return m.updateNode(o9); });
    CHECK(validate(map.data()).empty());

    // A rollup between objectives blocks a change of either end.
    REQUIRE(map.addNode(objective("o10")).ok());
    REQUIRE(map.addLink(makeLink("l11", LinkKind::Rollup, "o10", "g1")).ok());
    Node o10 = *map.node(NodeId("o10"));
    o10.kind = NodeKind::Measure;
    expectRefused(map, [&](Map& m) { return m.updateNode(o10); });
    // A node without links can become anything.
    REQUIRE(map.addNode(objective("o11")).ok());
    Node o11 = *map.node(NodeId("o11"));
    o11.kind = NodeKind::Initiative;
    o11.status = InitiativeStatus::Proposed;
    CHECK(expectApplied(map, [&](Map& m) { return m.updateNode(o11); }) == Strings{"NodeChanged o11"});
}

TEST_CASE("new ids are unused", "[map]") {
    Map map(sampleData());
    CHECK_FALSE(map.node(map.newNodeId(NodeKind::Objective)));
    CHECK_FALSE(map.node(map.newNodeId(NodeKind::Measure)));
    CHECK_FALSE(map.node(map.newNodeId(NodeKind::Initiative)));
    CHECK_FALSE(map.link(map.newLinkId()));
    CHECK_FALSE(map.team(map.newTeamId()));
    CHECK_FALSE(map.person(map.newPersonId()));
    CHECK_FALSE(map.perspective(map.newPerspectiveId()));
    CHECK(map.newNodeId(NodeKind::Measure).str().front() == 'm');
    CHECK(text::isValidId(map.newPerspectiveId().str()));

    // Ids that collide with the first guesses are skipped.
    for (int i = 1; i <= 40; ++i) {
        const NodeId id = map.newNodeId(NodeKind::Objective);
        REQUIRE_FALSE(map.node(id));
        REQUIRE(text::isValidId(id.str()));
        REQUIRE(map.addNode(objective(id.str())).ok());
        // Also take the next few numbered ids by hand.
        REQUIRE(map.addNode(objective("o" + std::to_string(map.nodes().size() + 1))).ok());
    }
    for (int i = 1; i <= 20; ++i) {
        const LinkId id = map.newLinkId();
        REQUIRE_FALSE(map.link(id));
        REQUIRE(map.addLink(makeLink(id.str(), LinkKind::Drives, "o" + std::to_string(100 + i), "g1")).ok() ==
                (map.node(NodeId("o" + std::to_string(100 + i))) != nullptr));
    }
    for (int i = 1; i <= 10; ++i) {
        const TeamId t = map.newTeamId();
        REQUIRE_FALSE(map.team(t));
        REQUIRE(map.addTeam(makeTeam(t.str(), "T")).ok());
        const PersonId p = map.newPersonId();
        REQUIRE_FALSE(map.person(p));
        REQUIRE(map.addPerson(makePerson(p.str(), "P")).ok());
        const PerspectiveId q = map.newPerspectiveId();
        REQUIRE_FALSE(map.perspective(q));
        REQUIRE(map.addPerspective({q, "Q"}).ok());
    }
    checkIndices(map);
}

TEST_CASE("latestValue is the value with the newest date", "[map]") {
    Node m = measure("m");
    CHECK(m.latestValue() == nullptr);
    m.values = {{*Date::parse("2026-03-01"), 3, ""},
                {*Date::parse("2026-05-01"), 5, ""},
                {*Date::parse("2026-04-01"), 4, ""}};
    REQUIRE(m.latestValue());
    CHECK(m.latestValue()->value == 5);
}
