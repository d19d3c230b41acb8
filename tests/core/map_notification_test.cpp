// Map: change notification, batches and listeners.
#include "sightline/core/map.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <memory>

using namespace sightline::core;
using namespace sightline::core::test;

TEST_CASE("each operation is delivered as its own ChangeSet after the model changed", "[map][events]") {
    Map map(sampleData());
    std::vector<std::size_t> nodeCounts;
    const auto s = map.subscribe([&](const ChangeSet&) { nodeCounts.push_back(map.nodes().size()); });
    Recorder r(map);
    REQUIRE(map.addNode(objective("o7")).ok());
    REQUIRE(map.addLink(makeLink("l7", LinkKind::Drives, "o7", "g1")).ok());
    REQUIRE(map.removeNodes({NodeId("o7")}).ok());
    CHECK(described(r) == std::vector<Strings>{{"NodeAdded o7"},
                                               {"LinkAdded l7"},
                                               {"LinkRemoved l7 o7->g1", "NodeRemoved o7"}});
    CHECK(nodeCounts == std::vector<std::size_t>{6, 6, 5});
    map.unsubscribe(s);
}

TEST_CASE("a Batch delivers one ChangeSet when the outermost batch ends", "[map][events]") {
    Map map(sampleData());
    Recorder r(map);
    {
        Map::Batch outer(map);
        REQUIRE(map.addNode(objective("o7")).ok());
        {
            Map::Batch inner(map);
            REQUIRE(map.addLink(makeLink("l7", LinkKind::Drives, "o7", "g1")).ok());
            REQUIRE(map.setSettings({4, 8, 0.5}).ok());
        }
        CHECK(r.sets.empty()); // the inner batch ending delivers nothing
        // A refused operation inside a batch adds nothing.
        CHECK_FALSE(map.addNode(objective("o7")).ok());
        REQUIRE(map.setPositions(ViewKind::Results, {{NodeId("o7"), Point{1, 2}}}).ok());
        CHECK(map.node(NodeId("o7"))); // the model changes at once; only the report waits
        CHECK(r.sets.empty());
    }
    CHECK(described(r) == std::vector<Strings>{{"NodeAdded o7", "LinkAdded l7", "SettingsChanged",
                                                "PositionsChanged results o7"}});
    r.clear();
    {
        Map::Batch empty(map);
        CHECK_FALSE(map.removeLink(LinkId("ghost")).ok());
    }
    CHECK(r.sets.empty()); // an empty batch delivers nothing
    {
        Map::Batch b(map);
        REQUIRE(map.removeLink(LinkId("l7")).ok());
    }
    CHECK(described(r) == std::vector<Strings>{{"LinkRemoved l7 o7->g1"}});
}

TEST_CASE("listeners can unsubscribe, also while being told", "[map][events]") {
    Map map(sampleData());
    int a = 0, b = 0, c = 0;
    Map::Subscription sb = 0;
    const auto sa = map.subscribe([&](const ChangeSet&) {
        ++a;
        map.unsubscribe(sb); // unsubscribes b, which comes later in the list
    });
    sb = map.subscribe([&](const ChangeSet&) { ++b; });
    Map::Subscription sc = 0;
    sc = map.subscribe([&](const ChangeSet&) {
        ++c;
        map.unsubscribe(sc); // unsubscribes itself
    });
    REQUIRE(map.setSettings({4, 8, 0.5}).ok());
    CHECK(a == 1);
    CHECK(b == 0); // unsubscribed before its turn: not told any more
    CHECK(c == 1);
    REQUIRE(map.setSettings({5, 8, 0.5}).ok());
    CHECK(a == 2);
    CHECK(b == 0);
    CHECK(c == 1);
    map.unsubscribe(sa);
    map.unsubscribe(sa); // twice is harmless
    map.unsubscribe(12345);
    REQUIRE(map.setSettings({6, 8, 0.5}).ok());
    CHECK(a == 2);
}

TEST_CASE("a listener that is destroyed by another listener is not called", "[map][events]") {
    Map map(sampleData());
    auto owned = std::make_unique<int>(0);
    Map::Subscription second = 0;
    map.subscribe([&](const ChangeSet&) {
        map.unsubscribe(second);
        owned.reset(); // the second listener's state goes away with its subscription
    });
    second = map.subscribe([&](const ChangeSet&) { ++*owned; });
    REQUIRE(map.setSettings({4, 8, 0.5}).ok());
    CHECK_FALSE(owned);
}

TEST_CASE("a listener subscribed while being told hears only later changes", "[map][events]") {
    Map map(sampleData());
    int late = 0;
    bool subscribed = false;
    map.subscribe([&](const ChangeSet&) {
        if (!subscribed) {
            subscribed = true;
            map.subscribe([&](const ChangeSet&) { ++late; });
        }
    });
    REQUIRE(map.setSettings({4, 8, 0.5}).ok());
    CHECK(late == 0);
    REQUIRE(map.setSettings({5, 8, 0.5}).ok());
    CHECK(late == 1);
}

TEST_CASE("changes made by a listener reach every listener after the current ChangeSet", "[map][events]") {
    Map map(sampleData());
    std::vector<std::string> first, second;
    map.subscribe([&](const ChangeSet& c) {
        first.push_back(describe(c.events.front()));
        if (std::holds_alternative<change::NodeAdded>(c.events.front()))
            REQUIRE(map.setPositions(ViewKind::Results, {{NodeId("o7"), Point{1, 1}}}).ok());
    });
    map.subscribe([&](const ChangeSet& c) { second.push_back(describe(c.events.front())); });
    REQUIRE(map.addNode(objective("o7")).ok());
    const std::vector<std::string> expected{"NodeAdded o7", "PositionsChanged results o7"};
    CHECK(first == expected);
    CHECK(second == expected); // in order: the node first, then its position
}

TEST_CASE("no listeners: operations still work", "[map][events]") {
    Map map(sampleData());
    CHECK(map.addNode(objective("o7")).ok());
    {
        Map::Batch b(map);
        CHECK(map.removeNodes({NodeId("o7")}).ok());
    }
    CHECK(map.data() == sampleData());
}
