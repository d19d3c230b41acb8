// Map: removing nodes with everything that names them, and restoring exactly what was there.
#include "cpubudget.h"
#include "sightline/core/map.h"
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <ctime>
#include <random>
#include <set>
#include <tuple>

using namespace sightline::core;
using namespace sightline::core::test;

namespace {

// A valid random map: n nodes of mixed kinds, about `links` links of allowed kinds, positions in
// every view for most nodes, and waivers naming one to three nodes.
MapData randomData(std::mt19937& rng, int n, int links, int waivers) {
    MapData d;
    d.properties.title = "Random";
    for (int i = 0; i < n; ++i) {
        const NodeKind kind = kAllNodeKinds[rng() % 3];
        d.nodes.push_back(makeNode(kind, "n" + std::to_string(i)));
        for (ViewKind v : kAllViews)
            if (rng() % 4 != 0)
                d.positionsOf(v)[d.nodes.back().id] = {double(rng() % 1000), double(rng() % 1000)};
    }
    std::set<std::tuple<LinkKind, int, int>> used;
    for (int k = 0; k < links * 4 && static_cast<int>(d.links.size()) < links; ++k) {
        const int a = static_cast<int>(rng() % n), b = static_cast<int>(rng() % n);
        const LinkKind kind = kAllLinkKinds[rng() % 4];
        if (a == b || !linkAllowed(kind, d.nodes[a].kind, d.nodes[b].kind) ||
            !used.emplace(kind, a, b).second)
            continue;
        d.links.push_back(
            makeLink("l" + std::to_string(k), kind, "n" + std::to_string(a), "n" + std::to_string(b)));
    }
    for (int w = 0; w < waivers; ++w) {
        std::vector<std::string> nodes;
        for (int j = 0, count = 1 + static_cast<int>(rng() % 3); j < count; ++j)
            nodes.push_back("n" + std::to_string(rng() % n));
        d.waivers.push_back(makeWaiver("feedback-loop", nodes));
    }
    return d;
}

} // namespace

TEST_CASE("removeNodes removes the links, positions and waivers that name the nodes", "[map][removal]") {
    Map map(sampleData());
    Recorder r(map);
    NodeRemoval removed;
    REQUIRE(map.removeNodes({NodeId("o1"), NodeId("g1")}, &removed).ok());
    CHECK(described(r) == std::vector<Strings>{{
                              "LinkRemoved l1 o1->g1",
                              "LinkRemoved l2 m1->o1",
                              "LinkRemoved l3 i1->o1",
                              "LinkRemoved l4 m2->g1",
                              "NodeRemoved g1",
                              "NodeRemoved o1",
                              "WaiversChanged",
                              "PositionsChanged results o1 g1",
                              "PositionsChanged strategy o1",
                          }});
    checkIndices(map);
    CHECK(validate(map.data()).empty());
    CHECK(map.nodes().size() == 3);
    CHECK(map.links().size() == 1);
    CHECK(map.links()[0].id == LinkId("l5"));
    CHECK(map.waivers().empty());
    CHECK(map.positions(ViewKind::Results).empty());
    CHECK(map.positions(ViewKind::Strategy).empty());
    CHECK(map.outLinks(NodeId("o1")).empty());
    CHECK(map.inLinks(NodeId("g1")).empty());
    CHECK(map.outLinks(NodeId("i1")).empty());
    CHECK(map.inLinks(NodeId("m2")).size() == 1);

    REQUIRE(removed.nodes.size() == 2);
    CHECK(removed.nodes[0].first == 0);
    CHECK(removed.nodes[0].second.id == NodeId("g1"));
    CHECK(removed.nodes[1].first == 1);
    REQUIRE(removed.links.size() == 4);
    CHECK(removed.links[3].first == 3);
    REQUIRE(removed.waivers.size() == 1);
    CHECK(removed.positions.size() == 3);
    CHECK_FALSE(removed.empty());

    r.clear();
    REQUIRE(map.restore(removed).ok());
    CHECK(map.data() == sampleData());
    checkIndices(map);
    REQUIRE(r.sets.size() == 1);
    const Strings restored = described(r).front();
    CHECK(restored == Strings{"NodeAdded g1", "NodeAdded o1", "LinkAdded l1", "LinkAdded l2", "LinkAdded l3",
                              "LinkAdded l4", "WaiversChanged", "PositionsChanged results o1 g1",
                              "PositionsChanged strategy o1"});
}

