// Files made by a stranger (issue 12): SQL stored in a file never runs, and a file whose schema
// is not exactly Sightline's is refused quickly, with a message naming the object, unchanged.

#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "sightline/storage/schema.h"
#include "testmaps.h"

#include <QElapsedTimer>
#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

// Runs statements on a file with a plain SQLite connection, as a stranger's tool would.
bool tamper(const QString& path, const char* statements, std::string* error = nullptr) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, statements, nullptr, nullptr, &message);
    if (error)
        *error = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString mapFile(const TempDir& dir, const QString& name) {
    const QString path = dir.file(name);
    REQUIRE(writeRmap(path, fullMap()).isEmpty());
    return path;
}

long peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

#if defined(SIGHTLINE_SANITIZED) // the libraries run under AddressSanitizer (cmake/SightlineTarget.cmake)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// The budget is 400 MB for the whole process. Under AddressSanitizer the process starts
// far above that (shadow memory, quarantine), so there the budget applies to the growth of the
// peak while the file is refused: a view that materialises gigabytes still fails it.
void checkMemoryBudget(long peakBefore) {
    const long peak = peakMegabytes();
    INFO("peak " << peak << " MB, before " << peakBefore << " MB");
    if (kSanitized)
        CHECK(peak - peakBefore < 400);
    else
        CHECK(peak < 400);
}

// Refused by every reader, read-write and read-only, within `seconds`, with `expected` in the
// message, and the file's bytes as they were.
void requireRefusedQuickly(const QString& path, const QString& expected, double seconds = 5.0) {
    INFO(path.toStdString());
    const long peakBefore = peakMegabytes();
    const QByteArray before = fileBytes(path);
    for (bool readOnly : {false, true}) {
        QElapsedTimer timer;
        timer.start();
        auto opened = RmapDocument::open(path, readOnly);
        const double took = timer.elapsed() / 1000.0;
        INFO(opened.error.toStdString());
        CHECK_FALSE(opened.document);
        CHECK(opened.error.contains(expected));
        CHECK(opened.error.contains(path));
        CHECK(took < seconds);
    }
    QElapsedTimer timer;
    timer.start();
    const auto read = readRmap(path);
    CHECK_FALSE(read.map);
    CHECK(read.error.contains(expected));
    CHECK(timer.elapsed() / 1000.0 < seconds);
    CHECK((fileBytes(path) == before));
    checkMemoryBudget(peakBefore);
}

} // namespace

TEST_CASE("a trigger stored in a map is refused and never fires", "[storage][hostile]") {
    TempDir dir;
    // The probe's file: moving a node (the editor's first layout writes positions) deleted
    // every link.
    const QString path = mapFile(dir, "trigger.rmap");
    REQUIRE(tamper(path, "CREATE TRIGGER wipe_links AFTER UPDATE ON positions BEGIN DELETE FROM links; END;"
                         "CREATE TRIGGER rename_all AFTER UPDATE OF title ON nodes BEGIN "
                         "UPDATE nodes SET title = 'pwned'; END;"));
    requireRefusedQuickly(path, "contains a trigger \"rename_all\" that Sightline does not create; it was "
                                "not opened");
    CHECK(queryFile(path, "SELECT count(*) FROM links") == std::to_string(fullMap().links.size()));
}

TEST_CASE("views in place of tables are refused before anything reads them", "[storage][hostile]") {
    TempDir dir;
    // A recursive view: every read of "nodes" would run forever, spilling to temporary files.
    const QString recursive = mapFile(dir, "recursive.rmap");
    REQUIRE(tamper(recursive,
                   "PRAGMA foreign_keys = OFF; DROP TABLE nodes;"
                   "CREATE VIEW nodes AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                   "SELECT 'n' || x AS id, x AS ord, 'objective' AS kind, hex(randomblob(1000)) AS title, "
                   "'' AS description, NULL AS team, NULL AS owner, NULL AS perspective, 0 AS goal, "
                   "'' AS unit, 'up' AS direction, NULL AS baseline, NULL AS target, NULL AS cadence, "
                   "NULL AS status, NULL AS start, NULL AS due FROM r ORDER BY title;"));
    requireRefusedQuickly(recursive,
                          "contains a view \"nodes\" where Sightline creates a table of that name");

    // A view whose one row is a gigabyte blob.
    const QString blob = mapFile(dir, "blob.rmap");
    REQUIRE(tamper(blob, "PRAGMA foreign_keys = OFF; DROP TABLE document;"
                         "CREATE VIEW document AS SELECT 1 AS id, zeroblob(1000000000) AS title, '' AS "
                         "description, 'pump' AS vocabulary, 3 AS max_measures_per_objective, 8 AS "
                         "max_objectives_per_team, 0.5 AS mini_me_scorecard_share;"));
    requireRefusedQuickly(blob, "contains a view \"document\"");

    // A view beside the tables, never read by Sightline, is refused all the same.
    const QString extra = mapFile(dir, "extraview.rmap");
    REQUIRE(tamper(extra, "CREATE VIEW summary AS SELECT count(*) FROM nodes;"));
    requireRefusedQuickly(extra, "contains a view \"summary\" that Sightline does not create");
}

