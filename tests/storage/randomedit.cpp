// randomEdit() of testmaps.h: one random, valid edit through the model operations.

#include "testmaps.h"

#include <optional>
#include <utility>
#include <vector>

namespace sightline::storage::test {

using namespace sightline::core;

namespace {

template <class T> const T& pick(const std::vector<T>& items, std::mt19937& random) {
    return items[random() % items.size()];
}

std::string number(std::mt19937& random) {
    return std::to_string(random() % 1000);
}

Node randomNode(const Map& map, std::mt19937& random) {
    Node n;
    const unsigned k = random() % 3;
    n.kind = k == 0 ? NodeKind::Objective : k == 1 ? NodeKind::Measure : NodeKind::Initiative;
    n.id = map.newNodeId(n.kind);
    n.title = "Node " + number(random);
    if (!map.teams().empty() && random() % 2)
        n.team = pick(map.teams(), random).id;
    if (!map.people().empty() && random() % 2)
        n.owner = pick(map.people(), random).id;
    if (!map.perspectives().empty() && random() % 2)
        n.perspective = pick(map.perspectives(), random).id;
    if (n.kind == NodeKind::Measure) {
        n.unit = "kg";
        n.baseline = static_cast<double>(random() % 50) / 4.0;
        for (int v = 0; v < static_cast<int>(random() % 3); ++v)
            n.values.push_back(
                {Date::fromDays(19000 + v), static_cast<double>(random() % 100), v ? "" : "first"});
    }
    if (n.kind == NodeKind::Initiative && random() % 2)
        n.due = Date::fromDays(21000 + random() % 100);
    return n;
}

std::optional<std::size_t> randomIndex(std::size_t size, std::mt19937& random) {
    if (random() % 2)
        return std::nullopt;
    return static_cast<std::size_t>(random() % (size + 1));
}

bool oneEdit(Map& map, std::mt19937& random, std::string& what) {
    const unsigned op = random() % 18;
    switch (op) {
    case 0: {
        MapProperties p = map.properties();
        p.title = "Title " + number(random);
        what = "properties";
        return map.setProperties(p).ok();
    }
    case 1: {
        Settings s = map.settings();
        s.maxMeasuresPerObjective = static_cast<int>(random() % 9);
        what = "settings";
        return map.setSettings(s).ok();
    }
    case 2:
    case 3: {
        what = "add node";
        return map.addNode(randomNode(map, random), randomIndex(map.nodes().size(), random)).ok();
    }
    case 4: {
        if (map.nodes().empty())
            return false;
        Node n = pick(map.nodes(), random);
        n.title = "Changed " + number(random);
        n.description = random() % 2 ? "" : "described";
        if (n.kind == NodeKind::Measure)
            n.values.push_back({Date::fromDays(22000 + random() % 1000), 1.5, ""});
        what = "update node";
        return map.updateNode(n).ok();
    }
    case 5: {
        if (map.nodes().empty())
            return false;
        what = "remove node";
        return map.removeNodes({pick(map.nodes(), random).id}).ok();
    }
    case 6: {
        if (map.nodes().size() < 2)
            return false;
        const Node& a = pick(map.nodes(), random);
        const Node& b = pick(map.nodes(), random);
        Link l;
        l.id = map.newLinkId();
        l.from = a.id;
        l.to = b.id;
        l.kind = a.kind == NodeKind::Initiative                                 ? LinkKind::Supports
                 : a.kind == NodeKind::Measure && b.kind == NodeKind::Objective ? LinkKind::Measures
                                                                                : LinkKind::Drives;
        if (l.kind == LinkKind::Drives && random() % 2) {
            l.polarity = Polarity::Negative;
            l.weight = 0.25;
        }
        what = "add link";
        return map.addLink(l, randomIndex(map.links().size(), random)).ok();
    }
    case 7: {
        if (map.links().empty())
            return false;
        Link l = pick(map.links(), random);
        l.note = "note " + number(random);
        what = "update link";
        return map.updateLink(l).ok();
    }
    case 8: {
        if (map.links().empty())
            return false;
        what = "remove link";
        return map.removeLink(pick(map.links(), random).id).ok();
    }
    case 9: {
        Team t{map.newTeamId(), "Team " + number(random), std::nullopt, random() % 2 ? "#00ff00" : ""};
        if (!map.teams().empty() && random() % 2)
            t.parent = pick(map.teams(), random).id;
        what = "add team";
        return map.addTeam(t, randomIndex(map.teams().size(), random)).ok();
    }
    case 10: {
        if (map.teams().empty())
            return false;
        Team t = pick(map.teams(), random);
        t.name = "Renamed " + number(random);
        what = "update team";
        if (!map.updateTeam(t).ok())
            return false;
        return true;
    }
    case 11: {
        if (map.teams().empty())
            return false;
        what = "remove team";
        return map.removeTeam(pick(map.teams(), random).id).ok();
    }
    case 12: {
        Person p{map.newPersonId(), "Person " + number(random), "", std::nullopt, "role"};
        if (!map.teams().empty())
            p.team = pick(map.teams(), random).id;
        what = "add person";
        return map.addPerson(p, randomIndex(map.people().size(), random)).ok();
    }
    case 13: {
        if (map.people().empty())
            return false;
        if (random() % 2) {
            Person p = pick(map.people(), random);
            p.email = "x@example.org";
            what = "update person";
            return map.updatePerson(p).ok();
        }
        what = "remove person";
        return map.removePerson(pick(map.people(), random).id).ok();
    }
    case 14: {
        const unsigned k = random() % 3;
        what = "perspective";
        if (k == 0)
            return map
                .addPerspective({map.newPerspectiveId(), "Band " + number(random)},
                                randomIndex(map.perspectives().size(), random))
                .ok();
        if (map.perspectives().empty())
            return false;
        if (k == 1) {
            Perspective p = pick(map.perspectives(), random);
            p.name = "Band " + number(random);
            return map.updatePerspective(p).ok();
        }
        return map.removePerspective(pick(map.perspectives(), random).id).ok();
    }
    case 15: {
        if (map.nodes().empty())
            return false;
        const ViewKind view = kAllViews[random() % 3];
        std::vector<std::pair<NodeId, std::optional<Point>>> moves;
        for (int i = 0; i < 1 + static_cast<int>(random() % 3); ++i) {
            std::optional<Point> p;
            if (random() % 4)
                p = Point{static_cast<double>(random() % 500) + 0.5, static_cast<double>(random() % 500)};
            moves.emplace_back(pick(map.nodes(), random).id, p);
        }
        what = "positions";
        return map.setPositions(view, moves).ok();
    }
    case 16: {
        if (map.nodes().empty())
            return false;
        const unsigned k = random() % 3;
        what = "waiver";
        if (k == 0 || map.waivers().empty())
            return map
                .addWaiver({"no-owner",
                            {pick(map.nodes(), random).id},
                            std::nullopt,
                            "accepted",
                            std::nullopt,
                            Date::fromDays(20500)},
                           randomIndex(map.waivers().size(), random))
                .ok();
        const std::size_t index = random() % map.waivers().size();
        if (k == 1) {
            Waiver w = map.waivers()[index];
            w.reason = "because " + number(random);
            return map.updateWaiver(index, w).ok();
        }
        return map.removeWaiver(index).ok();
    }
    default: {
        // A batch: several edits, or a removal with its restore, as one change set.
        if (map.nodes().size() < 2)
            return false;
        Map::Batch batch(map);
        if (random() % 2) {
            what = "batch remove+restore";
            NodeRemoval removed;
            std::vector<NodeId> ids{pick(map.nodes(), random).id, pick(map.nodes(), random).id};
            if (ids[0] == ids[1])
                ids.pop_back();
            if (!map.removeNodes(ids, &removed).ok())
                return false;
            if (random() % 2)
                (void)map.restore(removed);
            return true;
        }
        what = "batch";
        bool any = false;
        std::string inner;
        for (int i = 0; i < 2 + static_cast<int>(random() % 4); ++i)
            any = oneEdit(map, random, inner) || any;
        return any;
    }
    }
}

} // namespace

std::string randomEdit(Map& map, std::mt19937& random) {
    std::string what;
    for (int attempt = 0; attempt < 100; ++attempt)
        if (oneEdit(map, random, what))
            return what;
    return "nothing";
}

} // namespace sightline::storage::test
