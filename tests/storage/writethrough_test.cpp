#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace sightline;
using namespace sightline::core;
using namespace sightline::storage;
using namespace sightline::storage::test;

namespace {

// The file, read by another connection while the document is open, holds exactly the model.
void requireFileMatches(const RmapDocument& doc) {
    REQUIRE(doc.lastError().isEmpty());
    const auto read = readRmap(doc.path());
    INFO(read.error.toStdString());
    REQUIRE(read.map);
    REQUIRE(*read.map == doc.map().data());
}

struct Fixture {
    TempDir dir;
    std::unique_ptr<RmapDocument> doc;
    Fixture() { doc = createDocument(dir.file("edit.rmap"), fullMap()); }
    Map& map() { return doc->map(); }
};

Node objective(const char* id, const char* title) {
    Node n;
    n.id = NodeId(id);
    n.title = title;
    return n;
}

} // namespace

TEST_CASE("every model operation is written through", "[storage][writethrough]") {
    Fixture f;
    Map& m = f.map();

    SECTION("properties and settings") {
        REQUIRE(m.setProperties({"New title", "New description", Vocabulary::Okr}).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.setSettings({1, 2, 0.125}).ok());
        requireFileMatches(*f.doc);
    }
    SECTION("nodes: add at the end, the start and in the middle; update; kind-specific fields") {
        REQUIRE(m.addNode(objective("o9", "At the end")).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.addNode(objective("o10", "At the start"), 0).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.addNode(objective("o11", "In the middle"), 3).ok());
        requireFileMatches(*f.doc);
        Node measure = *m.node(NodeId("m1"));
        measure.values.push_back({*Date::parse("2027-01-31"), 90, "new"});
        measure.baseline.reset();
        measure.cadence = Cadence::Quarterly;
        REQUIRE(m.updateNode(measure).ok());
        requireFileMatches(*f.doc);
        Node initiative = *m.node(NodeId("i1"));
        initiative.status = InitiativeStatus::Done;
        initiative.start.reset();
        REQUIRE(m.updateNode(initiative).ok());
        requireFileMatches(*f.doc);
    }
    SECTION("removing nodes takes their links, positions and waivers; restore puts them back") {
        NodeRemoval removed;
        REQUIRE(m.removeNodes({NodeId("o1"), NodeId("m2")}, &removed).ok());
        CHECK(m.links().size() == 0);
        requireFileMatches(*f.doc);
        REQUIRE(m.restore(removed).ok());
        CHECK(m.data() == fullMap());
        requireFileMatches(*f.doc);
    }
    SECTION("links") {
        Link l{LinkId("l9"), LinkKind::Drives, NodeId("m1"), NodeId("g1"), Polarity::Positive,
               0.75,         Aggregate::Sum,   "x"};
        REQUIRE(m.addLink(l, 1).ok());
        requireFileMatches(*f.doc);
        l.note = "changed";
        l.polarity = Polarity::Negative;
        REQUIRE(m.updateLink(l).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.removeLink(LinkId("l2")).ok());
        requireFileMatches(*f.doc);
    }
    SECTION("teams, people and perspectives") {
        REQUIRE(m.addTeam({TeamId("sales"), "Sales", TeamId("acme"), "#ffffff"}, 1).ok());
        REQUIRE(m.updateTeam({TeamId("plant"), "Plant Two", TeamId("sales"), ""}).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.addPerson({PersonId("ann"), "Ann", "ann@x.org", TeamId("sales"), "Rep"}, 0).ok());
        REQUIRE(m.updatePerson({PersonId("kim"), "Kim N.", "kim@x.org", TeamId("ops"), ""}).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.removePerson(PersonId("ann")).ok());
        REQUIRE(m.addTeam({TeamId("empty"), "Empty", std::nullopt, ""}).ok());
        REQUIRE(m.removeTeam(TeamId("empty")).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.addPerspective({PerspectiveId("people"), "People"}, 2).ok());
        REQUIRE(m.updatePerspective({PerspectiveId("customer"), "Clients"}).ok());
        REQUIRE(m.removePerspective(PerspectiveId("community")).ok());
        requireFileMatches(*f.doc);
    }
    SECTION("positions are set and cleared") {
        REQUIRE(
            m.setPositions(ViewKind::Strategy, {{NodeId("g1"), Point{1, 2}}, {NodeId("m1"), std::nullopt}})
                .ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.setPositions(ViewKind::Results, {{NodeId("o1"), Point{-5.5, 7}}}).ok());
        requireFileMatches(*f.doc);
    }
    SECTION("waivers") {
        REQUIRE(m.addWaiver({"no-owner",
                             {NodeId("g1")},
                             std::nullopt,
                             "the board owns it",
                             PersonId("kim"),
                             std::nullopt},
                            0)
                    .ok());
        requireFileMatches(*f.doc);
        Waiver w = m.waivers()[1];
        w.reason = "still copied on purpose";
        w.nodes = {NodeId("m1"), NodeId("o1")};
        REQUIRE(m.updateWaiver(1, w).ok());
        requireFileMatches(*f.doc);
        REQUIRE(m.removeWaiver(0).ok());
        requireFileMatches(*f.doc);
    }
    SECTION("a batch is one change set: remove, re-add with the same id elsewhere, reference new rows") {
        int changeSets = 0;
        m.subscribe([&](const ChangeSet&) { ++changeSets; });
        {
            Map::Batch batch(m);
            REQUIRE(m.addTeam({TeamId("new-team"), "New", std::nullopt, ""}).ok());
            REQUIRE(m.removeNodes({NodeId("i1")}).ok());
            Node again = objective("i1", "Now an objective");
            again.team = TeamId("new-team");
            REQUIRE(m.addNode(again, 0).ok());
            REQUIRE(m.setPositions(ViewKind::Results, {{NodeId("i1"), Point{9, 9}}}).ok());
            REQUIRE(m.addLink({LinkId("l20"), LinkKind::Drives, NodeId("i1"), NodeId("g1"),
                               Polarity::Positive, 1.0, Aggregate::Sum, ""})
                        .ok());
            REQUIRE(m.removeLink(LinkId("l20")).ok());
        }
        CHECK(changeSets == 1);
        requireFileMatches(*f.doc);
    }
}

