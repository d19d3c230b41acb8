// ChangeFootprint: what change sets touched, entity by entity, and whether two overlap.
#include "sightline/core/changefootprint.h"
#include "sightline/core/map.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace sightline::core;
using namespace sightline::core::test;

namespace {

// The footprint of one operation on `map` (withEnds: as another person's change is read).
ChangeFootprint footprintOf(Map& map, const std::function<Status(Map&)>& edit, bool withEnds = false) {
    ChangeFootprint out;
    const auto s = map.subscribe([&](const ChangeSet& c) {
        if (withEnds)
            out.addWithLinkEnds(c, map);
        else
            out.add(c);
    });
    REQUIRE(edit(map).ok());
    map.unsubscribe(s);
    return out;
}

Node retitled(const Map& map, const char* id, const char* title) {
    Node n = *map.node(NodeId(id));
    n.title = title;
    return n;
}

} // namespace

TEST_CASE("footprints overlap where two changes touched the same entity", "[events][footprint]") {
    Map map(sampleData());
    const auto renameO1 =
        footprintOf(map, [&](Map& m) { return m.updateNode(retitled(m, "o1", "Downtime falls")); });
    const auto renameM1 =
        footprintOf(map, [&](Map& m) { return m.updateNode(retitled(m, "m1", "Downtime hours")); });
    const auto moveO1 = footprintOf(map, [](Map& m) {
        return m.setPositions(ViewKind::Results, {{NodeId("o1"), Point{40, 40}}});
    });
    const auto moveO1Strategy = footprintOf(map, [](Map& m) {
        return m.setPositions(ViewKind::Strategy, {{NodeId("o1"), Point{50, 50}}});
    });
    const auto settings = footprintOf(map, [](Map& m) {
        Settings s = m.settings();
        s.requireApproval = !s.requireApproval;
        return m.setSettings(s);
    });
    CHECK(renameO1.size() == 1);
    CHECK_FALSE(renameO1.overlaps(renameM1));
    CHECK(renameO1.overlaps(renameO1));
    // A node's place is not the node: moving it and renaming it are separate things, and so
    // are its places in two views.
    CHECK_FALSE(moveO1.overlaps(renameO1));
    CHECK_FALSE(moveO1.overlaps(moveO1Strategy));
    CHECK_FALSE(settings.overlaps(renameO1));
    CHECK(ChangeFootprint().empty());
    CHECK_FALSE(ChangeFootprint().overlaps(renameO1));

    // Removing a node touches its links too.
    const auto removeI1 = footprintOf(map, [](Map& m) { return m.removeNodes({NodeId("i1")}); });
    ChangeFootprint link3;
    {
        ChangeSet c;
        c.events.push_back(change::LinkChanged{LinkId("l3")});
        link3.add(c);
    }
    CHECK(removeI1.overlaps(link3));
    CHECK_FALSE(removeI1.overlaps(renameO1)); // o1 keeps its other links: not touched

    // Read as another person's change, a link brings its two ends: a new link to o1 overlaps
    // a step that renamed o1 (undoing the step's adding of o1 would remove that link too).
    const auto linkToO1 = footprintOf(
        map, [](Map& m) { return m.addLink(makeLink("l9", LinkKind::Drives, "m2", "o1")); }, true);
    CHECK(linkToO1.overlaps(renameO1));
    const auto linkPlain = footprintOf(map, [](Map& m) { return m.removeLink(LinkId("l9")); });
    CHECK_FALSE(linkPlain.overlaps(renameO1));
    CHECK(linkPlain.overlaps(linkToO1));

    ChangeFootprint both = renameO1;
    both.add(renameM1);
    CHECK(both.overlaps(renameM1));
    CHECK(both.size() == 2);
}
