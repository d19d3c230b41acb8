#include "testmaps.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace sightline::storage::test {

using namespace sightline::core;

MapData fullMap() {
    MapData m;
    m.properties = {"Acme strategy 2027", "Where Acme goes next", Vocabulary::Bsc};
    m.perspectives.push_back({PerspectiveId("community"), "Community"});
    m.teams = {{TeamId("acme"), "Acme", std::nullopt, "#112233"},
               {TeamId("ops"), "Operations", TeamId("acme"), ""},
               {TeamId("plant"), "Plant 2", TeamId("ops"), "#a0b0c0"}};
    m.people = {{PersonId("dl"), "Dana Lee", "dana@acme.example", TeamId("ops"), "Plant manager"},
                {PersonId("kim"), "Kim Ng", "", std::nullopt, ""}};

    Node g1;
    g1.id = NodeId("g1");
    g1.kind = NodeKind::Objective;
    g1.title = "Operating margin grows";
    g1.team = TeamId("acme");
    g1.perspective = PerspectiveId("financial");
    g1.goal = true;
    Node o1;
    o1.id = NodeId("o1");
    o1.kind = NodeKind::Objective;
    o1.title = "Plant downtime falls";
    o1.description = "Less waiting, \"quotes\", ünïcödé ✓";
    o1.team = TeamId("ops");
    o1.owner = PersonId("dl");
    o1.perspective = PerspectiveId("process");
    Node m1;
    m1.id = NodeId("m1");
    m1.kind = NodeKind::Measure;
    m1.title = "Unplanned downtime hours";
    m1.team = TeamId("plant");
    m1.owner = PersonId("dl");
    m1.unit = "h";
    m1.direction = Direction::Down;
    m1.baseline = 120;
    m1.target = 60.25;
    m1.cadence = Cadence::Monthly;
    m1.values = {{*Date::parse("2026-10-31"), 104, "after the fix"},
                 {*Date::parse("2026-09-30"), 118.5, ""},
                 {*Date::parse("2026-11-30"), -0.1, ""}};
    Node m2;
    m2.id = NodeId("m2");
    m2.kind = NodeKind::Measure;
    m2.title = "Downtime line 1";
    m2.direction = Direction::Target;
    m2.cadence = Cadence::Weekly;
    Node i1;
    i1.id = NodeId("i1");
    i1.kind = NodeKind::Initiative;
    i1.title = "Predictive maintenance";
    i1.owner = PersonId("kim");
    i1.status = InitiativeStatus::OnHold;
    i1.start = Date::parse("2026-01-15");
    i1.due = Date::parse("2027-02-28");
    m.nodes = {g1, o1, m1, m2, i1};

    m.links = {{LinkId("l1"), LinkKind::Drives, NodeId("o1"), NodeId("g1"), Polarity::Negative, 0.5,
                Aggregate::Sum, "side effect"},
               {LinkId("l2"), LinkKind::Measures, NodeId("m1"), NodeId("o1"), Polarity::Positive, 1.0,
                Aggregate::Sum, ""},
               {LinkId("l3"), LinkKind::Supports, NodeId("i1"), NodeId("o1"), Polarity::Positive, 1.0,
                Aggregate::Sum, ""},
               {LinkId("l4"), LinkKind::Rollup, NodeId("m2"), NodeId("m1"), Polarity::Positive, 1.0,
                Aggregate::Average, ""}};
    m.positionsOf(ViewKind::Results)[NodeId("g1")] = {0, 0};
    m.positionsOf(ViewKind::Results)[NodeId("o1")] = {0.125, 180.5};
    m.positionsOf(ViewKind::Strategy)[NodeId("m1")] = {-40, 1e6};
    m.positionsOf(ViewKind::Hierarchy)[NodeId("i1")] = {3, 4};
    m.settings = {5, 10, 0.75};
    m.waivers = {{"mini-me",
                  {NodeId("o1"), NodeId("g1")},
                  std::nullopt,
                  "copied on purpose",
                  PersonId("dl"),
                  Date::parse("2026-11-02")},
                 {"too-many-objectives", {}, TeamId("ops"), "a big team", std::nullopt, std::nullopt}};
    return m;
}

MapData generatedMap(int count, unsigned seed) {
    std::mt19937 random(seed);
    MapData m;
    m.properties.title = "Generated map " + std::to_string(count);
    m.teams.push_back({TeamId("t0"), "Organisation", std::nullopt, ""});
    const int teams = std::max(1, count / 20);
    for (int t = 1; t < teams; ++t)
        m.teams.push_back({TeamId("t" + std::to_string(t)), "Team " + std::to_string(t),
                           TeamId("t" + std::to_string((t - 1) / 4)), ""});
    for (int p = 0; p < teams; ++p)
        m.people.push_back({PersonId("p" + std::to_string(p)), "Person " + std::to_string(p), "",
                            TeamId("t" + std::to_string(p)), ""});
    std::vector<NodeId> objectives;
    for (int i = 0; i < count; ++i) {
        Node n;
        n.id = NodeId("n" + std::to_string(i));
        const int kind = i < 3 ? 0 : static_cast<int>(random() % 3);
        n.kind = kind == 0 ? NodeKind::Objective : kind == 1 ? NodeKind::Measure : NodeKind::Initiative;
        n.title = "Node " + std::to_string(i) + " of the generated map";
        n.team = TeamId("t" + std::to_string(random() % static_cast<unsigned>(teams)));
        if (random() % 2)
            n.owner = PersonId("p" + std::to_string(random() % static_cast<unsigned>(teams)));
        if (n.kind == NodeKind::Measure) {
            n.unit = "%";
            n.target = static_cast<double>(random() % 100);
            n.cadence = Cadence::Monthly;
            for (int v = 0; v < 3; ++v)
                n.values.push_back(
                    {Date::fromDays(20000 + v * 30), static_cast<double>(random() % 1000) / 7.0, ""});
        }
        if (n.kind == NodeKind::Initiative)
            n.status = InitiativeStatus::Active;
        m.nodes.push_back(n);
        m.positionsOf(ViewKind::Results)[n.id] = {static_cast<double>(i % 100) * 200.0,
                                                  static_cast<double>(i / 100) * 120.0};
        if (n.kind == NodeKind::Objective)
            objectives.push_back(n.id);
    }
    int l = 0;
    for (std::size_t i = 1; i < m.nodes.size(); ++i) {
        const Node& n = m.nodes[i];
        const NodeId& target = objectives[random() % objectives.size()];
        if (target == n.id)
            continue;
        const LinkKind kind = n.kind == NodeKind::Objective ? LinkKind::Drives
                              : n.kind == NodeKind::Measure ? LinkKind::Measures
                                                            : LinkKind::Supports;
        m.links.push_back({LinkId("l" + std::to_string(l++)), kind, n.id, target, Polarity::Positive, 1.0,
                           Aggregate::Sum, ""});
    }
    return m;
}

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

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

std::string queryFile(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::string out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            out = text ? text : "";
        } else {
            out = std::string("error: ") + sqlite3_errmsg(db);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

std::unique_ptr<RmapDocument> createDocument(const QString& path, const core::MapData& map) {
    auto created = RmapDocument::create(path, map);
    INFO(created.error.toStdString());
    REQUIRE(created.document);
    return std::move(created.document);
}

} // namespace sightline::storage::test