TEST_CASE("many insertions at the same place keep the order", "[storage][writethrough]") {
    Fixture f;
    for (int i = 0; i < 120; ++i) {
        const std::string id = "x" + std::to_string(i);
        REQUIRE(f.map().addNode(objective(id.c_str(), "Squeezed in"), 2).ok());
        REQUIRE(f.map()
                    .addLink({LinkId("k" + std::to_string(i)), LinkKind::Drives, NodeId(id), NodeId("g1"),
                              Polarity::Positive, 1.0, Aggregate::Sum, ""},
                             1)
                    .ok());
    }
    requireFileMatches(*f.doc);
}

TEST_CASE("random edits are written through, one change set at a time", "[storage][writethrough]") {
    Fixture f;
    std::mt19937 random(7);
    for (int i = 0; i < 400; ++i) {
        const std::string what = randomEdit(f.map(), random);
        INFO("edit " << i << ": " << what);
        if (i % 10 == 0 || i > 380)
            requireFileMatches(*f.doc);
    }
    requireFileMatches(*f.doc);
}

namespace {

// Rows the document's own connection has inserted, updated or deleted so far.
int rowsWritten(const RmapDocument& doc) {
    QSqlDatabase db = QSqlDatabase::database(doc.connectionName(), false);
    REQUIRE(db.isOpen());
    sqlite3* handle = *static_cast<sqlite3* const*>(db.driver()->handle().constData());
    return sqlite3_total_changes(handle);
}

} // namespace

