#include "sightline/storage/rmapdocument.h"
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
    steps.push_back({2, "add a column", [&](QSqlDatabase& db) {
                         ran.push_back(2);
                         QSqlQuery q(db);
                         if (!q.exec("ALTER TABLE nodes ADD COLUMN colour TEXT"))
                             return QStringLiteral("alter failed");
                         return QString();
                     }});
    steps.push_back({3, "a step that fails half-way", [&](QSqlDatabase& db) {
                         ran.push_back(3);
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
        CHECK(error.contains("version 3"));
        CHECK(error.contains("disk on fire"));
        CHECK(ran == std::vector<int>{2, 3});
        CHECK(scalar(db, "PRAGMA user_version") == "2");
        CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == "0");
        CHECK(scalar(db, "SELECT count(*) FROM pragma_table_info('nodes') WHERE name = 'colour'") == "1");

        // Nothing to do once up to date; a gap in the steps is an error.
        ran.clear();
        steps.pop_back();
        CHECK(migrate(db, steps).isEmpty());
        CHECK(ran.empty());
        steps.push_back({5, "skips version 3 and 4", [](QSqlDatabase&) { return QString(); }});
        CHECK(migrate(db, steps).contains("no migration from file format version 2 to 5"));
        db.close();
    }
    QSqlDatabase::removeDatabase("migration-test");
    // A file of version 2 is newer than this build: refused, unchanged.
    const QByteArray before = fileBytes(path);
    CHECK(RmapDocument::open(path).error.contains("newer version"));
    CHECK((fileBytes(path) == before));
}
