// Map: node positions in the views, and waivers.
#include "sightline/core/map.h"
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline::core;
using namespace sightline::core::test;

TEST_CASE("setPositions sets and clears positions and names the nodes that changed", "[map]") {
    Map map(sampleData());
    using Entry = std::pair<NodeId, std::optional<Point>>;
    CHECK(expectApplied(map, [](Map& m) {
              return m.setPositions(ViewKind::Hierarchy,
                                    {Entry{NodeId("m1"), Point{5, 6}}, Entry{NodeId("i1"), Point{-7.5, 8}}});
          }) == Strings{"PositionsChanged hierarchy m1 i1"});
    CHECK(map.position(ViewKind::Hierarchy, NodeId("i1")) == Point{-7.5, 8});
    CHECK_FALSE(map.position(ViewKind::Results, NodeId("i1")));

    // Only the nodes whose position really changed are named; clearing a missing one is no change.
    CHECK(expectApplied(map, [](Map& m) {
              return m.setPositions(ViewKind::Results,
                                    {Entry{NodeId("g1"), Point{0, 0}}, Entry{NodeId("o1"), std::nullopt},
                                     Entry{NodeId("m2"), std::nullopt}, Entry{NodeId("m1"), Point{1, 1}}});
          }) == Strings{"PositionsChanged results o1 m1"});
    CHECK_FALSE(map.position(ViewKind::Results, NodeId("o1")));
    CHECK(map.position(ViewKind::Strategy, NodeId("o1")) == Point{10, 20}); // other views untouched

    Recorder r(map);
    CHECK(map.setPositions(ViewKind::Results, {Entry{NodeId("g1"), Point{0, 0}}}).ok());
    CHECK(map.setPositions(ViewKind::Results, {}).ok());
    CHECK(map.setPositions(ViewKind::Results, {Entry{NodeId("ghost"), std::nullopt}}).ok());
    CHECK(r.sets.empty());

    expectRefused(map, [](Map& m) {
        return m.setPositions(ViewKind::Results,
                              {Entry{NodeId("g1"), Point{3, 3}}, Entry{NodeId("ghost"), Point{}}});
    });
    expectRefused(map, [](Map& m) {
        return m.setPositions(ViewKind::Results, {Entry{NodeId("g1"), Point{std::nan(""), 0}}});
    });
    expectRefused(map, [](Map& m) {
        return m.setPositions(ViewKind::Strategy,
                              {Entry{NodeId("g1"), Point{0, std::numeric_limits<double>::infinity()}}});
    });
    CHECK(validate(map.data()).empty());
}

TEST_CASE("waivers: add, update, remove report WaiversChanged", "[map]") {
    Map map(sampleData());
    Waiver w = makeWaiver("mini-me", {"o1", "g1"}, "  copied on purpose ");
    w.by = PersonId("dl");
    w.date = Date::parse("2026-11-20");
    CHECK(expectApplied(map, [&](Map& m) { return m.addWaiver(w, 0); }) == Strings{"WaiversChanged"});
    CHECK(map.waivers().front().reason == "copied on purpose");
    CHECK(map.waivers().size() == 2);

    Waiver team = makeWaiver("mini-me-scorecard", {}, "fine");
    team.team = TeamId("ops");
    CHECK(expectApplied(map, [&](Map& m) { return m.addWaiver(team); }) == Strings{"WaiversChanged"});
    CHECK(map.waivers().back() == team);

    Waiver changed = map.waivers()[0];
    changed.reason = "reviewed again";
    CHECK(expectApplied(map, [&](Map& m) { return m.updateWaiver(0, changed); }) ==
          Strings{"WaiversChanged"});
    CHECK(map.waivers()[0].reason == "reviewed again");
    Recorder r(map);
    CHECK(map.updateWaiver(0, changed).ok());
    CHECK(r.sets.empty());

    CHECK(expectApplied(map, [](Map& m) { return m.removeWaiver(0); }) == Strings{"WaiversChanged"});
    CHECK(expectApplied(map, [](Map& m) { return m.removeWaiver(1); }) == Strings{"WaiversChanged"});
    CHECK(map.data() == sampleData());
}

TEST_CASE("waivers that name unknown things or miss required fields are refused", "[map]") {
    Map map(sampleData());
    expectRefused(map, [](Map& m) { return m.addWaiver(makeWaiver("no-owner", {"ghost"})); });
    expectRefused(map, [](Map& m) { return m.addWaiver(makeWaiver("no-owner", {})); }); // needs nodes
    expectRefused(map,
                  [](Map& m) { return m.addWaiver(makeWaiver("no-owner", {"o1"}, "  ")); }); // needs a reason
    expectRefused(map, [](Map& m) { return m.addWaiver(makeWaiver("", {"o1"})); });
    expectRefused(
        map, [](Map& m) { return m.addWaiver(makeWaiver("too-many-objectives", {"o1"})); }); // needs team
    Waiver w = makeWaiver("too-many-objectives", {});
    w.team = TeamId("ghost");
    expectRefused(map, [&](Map& m) { return m.addWaiver(w); });
    w = makeWaiver("no-owner", {"o1"});
    w.by = PersonId("ghost");
    expectRefused(map, [&](Map& m) { return m.addWaiver(w); });
    expectRefused(map, [](Map& m) { return m.updateWaiver(5, makeWaiver("no-owner", {"o1"})); });
    expectRefused(map, [](Map& m) { return m.updateWaiver(0, makeWaiver("no-owner", {"ghost"})); });
    expectRefused(map, [](Map& m) { return m.removeWaiver(1); });
    // An unknown rule is only a warning: the waiver is kept.
    CHECK(map.addWaiver(makeWaiver("future-rule", {"o1"})).ok());
    CHECK(validate(map.data()).empty());
    CHECK(warnings(map.data()).size() == 1);
}

TEST_CASE("setPositions: later entries for the same node win, and each node is named once", "[map]") {
    Map map(sampleData());
    using Entry = std::pair<NodeId, std::optional<Point>>;
    CHECK(expectApplied(map, [](Map& m) {
              return m.setPositions(ViewKind::Results,
                                    {Entry{NodeId("m1"), Point{1, 1}}, Entry{NodeId("m1"), Point{2, 2}},
                                     Entry{NodeId("g1"), std::nullopt}, Entry{NodeId("m1"), Point{3, 3}}});
          }) == Strings{"PositionsChanged results m1 g1"});
    CHECK(map.position(ViewKind::Results, NodeId("m1")) == Point{3, 3});
    // Set and cleared again, or moved and moved back: no change, nothing reported.
    Recorder r(map);
    CHECK(map.setPositions(ViewKind::Results,
                           {Entry{NodeId("i1"), Point{1, 1}}, Entry{NodeId("i1"), std::nullopt},
                            Entry{NodeId("m1"), Point{9, 9}}, Entry{NodeId("m1"), Point{3, 3}}})
              .ok());
    CHECK(r.sets.empty());
    CHECK_FALSE(map.position(ViewKind::Results, NodeId("i1")));
}
