// Map: link operations.
#include "sightline/core/map.h"
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline::core;
using namespace sightline::core::test;

TEST_CASE("addLink appends or inserts and reports LinkAdded", "[map]") {
    Map map(sampleData());
    Link l = makeLink("l6", LinkKind::Rollup, "m2", "m1");
    l.aggregate = Aggregate::Average;
    l.note = "  computed monthly ";
    CHECK(expectApplied(map, [&](Map& m) { return m.addLink(l); }) == Strings{"LinkAdded l6"});
    CHECK(map.links().back().note == "computed monthly");
    CHECK(map.findLink(LinkKind::Rollup, NodeId("m2"), NodeId("m1"))->id == LinkId("l6"));

    CHECK(expectApplied(map, [](Map& m) {
              return m.addLink(makeLink("l0", LinkKind::Drives, "g1", "o1"), 0);
          }) == Strings{"LinkAdded l0"});
    CHECK(map.links().front().id == LinkId("l0"));
    CHECK(map.linkIndex(LinkId("l1")) == 1u);
    Link neg = makeLink("l7", LinkKind::Drives, "m2", "o1");
    neg.polarity = Polarity::Negative;
    neg.weight = 0.3;
    CHECK(expectApplied(map, [&](Map& m) { return m.addLink(neg, 2); }) == Strings{"LinkAdded l7"});
    CHECK(map.links()[2] == neg);
    CHECK(validate(map.data()).empty());
}

TEST_CASE("addLink refuses links that would make the map invalid", "[map]") {
    Map map(sampleData());
    auto refuse = [&](const Link& l) { expectRefused(map, [&](Map& m) { return m.addLink(l); }); };
    refuse(makeLink("l1", LinkKind::Drives, "g1", "o1"));   // duplicate id
    refuse(makeLink("l 9", LinkKind::Drives, "g1", "o1"));  // invalid id
    refuse(makeLink("", LinkKind::Drives, "g1", "o1"));     // empty id
    refuse(makeLink("l9", LinkKind::Drives, "x", "o1"));    // unknown from
    refuse(makeLink("l9", LinkKind::Drives, "o1", "x"));    // unknown to
    refuse(makeLink("l9", LinkKind::Drives, "o1", "o1"));   // self-loop
    refuse(makeLink("l9", LinkKind::Drives, "o1", "g1"));   // second o1 drives g1
    refuse(makeLink("l9", LinkKind::Measures, "m1", "o1")); // second m1 measures o1
    refuse(makeLink("l9", LinkKind::Measures, "o1", "g1")); // wrong kinds
    refuse(makeLink("l9", LinkKind::Measures, "m1", "m2"));
    refuse(makeLink("l9", LinkKind::Supports, "o1", "g1"));
    refuse(makeLink("l9", LinkKind::Supports, "i1", "i1"));
    refuse(makeLink("l9", LinkKind::Rollup, "m1", "o1"));
    refuse(makeLink("l9", LinkKind::Drives, "i1", "o1"));
    refuse(makeLink("l9", LinkKind::Drives, "o1", "i1"));
    Link l = makeLink("l9", LinkKind::Measures, "m2", "o1");
    l.polarity = Polarity::Negative;
    refuse(l);
    l = makeLink("l9", LinkKind::Supports, "i1", "g1");
    l.weight = 0.5;
    refuse(l);
    l = makeLink("l9", LinkKind::Drives, "g1", "o1");
    l.aggregate = Aggregate::Max;
    refuse(l);
    for (double w : {0.0, -1.0, 1.5, std::nan(""), std::numeric_limits<double>::infinity()}) {
        l = makeLink("l9", LinkKind::Drives, "g1", "o1");
        l.weight = w;
        refuse(l);
    }
    // The same ends with another kind are fine.
    CHECK(map.addLink(makeLink("l9", LinkKind::Drives, "m1", "o1")).ok());
    CHECK(map.addLink(makeLink("l10", LinkKind::Rollup, "o1", "g1")).ok());
    CHECK(validate(map.data()).empty());
}