TEST_CASE("tables, indexes and virtual tables Sightline does not create are refused", "[storage][hostile]") {
    TempDir dir;
    struct Case {
        const char* file;
        const char* statements;
        const char* expected;
    };
    const Case cases[] = {
        {"table.rmap", "CREATE TABLE notes (x TEXT);",
         "contains a table \"notes\" that Sightline does not create"},
        {"index.rmap", "CREATE INDEX nodes_title ON nodes(title);",
         "contains an index \"nodes_title\" that Sightline does not create"},
        // An index on an expression would be evaluated by the database check.
        {"expression.rmap", "CREATE INDEX slow ON nodes(upper(title) || lower(description));",
         "contains an index \"slow\""},
        {"column.rmap", "ALTER TABLE nodes ADD COLUMN secret TEXT DEFAULT 'x';",
         "defines the table \"nodes\" differently from Sightline"},
        {"stat.rmap", "ANALYZE;", "contains a table \"sqlite_stat1\""},
        {"dropped-index.rmap", "DROP INDEX links_from;", "lacks the index \"links_from\""},
    };
    for (const Case& c : cases) {
        const QString path = mapFile(dir, c.file);
        std::string error;
        INFO(c.file);
        REQUIRE(tamper(path, c.statements, &error));
        requireRefusedQuickly(path, QString::fromUtf8(c.expected));
    }

    // A virtual table (full-text search, when this SQLite has it): its module would run code.
    const QString fts = mapFile(dir, "fts.rmap");
    if (tamper(fts, "CREATE VIRTUAL TABLE search USING fts5(title);"))
        requireRefusedQuickly(fts, "contains a virtual table \"search\" that Sightline does not create");
    else
        WARN("this SQLite has no fts5: the virtual table case is not run");
}

TEST_CASE("every difference is counted, the first named", "[storage][hostile]") {
    TempDir dir;
    const QString path = mapFile(dir, "many.rmap");
    REQUIRE(tamper(path, "CREATE TABLE a (x); CREATE TABLE b (x); CREATE TRIGGER t AFTER INSERT ON a BEGIN "
                         "DELETE FROM b; END;"));
    requireRefusedQuickly(path, "contains a trigger \"t\" that Sightline does not create; it was not opened");
    CHECK(RmapDocument::open(path).error.contains(
        "it was not opened (2 more differences from Sightline's schema)"));
}

TEST_CASE("files Sightline writes pass the schema check, of every version", "[storage][hostile]") {
    TempDir dir;
    const QString path = mapFile(dir, "ours.rmap");
    auto opened = RmapDocument::open(path);
    REQUIRE(opened.document);
    // Edits, a Save As, a reopen: still exactly our schema.
    core::MapProperties properties = opened.document->map().properties();
    properties.title = "Renamed";
    REQUIRE(opened.document->map().setProperties(properties).ok());
    REQUIRE(opened.document->saveAs(dir.file("copy.rmap"), nullptr));
    opened.document->close();
    CHECK(RmapDocument::open(dir.file("copy.rmap")).document);
    CHECK(RmapDocument::open(path).document);
}

TEST_CASE("readRmapBytes reads a map from bytes and refuses hostile bytes the same way",
          "[storage][hostile]") {
    TempDir dir;
    const QString path = mapFile(dir, "bytes.rmap");
    const auto read = readRmapBytes(fileBytes(path));
    REQUIRE(read.map);
    CHECK(*read.map == fullMap());
    REQUIRE(tamper(path, "CREATE TRIGGER t AFTER INSERT ON nodes BEGIN DELETE FROM links; END;"));
    const auto refused = readRmapBytes(fileBytes(path));
    CHECK_FALSE(refused.map);
    CHECK(refused.error.contains("contains a trigger \"t\""));
    CHECK_FALSE(readRmapBytes(QByteArray("SQLite format 3\0garbage", 24)).map);
}
