#include "sightline/io/jsonmapreader.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "sightline/storage/schema.h"
#include "testmaps.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

// A version-0 file: Sightline's application id, user_version 0, no tables yet.
void makeVersion0(const QString& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const std::string statements =
        "PRAGMA application_id = " + std::to_string(kApplicationId) + "; PRAGMA user_version = 0;";
    REQUIRE(sqlite3_exec(db, statements.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

std::string scalar(QSqlDatabase& db, const QString& query) {
    QSqlQuery q(db);
    if (!q.exec(query) || !q.next())
        return "error";
    return q.value(0).toString().toStdString();
}

} // namespace

TEST_CASE("a version-0 file is migrated to the current version when opened", "[storage][migration]") {
    TempDir dir;
    const QString path = dir.file("v0.rmap");
    makeVersion0(path);
    REQUIRE(queryFile(path, "PRAGMA user_version") == "0");

    // Read-only: read through a migrated copy in memory; the file stays at version 0.
    const QByteArray before = fileBytes(path);
    {
        auto readOnly = RmapDocument::open(path, true);
        REQUIRE(readOnly.document);
        CHECK(readOnly.document->map().properties().title == "Untitled map");
        CHECK_FALSE(readOnly.document->isInSync());
    }
    CHECK((fileBytes(path) == before));

    auto opened = RmapDocument::open(path);
    REQUIRE(opened.error.isEmpty());
    REQUIRE(opened.document);
    CHECK(opened.document->map().nodes().empty());
    CHECK(opened.document->map().properties().title == "Untitled map");
    CHECK(queryFile(path, "PRAGMA user_version") == std::to_string(kSchemaVersion));
    CHECK(queryFile(path, "PRAGMA application_id") == std::to_string(kApplicationId));

    // The migrated file takes edits like any other.
    core::Node n;
    n.id = core::NodeId("o1");
    n.title = "First result";
    REQUIRE(opened.document->map().addNode(n).ok());
    CHECK(queryFile(path, "SELECT title FROM nodes WHERE id = 'o1'") == "First result");
}

TEST_CASE("migration steps run in order, each in its own transaction", "[storage][migration]") {
    TempDir dir;
    const QString path = dir.file("steps.rmap");
    makeVersion0(path);
    std::vector<MigrationStep> steps = migrationSteps();
    std::vector<int> ran;
    const int next = kSchemaVersion + 1; // versions after Sightline's own
    steps.push_back({next, "add a column", [&](QSqlDatabase& db) {
                         ran.push_back(next);
                         QSqlQuery q(db);
                         if (!q.exec("ALTER TABLE nodes ADD COLUMN colour TEXT"))
                             return QStringLiteral("alter failed");
                         return QString();
                     }});
    steps.push_back({next + 1, "a step that fails half-way", [&](QSqlDatabase& db) {
                         ran.push_back(next + 1);
                         QSqlQuery q(db);
                         if (!q.exec("CREATE TABLE half_done (x)"))
                             return QStringLiteral("create failed");
                         return QStringLiteral("disk on fire");
                     }});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "migration-test");
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const QString error = migrate(db, steps);
        CHECK(error.contains(QStringLiteral("version %1").arg(next + 1)));
        CHECK(error.contains("disk on fire"));
        CHECK(ran == std::vector<int>{next, next + 1});
        CHECK(scalar(db, "PRAGMA user_version") == std::to_string(next));
        CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == "0");
        CHECK(scalar(db, "SELECT count(*) FROM pragma_table_info('nodes') WHERE name = 'colour'") == "1");

        // Nothing to do once up to date; a gap in the steps is an error.
        ran.clear();
        steps.pop_back();
        CHECK(migrate(db, steps).isEmpty());
        CHECK(ran.empty());
        steps.push_back({next + 3, "skips two versions", [](QSqlDatabase&) { return QString(); }});
        CHECK(migrate(db, steps).contains(
            QStringLiteral("no migration from file format version %1 to %2").arg(next).arg(next + 3)));
        db.close();
    }
    QSqlDatabase::removeDatabase("migration-test");
    // A file of a version after Sightline's own is newer than this build: refused, unchanged.
    const QByteArray before = fileBytes(path);
    CHECK(RmapDocument::open(path).error.contains("newer version"));
    CHECK((fileBytes(path) == before));
}

// tests/data/full-features-v1.rmap was written by Sightline's schema version 1 (before format 2):
// `sightline-cli convert tests/data/full-features.json` of that release.
TEST_CASE("a real version 1 document is migrated to format 2 on first write, untouched read-only",
          "[storage][migration][format2]") {
    const std::string data = SIGHTLINE_TEST_DATA;
    const auto json = io::readMapJsonFile(data + "/full-features.json");
    REQUIRE(json.map);
    TempDir dir;
    const QString path = dir.file("v1.rmap");
    REQUIRE(QFile::copy(QString::fromStdString(data + "/full-features-v1.rmap"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(queryFile(path, "PRAGMA user_version") == "1");
    REQUIRE(queryFile(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'measure_forecast'") == "0");

    const QByteArray before = fileBytes(path);
    {
        auto readOnly = RmapDocument::open(path, true);
        REQUIRE(readOnly.document);
        CHECK(readOnly.document->map().data() == *json.map);
    }
    CHECK((fileBytes(path) == before));

    auto opened = RmapDocument::open(path);
    REQUIRE(opened.error.isEmpty());
    REQUIRE(opened.document);
    CHECK(opened.document->map().data() == *json.map);
    CHECK(queryFile(path, "PRAGMA user_version") == std::to_string(kSchemaVersion));
    core::Map& map = opened.document->map();
    const core::Node* measure = nullptr;
    for (const core::Node& n : map.nodes())
        if (n.kind == core::NodeKind::Measure && n.values.size() >= 3)
            measure = &n;
    REQUIRE(measure);
    const core::NodeId id = measure->id;
    REQUIRE(map.setForecast(id, {{*core::Date::parse("2031-01-31"), 42, "plan"}}).ok());
    REQUIRE(map.setXmrBaselinePoints(id, 3).ok());
    REQUIRE(opened.document->lastError().isEmpty());
    const auto read = readRmap(path);
    REQUIRE(read.map);
    CHECK(*read.map == map.data());
}
