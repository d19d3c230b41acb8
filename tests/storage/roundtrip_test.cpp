#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

TEST_CASE("a map with every field survives create and open unchanged", "[storage][roundtrip]") {
    TempDir dir;
    const QString path = dir.file("full.rmap");
    const core::MapData original = fullMap();
    {
        auto created = RmapDocument::create(path, original);
        REQUIRE(created.document);
        CHECK(created.document->map().data() == original);
        CHECK_FALSE(created.document->isUntitled());
        CHECK_FALSE(created.document->isReadOnly());
    }
    auto opened = RmapDocument::open(path);
    REQUIRE(opened.error.isEmpty());
    REQUIRE(opened.document);
    CHECK(opened.document->map().data() == original);
    CHECK(looksLikeSqlite(path));
}

TEST_CASE("generated maps and maps without perspectives round-trip", "[storage][roundtrip]") {
    TempDir dir;
    core::MapData generated = generatedMap(1500, 3);
    REQUIRE(writeRmap(dir.file("g.rmap"), generated).isEmpty());
    const auto read = readRmap(dir.file("g.rmap"));
    REQUIRE(read.map);
    CHECK(*read.map == generated);

    core::MapData bare;
    bare.properties.title = "Bare";
    bare.perspectives.clear();
    REQUIRE(writeRmap(dir.file("bare.rmap"), bare).isEmpty());
    const auto bareRead = readRmap(dir.file("bare.rmap"));
    REQUIRE(bareRead.map);
    CHECK(bareRead.map->perspectives.empty());
    CHECK(*bareRead.map == bare);
}

TEST_CASE("the file records Sightline's application id, schema version, WAL journal", "[storage][schema]") {
    TempDir dir;
    const QString path = dir.file("ids.rmap");
    auto created = RmapDocument::create(path, fullMap());
    REQUIRE(created.document);
    CHECK(queryFile(path, "PRAGMA application_id") == std::to_string(0x534C4D50));
    CHECK(queryFile(path, "PRAGMA user_version") == "3");
    CHECK(queryFile(path, "PRAGMA journal_mode") == "wal");
    CHECK(queryFile(path, "SELECT count(*) FROM nodes") == "5");
    CHECK(queryFile(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'links_to'") ==
          "1");

    // The document's own connection: foreign keys, synchronous=NORMAL, defensive, untrusted schema.
    QSqlDatabase db = QSqlDatabase::database(created.document->connectionName(), false);
    REQUIRE(db.isOpen());
    auto pragma = [&](const char* name) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next() ? q.value(0).toInt() : -1;
    };
    CHECK(pragma("foreign_keys") == 1);
    CHECK(pragma("synchronous") == 1);
    CHECK(pragma("trusted_schema") == 0);
    sqlite3* handle = *static_cast<sqlite3* const*>(db.driver()->handle().constData());
    int defensive = -1;
    REQUIRE(sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive) == SQLITE_OK);
    CHECK(defensive == 1);
}

TEST_CASE("writeRmap refuses an invalid map and leaves the target alone", "[storage][roundtrip]") {
    TempDir dir;
    const QString path = dir.file("keep.rmap");
    writeBytes(path, "old content");
    core::MapData bad = fullMap();
    bad.links[0].to = core::NodeId("nowhere");
    const QString error = writeRmap(path, bad);
    CHECK(error.contains("/links/0/to"));
    CHECK((fileBytes(path) == "old content"));
    CHECK(dir.file("keep.rmap") == path);
}

TEST_CASE("create replaces an existing file whole", "[storage][roundtrip]") {
    TempDir dir;
    const QString path = dir.file("over.rmap");
    writeBytes(path, "not a map at all");
    auto created = RmapDocument::create(path, fullMap());
    REQUIRE(created.document);
    created.document->close();
    const auto read = readRmap(path);
    REQUIRE(read.map);
    CHECK(*read.map == fullMap());
}

TEST_CASE("Save As copies the document and continues at the new path", "[storage][saveas]") {
    TempDir dir;
    const auto owned = createDocument(dir.file("a.rmap"), fullMap());
    RmapDocument& doc = *owned;
    QString error;
    REQUIRE(doc.saveAs(dir.file("b.rmap"), &error));
    CHECK(error.isEmpty());
    CHECK(doc.path() == dir.file("b.rmap"));
    REQUIRE(doc.map().setProperties({"Renamed after Save As", "", core::Vocabulary::Okr}).ok());
    CHECK(readRmap(dir.file("b.rmap")).map->properties.title == "Renamed after Save As");
    CHECK(readRmap(dir.file("a.rmap")).map->properties.title == "Acme strategy 2027");
    CHECK(*readRmap(dir.file("b.rmap")).map == doc.map().data());

    // Saving over an existing file replaces it; saving to the document's own path is a no-op.
    writeBytes(dir.file("c.rmap"), "junk");
    REQUIRE(doc.saveAs(dir.file("c.rmap"), &error));
    CHECK(*readRmap(dir.file("c.rmap")).map == doc.map().data());
    REQUIRE(doc.saveAs(dir.file("c.rmap"), &error));
    CHECK_FALSE(doc.saveAs(dir.file("no/such/folder/d.rmap"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(doc.path() == dir.file("c.rmap"));
}

TEST_CASE("a map opened read-only keeps its file unchanged and can be saved elsewhere",
          "[storage][readonly]") {
    TempDir dir;
    const QString path = dir.file("ro.rmap");
    REQUIRE(writeRmap(path, fullMap()).isEmpty());
    const QByteArray before = fileBytes(path);
    auto opened = RmapDocument::open(path, true);
    REQUIRE(opened.document);
    RmapDocument& doc = *opened.document;
    CHECK(doc.isReadOnly());
    QStringList reported;
    doc.setErrorHandler([&](const QString& m) { reported << m; });
    REQUIRE(doc.map().removeNodes({core::NodeId("m2")}).ok());
    REQUIRE(reported.size() == 1);
    CHECK(reported[0].contains("read-only"));
    CHECK_FALSE(doc.isInSync());
    CHECK((fileBytes(path) == before));
    QString error;
    REQUIRE(doc.saveAs(dir.file("copy.rmap"), &error));
    CHECK_FALSE(doc.isReadOnly());
    CHECK(doc.isInSync());
    CHECK(*readRmap(dir.file("copy.rmap")).map == doc.map().data());
    CHECK((fileBytes(path) == before));
}

TEST_CASE("a file that cannot be written opens read-only", "[storage][readonly]") {
    TempDir dir;
    const QString path = dir.file("locked.rmap");
    REQUIRE(writeRmap(path, fullMap()).isEmpty());
    // Readable by everyone, writable by nobody; root writes anything, so the opening runs in a
    // child process that gives up root for the unprivileged user "nobody".
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(3);
        auto opened = RmapDocument::open(path);
        ::_exit(!opened.document ? 2 : opened.document->isReadOnly() ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0); // 1: opened writable, 2: not opened, 3: could not drop root
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
