// The connection every reader and writer uses (src/storage/connection.h): triggers and views
// are off even when a file has them, limits bound values, and a progress handler stops a
// statement that runs too long.

#include "connection.h"
#include "sightline/storage/rmapfile.h"
#include "statement.h"
#include "testmaps.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

int run(Connection& c, const char* sql) {
    return sqlite3_exec(c.handle(), sql, nullptr, nullptr, nullptr);
}

} // namespace

TEST_CASE("a trigger in a file never fires on Sightline's connection; views cannot be read",
          "[storage][hostile]") {
    TempDir dir;
    const QString path = dir.file("trigger.rmap");
    REQUIRE(writeRmap(path, fullMap()).isEmpty());
    const std::string links = queryFile(path, "SELECT count(*) FROM links");
    REQUIRE(links != "0");
    {
        Connection setup(path, Connection::Mode::ReadWrite);
        // Defensive mode forbids nothing here: a stranger's tool would write the same.
        REQUIRE(run(setup, "CREATE TRIGGER wipe AFTER UPDATE ON positions BEGIN DELETE FROM links; END;"
                           "CREATE VIEW everything AS SELECT * FROM nodes;") == SQLITE_OK);
    }
    Connection c(path, Connection::Mode::ReadWrite);
    c.configureForWriting();
    REQUIRE(run(c, "UPDATE positions SET x = x + 1") == SQLITE_OK);
    CHECK(queryFile(path, "SELECT count(*) FROM links") == links);
    CHECK(run(c, "SELECT * FROM everything") != SQLITE_OK);
    CHECK(std::string(sqlite3_errmsg(c.handle())).find("prohibited") != std::string::npos);
    // Foreign-key actions still work: removing a node removes its positions.
    REQUIRE(
        run(c, "PRAGMA foreign_keys=OFF; DELETE FROM links; DELETE FROM waiver_nodes; PRAGMA foreign_keys=ON;"
               "DELETE FROM nodes;") == SQLITE_OK);
    CHECK(queryFile(path, "SELECT count(*) FROM positions") == "0");
}

TEST_CASE("limits bound values and statements; a statement that runs too long is stopped",
          "[storage][hostile]") {
    Connection c(QStringLiteral(":memory:"), Connection::Mode::Create);
    CHECK((run(c, "SELECT zeroblob(1000000000)") & 0xff) == SQLITE_TOOBIG);
    CHECK(run(c, "SELECT zeroblob(1000)") == SQLITE_OK);
    const std::string deep = "SELECT " + std::string(300, '(') + "1" + std::string(300, ')');
    CHECK(run(c, deep.c_str()) != SQLITE_OK);

    c.setStatementTimeLimit(std::chrono::milliseconds(200));
    QElapsedTimer timer;
    timer.start();
    const int rc =
        run(c, "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r");
    CHECK(rc == SQLITE_INTERRUPT);
    CHECK(c.timedOut());
    CHECK(timer.elapsed() < 2000);
    // The next statement gets its own time.
    CHECK(run(c, "SELECT count(*) FROM (WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r LIMIT "
                 "1000) SELECT x FROM r)") == SQLITE_OK);
}
