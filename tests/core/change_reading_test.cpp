// Change events say what changed (field masks), and a ChangeSet is read with a ChangeVisitor.
#include "sightline/core/changedfields.h"
#include "sightline/core/changevisitor.h"
#include "sightline/core/map.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <type_traits>

using namespace sightline::core;
using namespace sightline::core::test;

namespace {

// Handles every event but PositionsChanged: must not be instantiable.
class ForgetsPositions : public ChangeVisitor {
public:
    void on(const change::PropertiesChanged&) override {}
    void on(const change::SettingsChanged&) override {}
    void on(const change::WaiversChanged&) override {}
    void on(const change::NodeAdded&) override {}
    void on(const change::NodeChanged&) override {}
    void on(const change::NodeRemoved&) override {}
    void on(const change::LinkAdded&) override {}
    void on(const change::LinkChanged&) override {}
    void on(const change::LinkRemoved&) override {}
    void on(const change::TeamAdded&) override {}
    void on(const change::TeamChanged&) override {}
    void on(const change::TeamRemoved&) override {}
    void on(const change::PersonAdded&) override {}
    void on(const change::PersonChanged&) override {}
    void on(const change::PersonRemoved&) override {}
    void on(const change::PerspectiveAdded&) override {}
    void on(const change::PerspectiveChanged&) override {}
    void on(const change::PerspectiveRemoved&) override {}
};
class HandlesAll final : public ForgetsPositions {
public:
    void on(const change::PositionsChanged&) override {}
};

// The same mechanism on a variant with one more alternative than a visitor handles.
struct A {};
struct B {};
struct OnlyA : sightline::core::detail::VisitorOf<std::variant<A, B>> {
    void on(const A&) override {}
};

} // namespace

// Adding an event type to ChangeEvent adds a pure on() to ChangeVisitor: every consumer that
// does not handle it is abstract and its `Consumer c;` fails to compile.
static_assert(std::is_abstract_v<ForgetsPositions>);
static_assert(!std::is_abstract_v<HandlesAll>);
static_assert(std::is_abstract_v<OnlyA>);

TEST_CASE("NodeChanged names exactly the fields that changed", "[map][events][masks]") {
    Map map(sampleData());
    Recorder r(map);
    Node n = *map.node(NodeId("m1"));
    n.title = "Unplanned downtime (hours)";
    REQUIRE(map.updateNode(n).ok());
    n.target = 50;
    n.values.push_back({*Date::parse("2026-11-30"), 97, ""});
    REQUIRE(map.updateNode(n).ok());
    REQUIRE(map.updateNode(n).ok()); // nothing changed: no event
    REQUIRE(r.sets.size() == 2);
    const auto first = eventsOf<change::NodeChanged>(r.sets[0].events);
    const auto second = eventsOf<change::NodeChanged>(r.sets[1].events);
    REQUIRE(first.size() == 1);
    REQUIRE(second.size() == 1);
    CHECK(first[0].fields == NodeFields(NodeField::Title));
    CHECK(second[0].fields == (NodeField::Target | NodeField::Values));
    CHECK_FALSE(second[0].fields.has(NodeField::Title));
}

TEST_CASE("LinkChanged, TeamChanged and PersonChanged name their fields", "[map][events][masks]") {
    Map map(sampleData());
    Recorder r(map);
    Link l = *map.link(LinkId("l1"));
    l.weight = 0.5;
    l.note = "through uptime";
    REQUIRE(map.updateLink(l).ok());
    Team t = *map.team(TeamId("ops"));
    t.colour = "#336699";
    REQUIRE(map.updateTeam(t).ok());
    Person p = *map.person(PersonId("dl"));
    p.email = "dana.lee@example.org";
    REQUIRE(map.updatePerson(p).ok());
    REQUIRE(r.sets.size() == 3);
    CHECK(std::get<change::LinkChanged>(r.sets[0].events.at(0)).fields ==
          (LinkField::Weight | LinkField::Note));
    CHECK(std::get<change::TeamChanged>(r.sets[1].events.at(0)).fields == TeamFields(TeamField::Colour));
    CHECK(std::get<change::PersonChanged>(r.sets[2].events.at(0)).fields == PersonFields(PersonField::Email));
}

TEST_CASE("a mask defaults to everything and names every known field", "[events][masks]") {
    CHECK(change::NodeChanged{NodeId("o1")}.fields == NodeFields::all());
    CHECK(NodeFields::all().beyondKnown());
    CHECK_FALSE(NodeFields::known().beyondKnown());
    Node a = objective("o1");
    Node b = a;
    CHECK(changedFields(a, b).empty());
    b.kind = NodeKind::Measure;
    b.goal = true;
    CHECK(changedFields(a, b) == (NodeField::Kind | NodeField::Goal));
}

TEST_CASE("a ChangeVisitor reads every event in order; scopeOf summarises", "[events][visitor]") {
    Map map(sampleData());
    Recorder r(map);
    {
        Map::Batch b(map);
        REQUIRE(map.addNode(objective("o7")).ok());
        REQUIRE(map.setPositions(ViewKind::Results, {{NodeId("o7"), Point{1, 2}}}).ok());
    }
    REQUIRE(r.sets.size() == 1);
    const ChangeScope scope = scopeOf(r.sets[0]);
    CHECK(scope.nodes);
    CHECK(scope.positions);
    CHECK_FALSE(scope.links);
    CHECK_FALSE(scope.teams);
    CHECK(scope.beyondPositions());
    ChangeSet positionsOnly;
    positionsOnly.events.emplace_back(change::PositionsChanged{ViewKind::Results, {NodeId("o7")}});
    CHECK_FALSE(scopeOf(positionsOnly).beyondPositions());
    CHECK(describe(r.sets[0].events.at(1)) == "PositionsChanged results o7");
}
