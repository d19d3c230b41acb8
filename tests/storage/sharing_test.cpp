// One writer per named map (issue 12): the lock beside the file, a second opener gets the map
// read-only and learns who has it, stale locks are taken over, and a change made by another
// program is never overwritten.

#include "crashchild.h"
#include "sightline/storage/maplock.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <unistd.h>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

QString mapFile(const TempDir& dir, const QString& name) {
    const QString path = dir.file(name);
    REQUIRE(writeRmap(path, fullMap()).isEmpty());
    return path;
}

void writeLock(const QString& mapPath, const QString& host, qint64 pid) {
    writeBytes(MapLock::lockPathFor(mapPath),
               QStringLiteral("Sightline map lock\nuser=alice\nhost=%1\npid=%2\nsince=2026-03-02T10:42:00Z\n")
                   .arg(host)
                   .arg(pid)
                   .toUtf8());
}

// The id of a process that has ended.
qint64 deadPid() {
    QProcess p;
    p.start(QStringLiteral("true"), {});
    REQUIRE(p.waitForFinished(10000));
    return p.processId() ? p.processId() : 999999;
}

core::MapProperties renamed(const core::Map& map, const std::string& title) {
    core::MapProperties p = map.properties();
    p.title = title;
    return p;
}

} // namespace

TEST_CASE("a named map open for writing holds a lock; a second opener gets it read-only", "[storage][lock]") {
    TempDir dir;
    const QString path = mapFile(dir, "board.rmap");
    auto first = RmapDocument::open(path);
    REQUIRE(first.document);
    CHECK_FALSE(first.document->isReadOnly());
    const QString lockPath = dir.file(".~lock.board.rmap#");
    REQUIRE(QFile::exists(lockPath));
    const QByteArray lock = fileBytes(lockPath);
    CHECK(lock.contains("host=" + QSysInfo::machineHostName().toUtf8()));
    CHECK(lock.contains("pid=" + QByteArray::number(::getpid())));
    CHECK(lock.contains("user="));
    CHECK(lock.contains("since="));

    auto second = RmapDocument::open(path);
    REQUIRE(second.document);
    CHECK(second.document->isReadOnly());
    REQUIRE(second.document->heldBy());
    CHECK(second.document->heldBy()->pid == ::getpid());
    CHECK(second.document->heldBy()->describe().startsWith(
        QStringLiteral("open on %1 by ").arg(QSysInfo::machineHostName())));
    // The reader's edits are not written; the writer's are.
    REQUIRE(second.document->map().setProperties(renamed(second.document->map(), "Reader")).ok());
    CHECK_FALSE(second.document->isInSync());
    REQUIRE(first.document->map().setProperties(renamed(first.document->map(), "Writer")).ok());
    CHECK(queryFile(path, "SELECT title FROM document") == "Writer");
    second.document->close();
    CHECK(QFile::exists(lockPath)); // the reader never held it

    first.document->close();
    CHECK_FALSE(QFile::exists(lockPath));
    auto third = RmapDocument::open(path);
    REQUIRE(third.document);
    CHECK_FALSE(third.document->isReadOnly());
}

TEST_CASE("a stale lock is taken over; one from another host is respected", "[storage][lock]") {
    TempDir dir;
    const QString path = mapFile(dir, "stale.rmap");
    writeLock(path, QSysInfo::machineHostName(), deadPid());
    auto opened = RmapDocument::open(path);
    REQUIRE(opened.document);
    CHECK_FALSE(opened.document->isReadOnly());
    CHECK(fileBytes(MapLock::lockPathFor(path)).contains("pid=" + QByteArray::number(::getpid())));
    opened.document->close();

    writeLock(path, QStringLiteral("board-laptop"), 4242);
    auto elsewhere = RmapDocument::open(path);
    REQUIRE(elsewhere.document);
    CHECK(elsewhere.document->isReadOnly());
    REQUIRE(elsewhere.document->heldBy());
    CHECK(elsewhere.document->heldBy()->describe().startsWith("open on board-laptop by alice since "));
    elsewhere.document->close();
    CHECK(QFile::exists(MapLock::lockPathFor(path))); // not ours to remove
}

TEST_CASE("two processes on one map: the second cannot write it", "[storage][lock]") {
    TempDir dir;
    const QString path = mapFile(dir, "shared.rmap");
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {kHoldChildArgument, path});
    REQUIRE(holder.waitForStarted());
    QByteArray said;
    while (!said.contains('\n') && holder.waitForReadyRead(10000))
        said += holder.readAllStandardOutput();
    REQUIRE(said.trimmed() == "ready");

    auto second = RmapDocument::open(path);
    REQUIRE(second.document);
    CHECK(second.document->isReadOnly());
    REQUIRE(second.document->heldBy());
    CHECK(second.document->heldBy()->pid == holder.processId());
    // Neither Save As onto it nor a whole-file write replaces it.
    const QByteArray before = fileBytes(path);
    auto third = RmapDocument::open(mapFile(dir, "other.rmap"));
    REQUIRE(third.document);
    CHECK_FALSE(third.document->isReadOnly());
    QString error;
    CHECK_FALSE(third.document->saveAs(path, &error));
    CHECK(error.contains(QStringLiteral("open on %1 by ").arg(QSysInfo::machineHostName())));
    CHECK((fileBytes(path) == before));
    second.document->close();
    third.document->close();

    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    CHECK_FALSE(QFile::exists(MapLock::lockPathFor(path)));

    // A holder that is killed leaves a stale lock: the next opener takes it over.
    QProcess killed;
    killed.start(QCoreApplication::applicationFilePath(), {kHoldChildArgument, path});
    REQUIRE(killed.waitForStarted());
    said.clear();
    while (!said.contains('\n') && killed.waitForReadyRead(10000))
        said += killed.readAllStandardOutput();
    REQUIRE(said.trimmed() == "ready");
    killed.kill();
    REQUIRE(killed.waitForFinished(10000));
    CHECK(QFile::exists(MapLock::lockPathFor(path)));
    auto after = RmapDocument::open(path);
    REQUIRE(after.document);
    CHECK_FALSE(after.document->isReadOnly());
}

TEST_CASE("a change made by another program is not overwritten", "[storage][lock]") {
    TempDir dir;
    const QString path = mapFile(dir, "changed.rmap");
    auto opened = RmapDocument::open(path);
    REQUIRE(opened.document);
    RmapDocument& doc = *opened.document;
    QStringList reported;
    doc.setErrorHandler([&](const QString& m) { reported << m; });
    REQUIRE(doc.map().setProperties(renamed(doc.map(), "Mine")).ok());
    CHECK(reported.isEmpty());

    // A tool that ignores the lock writes the file.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "UPDATE document SET title = 'Theirs'", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    sqlite3_close(other);

    REQUIRE(doc.map().setProperties(renamed(doc.map(), "Mine again")).ok());
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().contains("was changed by another program"));
    CHECK(doc.wasChangedElsewhere());
    CHECK_FALSE(doc.isInSync());
    // Later edits are not written either (no whole-model catch-up over their change).
    REQUIRE(doc.map().setProperties(renamed(doc.map(), "Mine once more")).ok());
    CHECK(queryFile(path, "SELECT title FROM document") == "Theirs");
    // Save As keeps the edits elsewhere.
    QString error;
    REQUIRE(doc.saveAs(dir.file("mine.rmap"), &error));
    CHECK(queryFile(dir.file("mine.rmap"), "SELECT title FROM document") == "Mine once more");
    CHECK(queryFile(path, "SELECT title FROM document") == "Theirs");
}
