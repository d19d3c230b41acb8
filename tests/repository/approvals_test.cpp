// Approvals in a repository map name the approver from the session (schema version 2: people
// gain a login), and a version-1 repository is migrated to it by repo init.
#include "sightline/io/editscript.h"
#include "sightline/storage/repositorymap.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::repotest;

namespace {

// The manufacturer map where Priya Patel (prod) logs in as alice.
core::MapData withLogins() {
    core::MapData map = manufacturer();
    for (core::Person& p : map.people)
        if (p.id == core::PersonId("p-patel"))
            p.login = "alice";
    return map;
}

const core::MeasureValue* valueOn(const core::MapData& map, const char* measure, const char* date) {
    for (const core::Node& n : map.nodes)
        if (n.id == core::NodeId(measure))
            for (const core::MeasureValue& v : n.values)
                if (v.date == *core::Date::parse(date))
                    return &v;
    return nullptr;
}

// A value of m-fpy that `who` writes, saying Kenji Tanaka approved it.
storage::RepositoryMap::Outcome addApprovedValue(const TestDatabase& db, const std::string& who,
                                                 const std::string& date, const char* approver = "p-tanaka") {
    auto repo = db.connect(who);
    storage::RepositoryMap map(*repo, "m");
    REQUIRE(map.open().ok());
    return map.edit(editLine(R"({"op":"add-value","measure":"m-fpy","date":")" + date +
                             R"(","value":96.5,"approvedBy":")" + approver +
                             R"(","approvedOn":"2030-02-03"})"));
}

core::MapData reread(const TestDatabase& db) {
    auto repo = db.connect("fran");
    storage::RepositoryMap map(*repo, "m");
    REQUIRE(map.open().ok());
    return map.map();
}

} // namespace

TEST_CASE("an editor's approval names the person whose login is the session's role",
          "[repository][approvals]") {
    TestDatabase db;
    db.uploadWithGrants("m", withLogins());
    CHECK(reread(db).people == withLogins().people); // the login goes up and comes down

    // Alice says Kenji approved: the server writes that she did, and the log says alice.
    auto alice = db.connect("alice");
    storage::RepositoryMap asAlice(*alice, "m");
    REQUIRE(asAlice.open().ok());
    const auto approved = asAlice.edit(editLine(
        R"({"op":"add-value","measure":"m-fpy","date":"2030-01-31","value":96.5,"approvedBy":"p-tanaka","approvedOn":"2030-02-03"})"));
    REQUIRE(approved.kind == storage::RepositoryMap::Outcome::Applied);
    const core::MapData after = reread(db);
    const core::MeasureValue* v = valueOn(after, "m-fpy", "2030-01-31");
    REQUIRE(v);
    CHECK(v->approvedBy == core::PersonId("p-patel"));
    CHECK(v->approvedOn == core::Date::parse("2030-02-03"));
    core::Status status;
    const auto log = alice->log("m", approved.revision - 1, status);
    REQUIRE(log.size() == 1);
    CHECK(log[0].user == "alice");
    CHECK(log[0].ops.find("p-patel") != std::string::npos);
    // Her value without an approval stays unapproved.
    REQUIRE(asAlice.edit(editLine(R"({"op":"add-value","measure":"m-fpy","date":"2030-02-28","value":97})"))
                .kind == storage::RepositoryMap::Outcome::Applied);
    CHECK_FALSE(valueOn(reread(db), "m-fpy", "2030-02-28")->approvedBy);

    // Bob, whom no person of the map names, cannot approve; his plain values go in.
    auto bob = db.connect("bob");
    storage::RepositoryMap asBob(*bob, "m");
    REQUIRE(asBob.open().ok());
    const auto refused = asBob.edit(editLine(
        R"({"op":"add-value","measure":"m-sales-eu","date":"2030-01-31","value":5,"approvedBy":"p-silva","approvedOn":"2030-02-03"})"));
    CHECK(refused.kind == storage::RepositoryMap::Outcome::Refused);
    CHECK(refused.message.find("login bob") != std::string::npos);
    CHECK_FALSE(valueOn(reread(db), "m-sales-eu", "2030-01-31"));
    CHECK(asBob.edit(editLine(R"({"op":"add-value","measure":"m-sales-eu","date":"2030-01-31","value":5})"))
              .kind == storage::RepositoryMap::Outcome::Applied);
    // Nor through SQL of his own.
    CHECK_FALSE(sqlAs(db, "bob",
                      "UPDATE sightline.measure_values SET data = data || '{\"approvedBy\": \"p-silva\"}' "
                      "WHERE map = 'm' AND measure = 'm-sales-eu' AND date = '2030-01-31'")
                    .empty());

    // A facilitator records approvals as they were given (an upload keeps its history).
    REQUIRE(addApprovedValue(db, "fran", "2030-03-31", "p-brennan").kind ==
            storage::RepositoryMap::Outcome::Applied);
    CHECK(valueOn(reread(db), "m-fpy", "2030-03-31")->approvedBy == core::PersonId("p-brennan"));
}

TEST_CASE("repo init migrates a version-1 repository to version 2, keeping its maps",
          "[repository][schema][migration]") {
    TestDatabase db;
    db.uploadWithGrants("m", withLogins());
    auto admin = db.connect("sightline_admin");
    // Version 1 is version 2 without the approver trigger.
    CHECK(sqlAs(db, "sightline_admin",
                "DROP TRIGGER approver ON sightline.measure_values; DROP FUNCTION sightline.approver(); "
                "UPDATE sightline.schema_version SET version = 1")
              .empty());
    core::Status status;
    REQUIRE(admin->schemaVersion(status) == 1);
    const core::MapData before = reread(db);

    REQUIRE(admin->init().ok());
    CHECK(admin->schemaVersion(status) == 2);
    CHECK(reread(db) == before);
    REQUIRE(addApprovedValue(db, "alice", "2030-01-31").kind == storage::RepositoryMap::Outcome::Applied);
    CHECK(valueOn(reread(db), "m-fpy", "2030-01-31")->approvedBy == core::PersonId("p-patel"));
}