TEST_CASE("removeNodes refuses unknown nodes and changes nothing", "[map][removal]") {
    Map map(sampleData());
    expectRefused(map, [](Map& m) { return m.removeNodes({NodeId("o1"), NodeId("ghost")}); });
    Recorder r(map);
    NodeRemoval removed;
    CHECK(map.removeNodes({}, &removed).ok());
    CHECK(removed.empty());
    CHECK(r.sets.empty());
    CHECK(map.restore(removed).ok()); // restoring nothing is nothing
    CHECK(r.sets.empty());
}

TEST_CASE("removeNodes with repeated ids and without a removal record", "[map][removal]") {
    Map map(sampleData());
    Recorder r(map);
    REQUIRE(map.removeNodes({NodeId("i1"), NodeId("i1")}).ok());
    CHECK(described(r) == std::vector<Strings>{{"LinkRemoved l3 i1->o1", "NodeRemoved i1"}});
    checkIndices(map);
}

TEST_CASE("removeNodes takes the ids from a waiver of the map itself", "[map][removal]") {
    // The argument refers into the map's own data, which the removal changes.
    Map map(sampleData());
    REQUIRE(map.addWaiver(makeWaiver("mini-me", {"o1", "m1"})).ok());
    NodeRemoval removed;
    REQUIRE(map.removeNodes(map.waivers()[1].nodes, &removed).ok());
    CHECK_FALSE(map.node(NodeId("o1")));
    CHECK_FALSE(map.node(NodeId("m1")));
    CHECK_FALSE(map.position(ViewKind::Results, NodeId("o1")));
    CHECK_FALSE(map.position(ViewKind::Strategy, NodeId("o1")));
    CHECK(map.waivers().size() == 1);
    checkIndices(map);
    CHECK(validate(map.data()).empty());
    REQUIRE(map.restore(removed).ok());
    CHECK(map.waivers().size() == 2);
    CHECK(map.position(ViewKind::Strategy, NodeId("o1")) == Point{10, 20});
}

TEST_CASE("restore refuses what no longer fits and changes nothing", "[map][removal]") {
    Map map(sampleData());
    NodeRemoval removed;
    REQUIRE(map.removeNodes({NodeId("o1")}, &removed).ok());
    SECTION("the node id is taken again") {
        REQUIRE(map.addNode(objective("o1")).ok());
        expectRefused(map, [&](Map& m) { return m.restore(removed); });
    }
    SECTION("a link id is taken again") {
        REQUIRE(map.addLink(makeLink("l2", LinkKind::Drives, "m1", "g1")).ok());
        expectRefused(map, [&](Map& m) { return m.restore(removed); });
    }
    SECTION("a link's other end is gone") {
        REQUIRE(map.removeNodes({NodeId("i1")}).ok());
        expectRefused(map, [&](Map& m) { return m.restore(removed); });
    }
    SECTION("a link would be a second one of its kind between the same nodes") {
        // Only o1 can give the same ends, so the record itself is edited to hold a duplicate.
        NodeRemoval twice = removed;
        twice.links.push_back({5, makeLink("l99", LinkKind::Drives, "o1", "g1")});
        expectRefused(map, [&](Map& m) { return m.restore(twice); });
    }
    SECTION("the node's owner was removed meanwhile") {
        REQUIRE(map.removePerson(PersonId("dl")).ok());
        expectRefused(map, [&](Map& m) { return m.restore(removed); });
    }
    SECTION("the node's team was removed meanwhile") {
        Person dl = *map.person(PersonId("dl"));
        dl.team.reset();
        REQUIRE(map.updatePerson(dl).ok());
        REQUIRE(map.removeTeam(TeamId("ops")).ok());
        expectRefused(map, [&](Map& m) { return m.restore(removed); });
    }
    SECTION("the same record restored twice") {
        REQUIRE(map.restore(removed).ok());
        expectRefused(map, [&](Map& m) { return m.restore(removed); });
        CHECK(map.data() == sampleData());
    }
}

