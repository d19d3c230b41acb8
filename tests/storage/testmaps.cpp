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
    m.people = {{PersonId("dl"), "Dana Lee", "dana@acme.example", TeamId("ops"), "Plant manager", "dlee"},
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
    // Format 2: an approval, a forecast, xmr options.
    m1.values[0].approvedBy = PersonId("dl");
    m1.values[0].approvedOn = Date::parse("2026-11-03");
    m1.values[2].approvedBy = PersonId("kim");
    m1.forecast = {{*Date::parse("2026-12-31"), 95.5, "plan"}, {*Date::parse("2027-01-31"), 90, ""}};
    m1.xmr.rules = XmrRules::Nhs;
    m1.xmr.baselinePoints = 12;
    m1.xmr.breaks = {*Date::parse("2026-11-30"), *Date::parse("2026-10-31")};
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
    m.settings.runLength = 8;
    m.settings.xmrMinPoints = 10;
    m.settings.progressPoints = 4;
    m.settings.requireApproval = true;
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
