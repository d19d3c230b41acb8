// Inputs that fuzz_rmap (fuzz/, docs/fuzzing.md) found, rebuilt here as small files: each must be
// refused by every way of opening a map, with a message naming what is wrong, the file untouched.
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

// Rewrites the SQL that SQLite keeps for `table` in the file's schema, as a damaged or forged
// file would hold it.
void rewriteTableSql(const QString& path, const char* table, const char* from, const char* to) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_exec(db, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_prepare_v2(db, "UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2) WHERE name = ?3", -1,
                               &s, nullptr) == SQLITE_OK);
    sqlite3_bind_text(s, 1, from, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, to, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, table, -1, SQLITE_STATIC);
    REQUIRE(sqlite3_step(s) == SQLITE_DONE);
    CHECK(sqlite3_changes(db) == 1);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

} // namespace

// fuzz_rmap, 25,953rd run: a map whose links table's foreign key names a table "noeds" was read
// by readRmap (and sightline-cli validate), but RmapDocument::open for editing then failed with
// "no such table: main.noeds".
TEST_CASE("a table whose foreign key names an unknown table is refused everywhere",
          "[storage][hostile][fuzz]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("noeds.rmap"));
    REQUIRE(writeRmap(path, fullMap()).isEmpty());
    rewriteTableSql(path, "links", "to_node TEXT NOT NULL REFERENCES nodes(id)",
                    "to_node TEXT NOT NULL REFERENCES noeds(id)");
    const QByteArray before = fileBytes(path);
    const RmapReadResult read = readRmap(path);
    INFO(read.error.toStdString());
    CHECK_FALSE(read.map);
    CHECK(read.error.contains(QStringLiteral("links")));
    for (bool readOnly : {false, true}) {
        auto opened = RmapDocument::open(path, readOnly);
        INFO(opened.error.toStdString());
        CHECK_FALSE(opened.document);
        CHECK(opened.error.contains(QStringLiteral("links")));
    }
    CHECK((fileBytes(path) == before));
}
