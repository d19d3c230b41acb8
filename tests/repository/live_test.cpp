// Other people's revisions reach a second session (catch-up from the log, notifications), and a
// lost connection fails loudly and loses no acknowledged edit.
#include "sightline/storage/repositorymap.h"
#include "testdatabase.h"

#include <QEventLoop>
#include <QProcess>
#include <QSqlDriver>
#include <QTimer>
#include <QVariant>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace sightline;
using namespace sightline::repotest;
using Outcome = storage::RepositoryMap::Outcome;

namespace {

const core::Node& node(const core::MapData& map, const std::string& id) {
    for (const core::Node& n : map.nodes)
        if (n.id.str() == id)
            return n;
    FAIL("no node " << id);
    throw;
}

} // namespace

TEST_CASE("a second session catches up with the first one's revisions", "[repository][live]") {
    TestDatabase db;
    db.uploadWithGrants("m", manufacturer());
    auto repoA = db.connect("alice");
    auto repoB = db.connect("fran");
    storage::RepositoryMap a(*repoA, "m"), b(*repoB, "m");
    REQUIRE(a.open().ok());
    REQUIRE(b.open().ok());
    REQUIRE(
        a
            .edit(editLine(
                R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"Yield at first pass"})"))
            .kind == Outcome::Applied);
    REQUIRE(a.edit(editLine(R"({"op":"remove-node","id":"m-scrap"})")).kind == Outcome::Applied);
    CHECK(node(b.map(), "m-fpy").title != "Yield at first pass");
    REQUIRE(b.catchUp().ok());
    CHECK(b.revision() == 3);
    CHECK(node(b.map(), "m-fpy").title == "Yield at first pass");
    CHECK(jsonOf(b.map()) == jsonOf(a.map()));
    // b's next edit builds on a's: it catches up inside its own transaction first.
    REQUIRE(
        a
            .edit(editLine(
                R"({"op":"set","entity":"node","id":"m-oee","field":"description","value":"Overall equipment effectiveness"})"))
            .kind == Outcome::Applied);
    const Outcome out =
        b.edit(editLine(R"({"op":"set","entity":"node","id":"m-oee","field":"title","value":"OEE"})"));
    REQUIRE(out.kind == Outcome::Applied);
    CHECK(out.revision == 5);
    CHECK(node(b.map(), "m-oee").description == "Overall equipment effectiveness");
}

TEST_CASE("a commit is announced to listeners, once, with its revision", "[repository][live][notify]") {
    TestDatabase db;
    db.uploadWithGrants("m", manufacturer());
    auto listener = db.connect("vera");
    QSqlDriver* driver = listener->database().driver();
    REQUIRE(driver->subscribeToNotification(QStringLiteral("sightline")));
    QStringList payloads;
    QEventLoop loop;
    QObject::connect(driver, &QSqlDriver::notification, &loop,
                     [&](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                         payloads << payload.toString();
                         loop.quit();
                     });
    auto writer = db.connect("alice");
    storage::RepositoryMap map(*writer, "m");
    REQUIRE(map.open().ok());
    // A refused edit announces nothing; the applied one announces its revision.
    CHECK(map.edit(editLine(R"({"op":"set","entity":"node","id":"m-margin","field":"title","value":"x"})"))
              .kind == Outcome::Refused);
    REQUIRE(
        map.edit(editLine(R"({"op":"add-value","measure":"m-fpy","date":"2032-01-31","value":97})")).kind ==
        Outcome::Applied);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // a bound, not a pause: quit comes first
    loop.exec();
    REQUIRE(payloads == QStringList{QString::fromStdString("m:2")});
}

TEST_CASE("connection loss: edits fail loudly, then go on after reconnecting", "[repository][live][loss]") {
    TestDatabase db;
    db.uploadWithGrants("m", manufacturer());
    auto repo = db.connect("fran");
    storage::RepositoryMap map(*repo, "m");
    REQUIRE(map.open().ok());
    REQUIRE(
        map.edit(editLine(R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"Before"})"))
            .kind == Outcome::Applied);
    // Restart the server under the session.
    const char* state = std::getenv("SIGHTLINE_PG_STATE");
    REQUIRE(QProcess::execute(QStringLiteral(SIGHTLINE_PG_SCRIPT),
                              {QStringLiteral("restart"), QString::fromUtf8(state)}) == 0);
    CHECK_FALSE(repo->isConnected());
    const Outcome lost =
        map.edit(editLine(R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"During"})"));
    CHECK(lost.kind == Outcome::Failed);
    CHECK_FALSE(lost.message.empty());
    // A new connection sees every acknowledged edit and takes new ones.
    auto again = db.connect("fran");
    storage::RepositoryMap reopened(*again, "m");
    REQUIRE(reopened.open().ok());
    CHECK(reopened.revision() == 2);
    CHECK(node(reopened.map(), "m-fpy").title == "Before");
    CHECK(reopened
              .edit(editLine(R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"After"})"))
              .revision == 3);
}
