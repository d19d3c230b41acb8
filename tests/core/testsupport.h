#pragma once

// Small builders and a change recorder shared by the core tests.
#include "sightline/core/changevisitor.h"
#include "sightline/core/map.h"
#include "sightline/core/mapdata.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace sightline::core::test {

inline Node objective(std::string id, std::string title = "An objective") {
    Node n;
    n.id = NodeId(std::move(id));
    n.kind = NodeKind::Objective;
    n.title = std::move(title);
    return n;
}

inline Node measure(std::string id, std::string title = "A measure") {
    Node n = objective(std::move(id), std::move(title));
    n.kind = NodeKind::Measure;
    return n;
}

inline Node initiative(std::string id, std::string title = "An initiative") {
    Node n = objective(std::move(id), std::move(title));
    n.kind = NodeKind::Initiative;
    return n;
}

inline Node makeNode(NodeKind kind, std::string id) {
    Node n = objective(std::move(id));
    n.kind = kind;
    return n;
}

inline Link makeLink(std::string id, LinkKind kind, std::string from, std::string to) {
    Link l;
    l.id = LinkId(std::move(id));
    l.kind = kind;
    l.from = NodeId(std::move(from));
    l.to = NodeId(std::move(to));
    return l;
}

inline Team makeTeam(std::string id, std::string name, std::optional<std::string> parent = {}) {
    Team t;
    t.id = TeamId(std::move(id));
    t.name = std::move(name);
    if (parent)
        t.parent = TeamId(*parent);
    return t;
}

inline Person makePerson(std::string id, std::string name, std::optional<std::string> team = {}) {
    Person p;
    p.id = PersonId(std::move(id));
    p.name = std::move(name);
    if (team)
        p.team = TeamId(*team);
    return p;
}

inline Waiver makeWaiver(std::string rule, std::vector<std::string> nodes, std::string reason = "accepted") {
    Waiver w;
    w.rule = std::move(rule);
    for (auto& n : nodes)
        w.nodes.emplace_back(std::move(n));
    w.reason = std::move(reason);
    return w;
}

// A small valid map: two teams, a person, a goal with a measure, an initiative and a sub-objective.
//   nodes: g1 (objective, goal), o1 (objective), m1 (measure), m2 (measure), i1 (initiative)
//   links: l1 o1 drives g1, l2 m1 measures o1, l3 i1 supports o1, l4 m2 measures g1, l5 m1 drives m2
inline MapData sampleData() {
    MapData d;
    d.properties.title = "Sample map";
    d.teams = {makeTeam("acme", "Acme"), makeTeam("ops", "Operations", "acme")};
    d.people = {makePerson("dl", "Dana Lee", "ops")};
    Node g1 = objective("g1", "Operating margin grows");
    g1.goal = true;
    g1.team = TeamId("acme");
    g1.perspective = PerspectiveId("financial");
    Node o1 = objective("o1", "Plant downtime falls");
    o1.team = TeamId("ops");
    o1.owner = PersonId("dl");
    Node m1 = measure("m1", "Unplanned downtime hours");
    m1.unit = "h";
    m1.direction = Direction::Down;
    m1.target = 60;
    m1.values = {{*Date::parse("2026-09-30"), 118, ""},
                 {*Date::parse("2026-10-31"), 104, "after the overhaul"}};
    Node m2 = measure("m2", "Operating margin");
    Node i1 = initiative("i1", "Predictive maintenance");
    i1.status = InitiativeStatus::Active;
    d.nodes = {g1, o1, m1, m2, i1};
    d.links = {makeLink("l1", LinkKind::Drives, "o1", "g1"), makeLink("l2", LinkKind::Measures, "m1", "o1"),
               makeLink("l3", LinkKind::Supports, "i1", "o1"), makeLink("l4", LinkKind::Measures, "m2", "g1"),
               makeLink("l5", LinkKind::Drives, "m1", "m2")};
    d.positionsOf(ViewKind::Results)[NodeId("g1")] = {0, 0};
    d.positionsOf(ViewKind::Results)[NodeId("o1")] = {0, 180};
    d.positionsOf(ViewKind::Strategy)[NodeId("o1")] = {10, 20};
    d.waivers = {makeWaiver("no-owner", {"g1"}, "the board owns it")};
    return d;
}

// Records every ChangeSet a map delivers.
struct Recorder {
    explicit Recorder(Map& map) : map_(map) {
        subscription = map.subscribe([this](const ChangeSet& c) { sets.push_back(c); });
    }
    ~Recorder() { map_.unsubscribe(subscription); }
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    // All events of the only ChangeSet delivered (fails the test when there is not exactly one).
    const std::vector<ChangeEvent>& only() const {
        static const std::vector<ChangeEvent> none;
        return sets.size() == 1 ? sets.front().events : none;
    }
    void clear() { sets.clear(); }

