// A repository map in the real main window (docs/repository.md): every edit is written through to
// the server, another person's revision shows up without a click, and when the server goes away
// the map turns read-only with a banner, keeps the edit and writes it once the server is back.
#include "actions.h"
#include "docks/measuredock.h"
#include "docks/xmrchartwidget.h"
#include "helpers.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/storage/repositorydocument.h"
#include "sightline/storage/repositorymap.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace testing;

namespace {

const core::Node* titled(const core::MapData& map, const std::string& id) {
    for (const core::Node& n : map.nodes)
        if (n.id.str() == id)
            return &n;
    return nullptr;
}

void cluster(const char* command) {
    REQUIRE(QProcess::execute(
                QStringLiteral(SIGHTLINE_PG_SCRIPT),
                {QString::fromLatin1(command), QString::fromUtf8(std::getenv("SIGHTLINE_PG_STATE"))}) == 0);
}

} // namespace

TEST_CASE("a repository map in the editor: write-through, live changes, connection loss", "[repository]") {
    repotest::TestDatabase db;
    db.uploadWithGrants("m", repotest::manufacturer());
    Editor e(smallMap());
    REQUIRE(e.window->documents().openRepository(QString::fromStdString(db.url("fran", "m"))));
    REQUIRE(e.document().repository());
    CHECK_FALSE(e.document().isReadOnly());
    QLabel* status = e.window->repositoryStatus();
    CHECK(status->isVisible());
    // Opening may lay out a view that has no positions yet: that is the first edit.
    const long long opened = e.document().repository()->revision();
    CHECK(opened <= 2);
    CHECK(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("revision %1").arg(opened)); },
                          5000));

    // An edit in the editor is a revision on the server.
    const std::size_t nodes = e.map().nodes().size();
    e.scene().selectNodes({core::NodeId("o-oee")});
    const auto added = e.controller().createLinked(core::NodeKind::Measure, QPointF(0, 0));
    REQUIRE(added);
    const int steps = e.undo().count();
    auto other = db.connect("alice");
    storage::RepositoryMap seen(*other, "m");
    REQUIRE(seen.open().ok());
    CHECK(seen.revision() == opened + 1);
    CHECK(seen.map().nodes.size() == nodes + 1);

    // Alice's revision reaches the editor through its notification, and the status bar says
    // where the map stands. It touched nothing the editor's steps changed: they all stay.
    std::string error;
    auto rename = io::parseEditLine(
        R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"Yield first time"})", error);
    REQUIRE(seen.edit(*rename).kind == storage::RepositoryMap::Outcome::Applied);
    CHECK(QTest::qWaitFor([&] { return e.map().node(core::NodeId("m-fpy"))->title == "Yield first time"; },
                          10000));
    CHECK(e.document().repository()->revision() == opened + 2);
    CHECK(QTest::qWaitFor(
        [&] { return status->text().contains(QStringLiteral("revision %1").arg(opened + 2)); }, 5000));
    QCoreApplication::processEvents(); // the queued check of the undo steps
    CHECK(e.undo().count() == steps);

    // Alice renames the measure the editor added: undoing its adding would remove her work, so
    // that step goes with the steps before it, and the status bar says so.
    auto renameNew = io::parseEditLine(R"({"op":"set","entity":"node","id":")" + added->str() +
                                           R"(","field":"title","value":"Scrap cost per part"})",
                                       error);
    REQUIRE(renameNew);
    REQUIRE(seen.edit(*renameNew).kind == storage::RepositoryMap::Outcome::Applied);
    CHECK(QTest::qWaitFor([&] { return e.undo().count() == 0; }, 10000));
    CHECK(e.map().node(*added)->title == "Scrap cost per part");
    CHECK(e.window->statusBar()->currentMessage().contains(QStringLiteral("can no longer be undone")));
    CHECK(e.document().repository()->revision() == opened + 3);

    // The server goes away: the next edit is kept, the map turns read-only with a banner.
    cluster("pause");
    e.scene().selectNodes({core::NodeId("o-oee")});
    REQUIRE(e.controller().createLinked(core::NodeKind::Initiative, QPointF(0, 0)));
    CHECK(e.document().isReadOnly());
    CHECK(e.document().repository()->hasUnsentEdits());
    QWidget* banner = e.window->findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    // Back: it reconnects on its own and writes what was kept.
    cluster("resume");
    CHECK(QTest::qWaitFor([&] { return !e.document().isReadOnly(); }, 20000));
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(e.document().repository()->hasUnsentEdits());
    auto again = db.connect("alice");
    storage::RepositoryMap after(*again, "m");
    REQUIRE(after.open().ok());
    CHECK(after.revision() == opened + 4);
    CHECK(after.map().nodes.size() == nodes + 2);
    CHECK(titled(after.map(), "m-fpy")->title == "Yield first time");
}

