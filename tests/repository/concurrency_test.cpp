// Eight processes applying 250 edits each to one map at the same time: every edit is there at
// the end, revisions are gap-free, the map is valid.
#include "sightline/io/jsonmapreader.h"
#include "sightline/storage/repositorymap.h"
#include "testdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <fstream>

using namespace sightline;
using namespace sightline::repotest;

namespace {

// A small plant: the teams of the manufacturer example that the grants name, eight measures.
core::MapData plant() {
    std::string json = R"({"format": "sightline-map", "version": 2, "title": "Plant measures",
      "teams": [{"id": "bw", "name": "Brackwater"}, {"id": "ops", "name": "Operations", "parent": "bw"},
                {"id": "prod", "name": "Production", "parent": "ops"}, {"id": "maint", "name": "Maintenance", "parent": "ops"},
                {"id": "comm", "name": "Commercial", "parent": "bw"}, {"id": "sales", "name": "Sales", "parent": "comm"}],
      "nodes": [)";
    const char* nodes[][2] = {{"m-fpy", "prod"},       {"m-scrap", "prod"}, {"m-oee", "prod"},
                              {"m-downtime", "maint"}, {"m-mtbf", "maint"}, {"m-margin", "bw"},
                              {"m-repeat", "bw"},      {"m-ltifr", "bw"}};
    for (const auto& [id, team] : nodes)
        json += std::string(id == nodes[0][0] ? "" : ",") + R"({"id": ")" + id +
                R"(", "kind": "measure", "title": ")" + id + R"(", "team": ")" + team + R"("})";
    json += R"(], "links": []})";
    io::ReadResult read = io::readMapJson(json);
    REQUIRE(read.ok());
    return std::move(*read.map);
}

} // namespace

TEST_CASE("8 writers x 250 edits: nothing is lost", "[repository][concurrency]") {
    TestDatabase db;
    db.uploadWithGrants("m", plant());
    constexpr int kWriters = 8;
    constexpr int kEdits = 250;
    // Each writer keeps one measure current (values on distinct dates) and renames a node
    // every tenth line; alice writes the prod and maint measures as an editor, fran the rest.
    const char* measures[kWriters] = {"m-fpy",  "m-scrap",  "m-oee",    "m-downtime",
                                      "m-mtbf", "m-margin", "m-repeat", "m-ltifr"};
    const char* users[kWriters] = {"alice", "alice", "alice", "alice", "alice", "fran", "fran", "fran"};
    QTemporaryDir dir;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < kWriters; ++w) {
        const std::string script = dir.filePath(QStringLiteral("w%1.jsonl").arg(w)).toStdString();
        std::ofstream out(script);
        for (int i = 0; i < kEdits; ++i) {
            if (i % 10 == 9)
                out << R"({"op":"set","entity":"node","id":")" << measures[w]
                    << R"(","field":"description","value":"edit )" << i << "\"}\n";
            else
                out << R"({"op":"add-value","measure":")" << measures[w] << R"(","date":")" << 2040 + i / 12
                    << "-" << (i % 12 < 9 ? "0" : "") << i % 12 + 1 << R"(-01","value":)" << i << "}\n";
        }
        out.close();
        auto p = std::make_unique<QProcess>();
        p->setProgram(QStringLiteral(SIGHTLINE_CLI_PATH));
        p->setArguments({QStringLiteral("edit"), QString::fromStdString(db.url(users[w], "m")),
                         QStringLiteral("--script"), QString::fromStdString(script)});
        processes.push_back(std::move(p));
    }
    for (auto& p : processes)
        p->start();
    for (int w = 0; w < kWriters; ++w) {
        QProcess& p = *processes[static_cast<std::size_t>(w)];
        REQUIRE(p.waitForFinished(600000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        INFO("writer " << w << ": " << p.readAllStandardError().toStdString() << out.left(400).toStdString());
        CHECK(p.exitCode() == 0);
        CHECK(out.count(QStringLiteral("ok ")) == kEdits);
    }
    auto repo = db.connect("sightline_admin");
    storage::RepositoryMap map(*repo, "m");
    REQUIRE(map.open().ok());
    CHECK(map.revision() == 1 + kWriters * kEdits);
    const core::MapData before = plant();
    for (int w = 0; w < kWriters; ++w) {
        auto find = [&](const core::MapData& m) -> const core::Node* {
            for (const core::Node& n : m.nodes)
                if (n.id.str() == measures[w])
                    return &n;
            return nullptr;
        };
        const core::Node* was = find(before);
        const core::Node* now = find(map.map());
        REQUIRE(was);
        REQUIRE(now);
        CHECK(now->values.size() == was->values.size() + kEdits - kEdits / 10);
        CHECK(now->description == "edit 249");
    }
    core::Status status;
    const auto log = repo->log("m", 0, status);
    REQUIRE(log.size() == static_cast<std::size_t>(1 + kWriters * kEdits));
    for (std::size_t i = 0; i < log.size(); ++i)
        REQUIRE(log[i].rev == static_cast<long long>(i + 1));
}