    Map& map_;
    Map::Subscription subscription = 0;
    std::vector<ChangeSet> sets;
};

template <class E> std::size_t countOf(const std::vector<ChangeEvent>& events) {
    std::size_t n = 0;
    for (const auto& e : events)
        n += std::holds_alternative<E>(e) ? 1 : 0;
    return n;
}

template <class E> std::vector<E> eventsOf(const std::vector<ChangeEvent>& events) {
    std::vector<E> out;
    for (const auto& e : events)
        if (const E* x = std::get_if<E>(&e))
            out.push_back(*x);
    return out;
}

using core::describe;

using Strings = std::vector<std::string>;

// The events of each delivered ChangeSet, described; one inner vector per ChangeSet.
inline std::vector<Strings> described(const Recorder& r) {
    std::vector<Strings> out;
    for (const ChangeSet& c : r.sets) {
        Strings s;
        for (const auto& e : c.events)
            s.push_back(describe(e));
        out.push_back(std::move(s));
    }
    return out;
}

// Checks that every index of the map agrees with a brute-force recomputation over data().
inline void checkIndices(const Map& map) {
    const MapData& d = map.data();
    bool ok = true;
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        ok = ok && map.nodeIndex(d.nodes[i].id) == i && map.node(d.nodes[i].id) == &d.nodes[i];
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        const Link& l = d.links[i];
        ok = ok && map.linkIndex(l.id) == i && map.link(l.id) == &l &&
             map.findLink(l.kind, l.from, l.to) == &l;
    }
    for (std::size_t i = 0; i < d.teams.size(); ++i)
        ok = ok && map.teamIndex(d.teams[i].id) == i && map.team(d.teams[i].id) == &d.teams[i];
    for (std::size_t i = 0; i < d.people.size(); ++i)
        ok = ok && map.personIndex(d.people[i].id) == i && map.person(d.people[i].id) == &d.people[i];
    for (std::size_t i = 0; i < d.perspectives.size(); ++i)
        ok = ok && map.perspectiveIndex(d.perspectives[i].id) == i &&
             map.perspective(d.perspectives[i].id) == &d.perspectives[i];
    REQUIRE(ok);

    // Adjacency: the same link ids as a scan of data().links, per node.
    std::unordered_map<NodeId, std::vector<std::string>> out, in;
    for (const Link& l : d.links) {
        out[l.from].push_back(l.id.str());
        in[l.to].push_back(l.id.str());
    }
    std::size_t outTotal = 0, inTotal = 0;
    for (const Node& n : d.nodes) {
        auto sorted = [](const std::vector<LinkId>& ids) {
            std::vector<std::string> s;
            for (const LinkId& id : ids)
                s.push_back(id.str());
            std::sort(s.begin(), s.end());
            return s;
        };
        auto& eo = out[n.id];
        auto& ei = in[n.id];
        std::sort(eo.begin(), eo.end());
        std::sort(ei.begin(), ei.end());
        const auto go = sorted(map.outLinks(n.id));
        const auto gi = sorted(map.inLinks(n.id));
        if (go != eo || gi != ei) {
            INFO("node " << n.id.str());
            REQUIRE(go == eo);
            REQUIRE(gi == ei);
        }
        outTotal += go.size();
        inTotal += gi.size();
    }
    REQUIRE(outTotal == d.links.size());
    REQUIRE(inTotal == d.links.size());
}

// Runs an operation that must be refused: it returns an error with a message, and changes and
// emits nothing.
template <class Op> void expectRefused(Map& map, Op op) {
    const MapData before = map.snapshot();
    std::size_t delivered = 0;
    const auto s = map.subscribe([&](const ChangeSet&) { ++delivered; });
    const Status status = op(map);
    map.unsubscribe(s);
    CHECK_FALSE(status.ok());
    CHECK_FALSE(status.message().empty());
    CHECK(map.data() == before);
    CHECK(delivered == 0);
    checkIndices(map);
}

// Runs an operation that must succeed; returns the described events of its one ChangeSet.
template <class Op> Strings expectApplied(Map& map, Op op) {
    Recorder r(map);
    const Status status = op(map);
    INFO(status.message());
    CHECK(status.ok());
    checkIndices(map);
    const auto sets = described(r);
    CHECK(sets.size() == 1);
    return sets.empty() ? Strings{} : sets.front();
}

} // namespace sightline::core::test
