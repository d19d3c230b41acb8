#include "crashchild.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

int acknowledged(const QByteArray& out) {
    int last = 0;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith("ok "))
            last = line.mid(3).toInt();
    return last;
}

} // namespace

// A child applies random edits with write-through and reports each written edit; it is killed
// with SIGKILL at a random moment. The file must pass integrity_check and hold exactly the
// acknowledged edits (or one more: the edit whose report the kill cut off may be committed).
TEST_CASE("a killed process leaves a sound file holding exactly its acknowledged edits", "[storage][crash]") {
    TempDir dir;
    const core::MapData base = fullMap();
    // Every round starts from a copy of one file (in WAL mode, as a document leaves it).
    const QString basePath = dir.file("base.rmap");
    RmapDocument::create(basePath, base).document->close();
    std::mt19937 chance(2027);
    constexpr int kRounds = 100;
    int inFlightCommitted = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QString path = dir.file(QStringLiteral("crash-%1.rmap").arg(round));
        REQUIRE(QFile::copy(basePath, path));
        const unsigned seed = 1000u + static_cast<unsigned>(round);
        const int killAfter = static_cast<int>(chance() % 40);

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {kCrashChildArgument, path, QString::number(seed)});
        REQUIRE(child.waitForStarted());
        QByteArray out;
        while (!out.contains("ready\n") || acknowledged(out) < killAfter) {
            if (!child.waitForReadyRead(10000))
                break;
            out += child.readAllStandardOutput();
        }
        child.kill();
        REQUIRE(child.waitForFinished(10000));
        out += child.readAllStandardOutput();
        INFO("round " << round << ", child said: " << out.right(200).toStdString());
        REQUIRE(out.contains("ready\n"));
        REQUIRE_FALSE(out.contains("error"));
        const int acked = acknowledged(out);

        CHECK(queryFile(path, "PRAGMA integrity_check") == "ok");
        const auto read = readRmap(path);
        INFO(read.error.toStdString());
        REQUIRE(read.map);

        // Replay the same edits on the map the child started from.
        core::Map expected(base);
        std::mt19937 random(seed);
        for (int i = 0; i < acked; ++i)
            randomEdit(expected, random);
        if (*read.map == expected.data())
            continue;
        randomEdit(expected, random);
        REQUIRE(*read.map == expected.data());
        ++inFlightCommitted;
    }
    // Only a kill between a commit and its report leaves one more edit; that is rare.
    CHECK(inFlightCommitted < kRounds / 2);
}