TEST_CASE("an edit writes only the rows and columns it changed", "[storage][writethrough]") {
    Fixture f;
    Map& m = f.map();
    Node measure = *m.node(NodeId("m1"));
    REQUIRE(measure.values.size() >= 2);

    int before = rowsWritten(*f.doc);
    measure.title = "Unplanned downtime (hours a month)";
    REQUIRE(m.updateNode(measure).ok());
    CHECK(rowsWritten(*f.doc) - before == 1); // the node's row, not its values
    requireFileMatches(*f.doc);

    before = rowsWritten(*f.doc);
    measure.values.push_back({*Date::parse("2027-02-28"), 80, ""});
    REQUIRE(m.updateNode(measure).ok());
    // The values are rewritten (deleted and inserted); the node's row is left alone.
    CHECK(rowsWritten(*f.doc) - before == 2 * static_cast<int>(measure.values.size()) - 1);
    requireFileMatches(*f.doc);

    before = rowsWritten(*f.doc);
    Link link = m.links().front();
    link.note = "through uptime";
    REQUIRE(m.updateLink(link).ok());
    Team team = m.teams().front();
    team.colour = "#336699";
    REQUIRE(m.updateTeam(team).ok());
    Person person = m.people().front();
    person.role = "Maintenance lead";
    REQUIRE(m.updatePerson(person).ok());
    CHECK(rowsWritten(*f.doc) - before == 3);
    requireFileMatches(*f.doc);
}

TEST_CASE("format 2 edits of a measure are written through, and only what they change",
          "[storage][writethrough][format2]") {
    Fixture f;
    Map& m = f.map();
    const NodeId id("m1");
    REQUIRE(m.node(id)->values.size() >= 2);
    const Date first = m.node(id)->values.front().date;

    int before = rowsWritten(*f.doc);
    REQUIRE(m.setXmrBaselinePoints(id, 2).ok());
    CHECK(rowsWritten(*f.doc) - before == 1); // the node's xmr_baseline_points column
    requireFileMatches(*f.doc);

    before = rowsWritten(*f.doc);
    XmrOptions xmr = m.node(id)->xmr;
    REQUIRE(xmr.rules == XmrRules::Nhs);
    xmr.rules = XmrRules::Pump;
    REQUIRE(m.setXmr(id, xmr).ok());
    CHECK(rowsWritten(*f.doc) - before == 1);
    requireFileMatches(*f.doc);

    const std::vector<Date> breaks = m.node(id)->xmr.breaks;
    REQUIRE(breaks.size() == 2);
    before = rowsWritten(*f.doc);
    REQUIRE(m.setXmrBreaks(id, {breaks.front()}).ok());
    // The old breaks deleted, the one kept inserted; values and the node's row untouched.
    CHECK(rowsWritten(*f.doc) - before == 3);
    requireFileMatches(*f.doc);

    const std::size_t forecastBefore = m.node(id)->forecast.size();
    before = rowsWritten(*f.doc);
    REQUIRE(m.setForecast(id, {{*Date::parse("2030-01-31"), 70, "plan"}}).ok());
    CHECK(rowsWritten(*f.doc) - before == static_cast<int>(forecastBefore) + 1);
    requireFileMatches(*f.doc);

    REQUIRE(!m.people().empty());
    REQUIRE(m.setApproval(id, first, m.people().front().id, Date::parse("2030-02-03")).ok());
    requireFileMatches(*f.doc);
    const auto read = readRmap(f.doc->path());
    REQUIRE(read.map);
    const Node* again = nullptr;
    for (const Node& n : read.map->nodes)
        if (n.id == id)
            again = &n;
    REQUIRE(again);
    CHECK(again->xmr.rules == XmrRules::Pump);
    CHECK(again->xmr.breaks.size() == 1);
    CHECK(again->xmr.baselinePoints == 2);
    CHECK(again->values.front().approvedBy == m.people().front().id);
}