TEST_CASE("updateLink replaces a link, moving its ends", "[map]") {
    Map map(sampleData());
    Link l1 = *map.link(LinkId("l1"));
    l1.note = "strong";
    l1.weight = 0.8;
    CHECK(expectApplied(map, [&](Map& m) { return m.updateLink(l1); }) == Strings{"LinkChanged l1"});
    CHECK(map.link(LinkId("l1"))->weight == 0.8);

    // Move l5 (m1 drives m2) to m2 drives o1, then turn it into a rollup m1 -> m2.
    Link l5 = *map.link(LinkId("l5"));
    l5.from = NodeId("m2");
    l5.to = NodeId("o1");
    CHECK(expectApplied(map, [&](Map& m) { return m.updateLink(l5); }) == Strings{"LinkChanged l5"});
    CHECK(map.findLink(LinkKind::Drives, NodeId("m2"), NodeId("o1")) == map.link(LinkId("l5")));
    CHECK_FALSE(map.findLink(LinkKind::Drives, NodeId("m1"), NodeId("m2")));
    CHECK(map.linkIndex(LinkId("l5")) == 4u);
    l5 = *map.link(LinkId("l5"));
    l5.kind = LinkKind::Rollup;
    l5.from = NodeId("m1");
    l5.to = NodeId("m2");
    l5.aggregate = Aggregate::Min;
    CHECK(expectApplied(map, [&](Map& m) { return m.updateLink(l5); }) == Strings{"LinkChanged l5"});
    CHECK(map.outLinks(NodeId("m2")).size() == 1); // only l4 left

    Recorder r(map);
    CHECK(map.updateLink(*map.link(LinkId("l5"))).ok());
    CHECK(r.sets.empty());
    CHECK(validate(map.data()).empty());
}

TEST_CASE("updateLink refuses what addLink refuses", "[map]") {
    Map map(sampleData());
    expectRefused(map, [](Map& m) { return m.updateLink(makeLink("l99", LinkKind::Drives, "o1", "g1")); });
    Link l5 = *map.link(LinkId("l5")); // m1 drives m2
    l5.to = NodeId("g1");
    l5.from = NodeId("o1"); // would duplicate l1
    expectRefused(map, [&](Map& m) { return m.updateLink(l5); });
    l5 = *map.link(LinkId("l5"));
    l5.to = NodeId("m1");
    expectRefused(map, [&](Map& m) { return m.updateLink(l5); });
    l5 = *map.link(LinkId("l5"));
    l5.kind = LinkKind::Measures; // measure -> measure
    expectRefused(map, [&](Map& m) { return m.updateLink(l5); });
    l5 = *map.link(LinkId("l5"));
    l5.to = NodeId("ghost");
    expectRefused(map, [&](Map& m) { return m.updateLink(l5); });
    l5 = *map.link(LinkId("l5"));
    l5.weight = 0;
    expectRefused(map, [&](Map& m) { return m.updateLink(l5); });
    Link l2 = *map.link(LinkId("l2")); // measures
    l2.polarity = Polarity::Negative;
    expectRefused(map, [&](Map& m) { return m.updateLink(l2); });
}

TEST_CASE("removeLink reports LinkRemoved with its ends", "[map]") {
    Map map(sampleData());
    CHECK(expectApplied(map, [](Map& m) { return m.removeLink(LinkId("l2")); }) ==
          Strings{"LinkRemoved l2 m1->o1"});
    CHECK_FALSE(map.link(LinkId("l2")));
    CHECK(map.links().size() == 4);
    CHECK(map.linkIndex(LinkId("l5")) == 3u);
    CHECK_FALSE(map.findLink(LinkKind::Measures, NodeId("m1"), NodeId("o1")));
    expectRefused(map, [](Map& m) { return m.removeLink(LinkId("l2")); });
    // The same link can be added again.
    CHECK(map.addLink(makeLink("l2", LinkKind::Measures, "m1", "o1"), 1).ok());
    CHECK(map.data() == sampleData());
}
