#include "crashchild.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

TEST_CASE("untitled maps live in the data location and are recoverable only when left behind",
          "[storage][untitled]") {
    REQUIRE(RmapDocument::untitledDirectory().startsWith(QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME"))));
    auto created = RmapDocument::createUntitled(fullMap());
    REQUIRE(created.document);
    RmapDocument& doc = *created.document;
    const QString path = doc.path();
    CHECK(doc.isUntitled());
    CHECK(QFileInfo(path).absolutePath() == QDir(RmapDocument::untitledDirectory()).absolutePath());
    CHECK(path.endsWith(".rmap"));
    CHECK_FALSE(RmapDocument::recoverableUntitled().contains(path)); // open here

    REQUIRE(doc.map().setProperties({"Workshop notes", "", core::Vocabulary::Pump}).ok());
    doc.close(RmapDocument::Untitled::Keep);
    CHECK(RmapDocument::recoverableUntitled().contains(path));

    auto reopened = RmapDocument::open(path);
    REQUIRE(reopened.document);
    CHECK(reopened.document->isUntitled());
    CHECK(reopened.document->map().properties().title == "Workshop notes");
    CHECK_FALSE(RmapDocument::recoverableUntitled().contains(path));
    // A second window cannot take the same untitled map.
    CHECK(RmapDocument::open(path).error.contains("open in another Sightline window"));

    reopened.document->close(); // discarded
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(RmapDocument::recoverableUntitled().contains(path));
}

TEST_CASE("Save As moves an untitled map out of the data location", "[storage][untitled]") {
    TempDir dir;
    auto created = RmapDocument::createUntitled(fullMap());
    REQUIRE(created.document);
    RmapDocument& doc = *created.document;
    const QString untitledPath = doc.path();
    QString error;
    REQUIRE(doc.saveAs(dir.file("kept.rmap"), &error));
    CHECK_FALSE(doc.isUntitled());
    CHECK_FALSE(QFile::exists(untitledPath));
    CHECK_FALSE(RmapDocument::recoverableUntitled().contains(untitledPath));
    REQUIRE(doc.map().removeNodes({core::NodeId("i1")}).ok());
    CHECK(*readRmap(dir.file("kept.rmap")).map == doc.map().data());
}

TEST_CASE("an untitled map of a process that was killed is offered for recovery", "[storage][untitled]") {
    auto created = RmapDocument::createUntitled(fullMap());
    REQUIRE(created.document);
    const QString path = created.document->path();
    created.document->close(RmapDocument::Untitled::Keep);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {kCrashChildArgument, path, "1"});
    REQUIRE(child.waitForStarted());
    // Wait until the child holds the map open and has written a few edits.
    QByteArray out;
    while (out.count('\n') < 4 && child.waitForReadyRead(10000))
        out += child.readAllStandardOutput();
    REQUIRE(out.startsWith("ready\n"));
    CHECK_FALSE(RmapDocument::recoverableUntitled().contains(path));
    child.kill();
    child.waitForFinished();
    CHECK(RmapDocument::recoverableUntitled().contains(path));
    auto recovered = RmapDocument::open(path);
    REQUIRE(recovered.document);
    recovered.document->close();
    CHECK_FALSE(QFile::exists(path));
}