TEST_CASE("restore gives back exactly the previous map, for removals anywhere", "[map][removal]") {
    std::mt19937 rng(7);
    for (int round = 0; round < 40; ++round) {
        const MapData original = randomData(rng, 60, 150, 12);
        REQUIRE(validate(original).empty());
        Map map(original);
        // One node, a few nodes, many nodes spread through the map, or all of them.
        std::vector<NodeId> ids;
        const int mode = round % 4;
        const int count = mode == 0 ? 1 : mode == 1 ? 3 : mode == 2 ? 25 : 60;
        for (int k = 0; k < count; ++k)
            ids.push_back(mode == 3 ? original.nodes[k].id
                                    : original.nodes[rng() % original.nodes.size()].id);
        NodeRemoval removed;
        REQUIRE(map.removeNodes(ids, &removed).ok());
        checkIndices(map);
        REQUIRE(validate(map.data()).empty());
        for (const NodeId& id : ids) {
            REQUIRE_FALSE(map.node(id));
            for (ViewKind v : kAllViews)
                REQUIRE_FALSE(map.position(v, id));
            REQUIRE(map.outLinks(id).empty());
            REQUIRE(map.inLinks(id).empty());
        }
        for (const Link& l : map.links())
            REQUIRE((map.node(l.from) && map.node(l.to)));
        // Record ascending and complete.
        REQUIRE(removed.nodes.size() + map.nodes().size() == original.nodes.size());
        REQUIRE(removed.links.size() + map.links().size() == original.links.size());
        REQUIRE(removed.waivers.size() + map.waivers().size() == original.waivers.size());
        for (std::size_t k = 1; k < removed.links.size(); ++k)
            REQUIRE(removed.links[k - 1].first < removed.links[k].first);

        REQUIRE(map.restore(removed).ok());
        REQUIRE(map.data() == original);
        checkIndices(map);
    }
}

TEST_CASE("removing and restoring a node with very many links is fast", "[map][removal]") {
    // A hub objective measured by 12,000 measures, each also driving the next: removing the hub
    // must not cost the square of its links.
    constexpr int n = 12000;
    MapData d;
    d.properties.title = "Hub";
    d.nodes.push_back(objective("hub"));
    for (int i = 0; i < n; ++i) {
        d.nodes.push_back(measure("m" + std::to_string(i)));
        d.links.push_back(
            makeLink("a" + std::to_string(i), LinkKind::Measures, "m" + std::to_string(i), "hub"));
    }
    for (int i = 0; i + 1 < n; i += 2)
        d.links.push_back(
            makeLink("b" + std::to_string(i), LinkKind::Drives, "hub", "m" + std::to_string(i)));
    Map map(d);
    const std::clock_t start = std::clock(); // processor time: the machine may be busy
    NodeRemoval removed;
    REQUIRE(map.removeNodes({NodeId("hub")}, &removed).ok());
    CHECK(map.links().empty());
    CHECK(removed.links.size() == d.links.size());
    REQUIRE(map.restore(removed).ok());
    // And many leaves of the hub at once: the hub's own lists shrink by thousands.
    std::vector<NodeId> leaves;
    for (int i = 0; i < n; i += 2)
        leaves.push_back(NodeId("m" + std::to_string(i)));
    NodeRemoval leafRemoval;
    REQUIRE(map.removeNodes(leaves, &leafRemoval).ok());
    CHECK(map.inLinks(NodeId("hub")).size() == static_cast<std::size_t>(n / 2));
    CHECK(map.outLinks(NodeId("hub")).empty());
    REQUIRE(map.restore(leafRemoval).ok());
    const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    CHECK(map.data() == d);
    CHECK(seconds < 3.0 * sightline::test::kCpuScale);
    checkIndices(map);
}

TEST_CASE("removeNodes inside a batch joins the batch's ChangeSet", "[map][removal]") {
    Map map(sampleData());
    Recorder r(map);
    {
        Map::Batch b(map);
        REQUIRE(map.addNode(objective("o9")).ok());
        REQUIRE(map.removeNodes({NodeId("i1")}).ok());
    }
    CHECK(described(r) == std::vector<Strings>{{"NodeAdded o9", "LinkRemoved l3 i1->o1", "NodeRemoved i1"}});
}
