#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::core;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

void pragma(const RmapDocument& doc, const QString& statement) {
    QSqlDatabase db = QSqlDatabase::database(doc.connectionName(), false);
    QSqlQuery q(db);
    REQUIRE(q.exec(statement));
}

int pageCount(const RmapDocument& doc) {
    QSqlDatabase db = QSqlDatabase::database(doc.connectionName(), false);
    QSqlQuery count(db);
    if (!count.exec("PRAGMA page_count") || !count.next())
        return -1;
    return count.value(0).toInt();
}

Node bulky(int i) {
    Node n;
    n.id = NodeId("big" + std::to_string(i));
    n.title = "A result with a long description";
    n.description = std::string(3000, static_cast<char>('a' + i % 26));
    return n;
}

} // namespace

TEST_CASE("a full disk is reported; the model keeps every edit and can be saved elsewhere",
          "[storage][failure]") {
    TempDir dir;
    const auto owned = createDocument(dir.file("full.rmap"), generatedMap(60, 5));
    RmapDocument& doc = *owned;
    QStringList reported;
    doc.setErrorHandler([&](const QString& m) { reported << m; });

    // The disk is full: the file may not grow beyond its present size.
    pragma(doc, QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount(doc)));

    int added = 0;
    while (reported.isEmpty() && added < 200)
        REQUIRE(doc.map().addNode(bulky(added++)).ok());
    REQUIRE_FALSE(reported.isEmpty());
    CHECK(reported.front().contains("disk is full"));
    CHECK(doc.lastError() == reported.front());
    CHECK_FALSE(doc.isInSync());
    CHECK(doc.map().node(NodeId("big" + std::to_string(added - 1))));

    // The file holds a consistent map without the failed edit.
    const auto onDisk = readRmap(doc.path());
    REQUIRE(onDisk.map);
    CHECK(onDisk.map->nodes.size() + 1 == doc.map().nodes().size());

    // More edits while full are reported too, never lost from the model.
    REQUIRE(doc.map().setProperties({"Still editing", "", Vocabulary::Pump}).ok());
    CHECK(reported.size() == 2);

    // Save As writes the whole model (the old file lacks edits) and continues there.
    QString error;
    REQUIRE(doc.saveAs(dir.file("rescued.rmap"), &error));
    CHECK(doc.isInSync());
    CHECK(doc.lastError().isEmpty());
    CHECK(*readRmap(dir.file("rescued.rmap")).map == doc.map().data());
    REQUIRE(doc.map().addNode(bulky(999)).ok());
    CHECK(*readRmap(dir.file("rescued.rmap")).map == doc.map().data());
}

TEST_CASE("after space is freed, the next edit writes the whole model again", "[storage][failure]") {
    TempDir dir;
    const auto owned = createDocument(dir.file("recover.rmap"), generatedMap(60, 6));
    RmapDocument& doc = *owned;
    pragma(doc, QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount(doc)));
    int added = 0;
    while (doc.lastError().isEmpty() && added < 200)
        REQUIRE(doc.map().addNode(bulky(added++)).ok());
    REQUIRE_FALSE(doc.isInSync());
    pragma(doc, QStringLiteral("PRAGMA max_page_count = 1000000"));
    REQUIRE(doc.map().setPositions(ViewKind::Results, {{NodeId("big0"), Point{1, 1}}}).ok());
    CHECK(doc.isInSync());
    CHECK(doc.lastError().isEmpty());
    CHECK(*readRmap(doc.path()).map == doc.map().data());
}

TEST_CASE("a removed file is reported and the map can be saved elsewhere", "[storage][failure]") {
    TempDir dir;
    const auto owned = createDocument(dir.file("gone.rmap"), fullMap());
    RmapDocument& doc = *owned;
    QStringList reported;
    doc.setErrorHandler([&](const QString& m) { reported << m; });
    REQUIRE(QFile::remove(dir.file("gone.rmap")));
    REQUIRE(doc.map().setProperties({"After the file went", "", Vocabulary::Pump}).ok());
    REQUIRE(reported.size() == 1);
    CHECK(reported[0].contains("was removed or replaced"));
    CHECK_FALSE(QFile::exists(dir.file("gone.rmap")));
    QString error;
    REQUIRE(doc.saveAs(dir.file("back.rmap"), &error));
    CHECK(readRmap(dir.file("back.rmap")).map->properties.title == "After the file went");
}