TEST_CASE("Approve in a repository map names the person whose login is the session's role",
          "[repository][approvals]") {
    repotest::TestDatabase db;
    core::MapData map = repotest::manufacturer();
    for (core::Person& p : map.people)
        if (p.id == core::PersonId("p-patel"))
            p.login = "alice"; // Priya Patel (production) logs in as alice
    db.uploadWithGrants("m", map);
    Editor e(smallMap());
    REQUIRE(e.window->documents().openRepository(QString::fromStdString(db.url("alice", "m"))));
    REQUIRE(e.document().repository());
    CHECK(e.document().repository()->login() == QStringLiteral("alice"));
    auto* dock = e.window->findChild<editor::MeasureDock*>();
    REQUIRE(dock);
    e.scene().selectNodes({core::NodeId("m-fpy")});
    dock->rebuild();
    const auto g = dock->chart()->geometry();
    REQUIRE(g.points.size() > 2);
    QTest::mouseClick(dock->chart(), Qt::LeftButton, {}, g.points[2].toPoint());
    const core::Date at = dock->chart()->chart().points[2].date;
    REQUIRE(dock->approveButton()->isEnabled());
    QTest::mouseClick(dock->approveButton(), Qt::LeftButton); // no question: alice is Priya Patel
    const core::MeasureValue* local = e.map().node(core::NodeId("m-fpy"))->valueOn(at);
    REQUIRE(local);
    CHECK(local->approvedBy == core::PersonId("p-patel"));
    auto fran = db.connect("fran");
    storage::RepositoryMap server(*fran, "m");
    REQUIRE(server.open().ok());
    const core::Node* stored = titled(server.map(), "m-fpy");
    REQUIRE(stored);
    REQUIRE(stored->valueOn(at));
    CHECK(stored->valueOn(at)->approvedBy == core::PersonId("p-patel"));
    CHECK(stored->valueOn(at)->approvedOn == local->approvedOn);
}

TEST_CASE("a viewer's repository map is read-only in the editor, with a banner that says why",
          "[repository]") {
    repotest::TestDatabase db;
    db.uploadWithGrants("m", repotest::manufacturer());
    Editor e(smallMap());
    REQUIRE(e.window->documents().openRepository(QString::fromStdString(db.url("vera", "m"))));
    CHECK(e.document().isReadOnly());
    QLabel* banner = e.window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("may only read")));
    e.scene().selectNodes({core::NodeId("o-oee")});
    CHECK_FALSE(e.controller().createLinked(core::NodeKind::Measure, QPointF(0, 0)));
}

TEST_CASE("an edit of a row someone changed first is kept as a conflict and can be re-applied",
          "[repository]") {
    repotest::TestDatabase db;
    db.uploadWithGrants("m", repotest::manufacturer());
    Editor e(smallMap());
    REQUIRE(e.window->documents().openRepository(QString::fromStdString(db.url("fran", "m"))));
    storage::RepositoryDocument& repo = *e.document().repository();
    // Alice renames m-fpy; the editor has not heard of it yet (no event loop turn) when its user
    // renames the same measure.
    auto other = db.connect("alice");
    storage::RepositoryMap alice(*other, "m");
    REQUIRE(alice.open().ok());
    std::string error;
    REQUIRE(alice
                .edit(*io::parseEditLine(
                    R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"Alice's yield"})",
                    error))
                .kind == storage::RepositoryMap::Outcome::Applied);
    core::Node mine = *e.map().node(core::NodeId("m-fpy"));
    mine.title = "Fran's yield";
    REQUIRE(e.map().updateNode(mine).ok());
    // Alice's stands, Fran's is kept.
    CHECK(e.map().node(core::NodeId("m-fpy"))->title == "Alice's yield");
    REQUIRE(repo.conflicts().size() == 1);
    CHECK(repo.conflicts()[0].what == QStringLiteral("node 'm-fpy'"));
    CHECK(e.window->actions().repositoryConflicts->isEnabled());
    // Re-applied, it is the newest revision.
    REQUIRE(repo.reapply(0).ok());
    CHECK(repo.conflicts().empty());
    CHECK(e.map().node(core::NodeId("m-fpy"))->title == "Fran's yield");
    REQUIRE(alice.catchUp().ok());
    CHECK(titled(alice.map(), "m-fpy")->title == "Fran's yield");
}
