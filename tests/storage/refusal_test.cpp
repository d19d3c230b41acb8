#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "sightline/storage/schema.h"
#include "testmaps.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <random>
#include <sqlite3.h>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

void sql(const QString& path, const char* statements) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, statements, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Opening must fail with a message containing `expected`, and leave the file's bytes as they were.
void requireRefused(const QString& path, const QString& expected) {
    INFO(path.toStdString());
    const QByteArray before = fileBytes(path);
    for (bool readOnly : {false, true}) {
        auto opened = RmapDocument::open(path, readOnly);
        INFO(opened.error.toStdString());
        CHECK_FALSE(opened.document);
        CHECK(opened.error.contains(expected));
        CHECK(opened.error.contains(path));
    }
    CHECK((fileBytes(path) == before));
    CHECK_FALSE(readRmap(path).map);
}

QString validFile(const TempDir& dir, const QString& name, int nodes = 0) {
    const QString path = dir.file(name);
    REQUIRE(writeRmap(path, nodes ? generatedMap(nodes, 1) : fullMap()).isEmpty());
    return path;
}

} // namespace

TEST_CASE("files that are not SQLite are refused", "[storage][refuse]") {
    TempDir dir;
    std::mt19937 random(42);
    QByteArray noise(5000, '\0');
    for (char& c : noise)
        c = static_cast<char>(random());
    writeBytes(dir.file("noise.rmap"), noise);
    requireRefused(dir.file("noise.rmap"), "not a SQLite database");

    writeBytes(dir.file("empty.rmap"), "");
    requireRefused(dir.file("empty.rmap"), "is empty");

    writeBytes(dir.file("text.rmap"), "{\"format\": \"sightline-map\"}");
    requireRefused(dir.file("text.rmap"), "not a SQLite database");

    CHECK(RmapDocument::open(dir.file("missing.rmap")).error.contains("does not exist"));
    CHECK(RmapDocument::open(dir.path()).error.contains("folder"));
    CHECK_FALSE(QFile::exists(dir.file("missing.rmap")));
}

TEST_CASE("a SQLite file that is not a Sightline map is refused", "[storage][refuse]") {
    TempDir dir;
    const QString path = dir.file("foreign.rmap");
    sql(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
    requireRefused(path, "not a Sightline map");

    const QString other = dir.file("other-app.rmap");
    sql(other, "PRAGMA application_id = 1234; CREATE TABLE nodes (id TEXT);");
    requireRefused(other, "application id");
}

TEST_CASE("a file from a newer version is refused naming both versions", "[storage][refuse]") {
    TempDir dir;
    const QString path = validFile(dir, "newer.rmap");
    sql(path, ("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1)).c_str());
    requireRefused(path, QStringLiteral("newer version of Sightline (map file version %1; this version reads "
                                        "versions up to %2)")
                             .arg(kSchemaVersion + 1)
                             .arg(kSchemaVersion));
}

TEST_CASE("truncated and damaged files are refused", "[storage][refuse]") {
    TempDir dir;
    const QString path = validFile(dir, "big.rmap", 800);
    const QByteArray whole = fileBytes(path);
    REQUIRE(whole.size() > 40000);

    writeBytes(dir.file("half.rmap"), whole.left(whole.size() / 2));
    requireRefused(dir.file("half.rmap"), "damaged");

    writeBytes(dir.file("stub.rmap"), whole.left(60));
    requireRefused(dir.file("stub.rmap"), "cut short");

    // Garbage in the middle of the file: the database check finds it.
    QByteArray scrambled = whole;
    for (int i = 0; i < 3000; ++i)
        scrambled[whole.size() / 2 + i] = static_cast<char>(i * 7);
    writeBytes(dir.file("scrambled.rmap"), scrambled);
    requireRefused(dir.file("scrambled.rmap"), "damaged");
}

TEST_CASE("a Sightline file whose map is not valid is refused", "[storage][refuse]") {
    struct Damage {
        const char* file;
        const char* statements; // run on a valid file
        const char* expected;   // in the message
    };
    const Damage damages[] = {
        {"dangling.rmap", "PRAGMA foreign_keys = OFF; UPDATE links SET to_node = 'r99' WHERE id = 'l2';",
         "/links/1/to: unknown node \"r99\""},
        {"kind.rmap", "UPDATE nodes SET kind = 'kpi' WHERE id = 'm1';",
         "table nodes, row \"m1\": kind: expected one of objective, measure, initiative"},
        {"date.rmap", "UPDATE measure_values SET date = '2026-02-30' WHERE node = 'm1' AND seq = 0;",
         "not a date"},
        {"number.rmap", "UPDATE links SET weight = 'heavy' WHERE id = 'l1';", "weight: expected a number"},
        {"dropped.rmap", "DROP TABLE positions;", "lacks the table \"positions\""},
        {"notitle.rmap", "DELETE FROM document;", "title row is missing"},
        {"emptytitle.rmap", "UPDATE document SET title = '   ';", "/title"},
    };
    TempDir dir;
    for (const Damage& damage : damages) {
        const QString path = validFile(dir, damage.file);
        sql(path, damage.statements);
        requireRefused(path, QString::fromUtf8(damage.expected));
    }
}

TEST_CASE("a schema that calls unsafe functions is refused, not run", "[storage][refuse]") {
    TempDir dir;
    const QString path = validFile(dir, "hostile.rmap");
    // A view in place of a table that would call a function with side effects if the schema
    // were trusted; readers must not run it.
    sql(path, "PRAGMA writable_schema = ON; DROP TABLE positions; "
              "CREATE VIEW positions AS SELECT 'n' AS node, 'results' AS view, "
              "load_extension('/nonexistent') AS x, 0 AS y;");
    requireRefused(path, "contains a view \"positions\" where Sightline creates a table of that name");
}
