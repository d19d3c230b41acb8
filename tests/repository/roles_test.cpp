// The server, not the client, decides what a role may do: every role against every kind of
// edit, through Sightline and through crafted SQL on the role's own connection.
#include "sightline/storage/repositorymap.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::repotest;
using Outcome = storage::RepositoryMap::Outcome;

namespace {

Outcome::Kind editAs(const TestDatabase& db, const std::string& user, const std::string& json) {
    auto repo = db.connect(user);
    storage::RepositoryMap map(*repo, "m");
    REQUIRE(map.open().ok());
    std::string error;
    auto line = io::parseEditLine(json, error);
    REQUIRE(line);
    const Outcome out = map.edit(*line);
    INFO(user << ": " << json << " -> " << out.message);
    CHECK(out.kind != Outcome::Failed);
    return out.kind;
}

} // namespace

TEST_CASE("each role may do what its grant says, and nothing more", "[repository][roles]") {
    TestDatabase db;
    db.uploadWithGrants("m", manufacturer());
    struct Case {
        const char* what;
        const char* edit;
        bool facilitator, alice, bob, vera;
    };
    // alice edits ops and the teams below it (prod, maint); bob edits sales; vera only reads.
    const Case cases[] = {
        {"title of a prod measure",
         R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"T %s"})", true, true, false,
         false},
        {"title of a corporate measure",
         R"({"op":"set","entity":"node","id":"m-margin","field":"title","value":"T %s"})", true, false, false,
         false},
        {"move a prod node to sales",
         R"({"op":"set","entity":"node","id":"m-oee","field":"team","value":"sales"})", true, false, false,
         false},
        {"value of a maint measure",
         R"({"op":"add-value","measure":"m-mtbf","date":"2031-0%d-28","value":40})", true, true, false,
         false},
        {"new node in prod",
         R"({"op":"add-node","node":{"id":"n-%s","kind":"measure","title":"Setup minutes","team":"prod"}})",
         true, true, false, false},
        {"new node in corporate",
         R"({"op":"add-node","node":{"id":"c-%s","kind":"measure","title":"Cash","team":"bw"}})", true, false,
         false, false},
        {"link from a prod measure",
         R"({"op":"add-link","link":{"id":"l-%s","kind":"drives","from":"m-fpy","to":"%T"}})", true, true,
         false, false},
        {"rename a team", R"({"op":"set","entity":"team","id":"ops","field":"name","value":"Ops %s"})", true,
         false, false, false},
        {"the map's title", R"({"op":"set","entity":"map","field":"title","value":"Map %s"})", true, false,
         false, false},
    };
    const char* users[] = {"fran", "alice", "bob", "vera"};
    int round = 0;
    for (const Case& c : cases) {
        const bool allowed[] = {c.facilitator, c.alice, c.bob, c.vera};
        // Each user tries in turn, the facilitator last, so that a refusal is never "already so".
        for (int u : {1, 2, 3, 0}) {
            ++round;
            std::string edit = c.edit;
            if (auto at = edit.find("%s"); at != std::string::npos)
                edit.replace(at, 2, std::string(users[u]) + std::to_string(round));
            const char* targets[] = {"m-margin", "m-repeat", "m-ltifr", "m-sales-total"};
            if (auto at = edit.find("%T"); at != std::string::npos)
                edit.replace(at, 2, targets[u]);
            if (auto at = edit.find("%d"); at != std::string::npos)
                edit.replace(at, 2, std::to_string(1 + u));
            INFO(c.what << " as " << users[u]);
            CHECK((editAs(db, users[u], edit) == Outcome::Applied) == allowed[u]);
        }
    }
    // Someone without a grant cannot even open the map.
    auto repo = db.connect("mallory");
    storage::RepositoryMap map(*repo, "m");
    const core::Status open = map.open();
    CHECK_FALSE(open.ok());
    CHECK(open.message().find("no map named 'm' that you may open") != std::string::npos);
}

TEST_CASE("crafted SQL cannot get round the policies", "[repository][roles][security]") {
    TestDatabase db;
    db.uploadWithGrants("m", manufacturer());
    int rows = -1;
    // An editor's UPDATE of another team's node changes nothing.
    CHECK(sqlAs(db, "alice",
                "UPDATE sightline.nodes SET data = data || '{\"title\":\"pwned\"}' WHERE id = 'm-margin'",
                &rows)
              .empty());
    CHECK(rows == 0);
    // ... nor can it move its own node out of its teams, or insert into another team.
    CHECK(sqlAs(db, "alice",
                "UPDATE sightline.nodes SET data = data || '{\"team\":\"sales\"}' WHERE id = 'm-fpy'")
              .find("row-level security") != std::string::npos);
    CHECK(sqlAs(db, "alice",
                "INSERT INTO sightline.nodes (map, id, data, ord) VALUES ('m', 'x', "
                "'{\"id\":\"x\",\"kind\":\"measure\",\"title\":\"x\",\"team\":\"bw\"}', 99)")
              .find("row-level security") != std::string::npos);
    CHECK(sqlAs(db, "alice", "DELETE FROM sightline.nodes WHERE team = 'bw'", &rows).empty());
    CHECK(rows == 0);
    // Editors never write teams, people, grants, settings, the log or the revision.
    for (const char* sql : {"UPDATE sightline.teams SET data = '{}'", "DELETE FROM sightline.people",
                            "INSERT INTO sightline.grants VALUES ('m', 'alice', 'facilitator', '')",
                            "UPDATE sightline.doc SET data = '\"x\"'", "DELETE FROM sightline.log",
                            "INSERT INTO sightline.log_ops (map, rev, op) VALUES ('m', 1, '{}')",
                            "UPDATE sightline.maps SET rev = 0", "SELECT sightline.create_map('mine')",
                            "SELECT sightline.drop_map('m')", "SELECT sightline.revision('m')"}) {
        INFO(sql);
        const std::string error = sqlAs(db, "alice", sql, &rows);
        CHECK((!error.empty() || rows == 0));
    }
    // A viewer writes nothing at all; someone without a grant sees nothing.
    CHECK(sqlAs(db, "vera", "UPDATE sightline.nodes SET data = data").find("permission denied") !=
          std::string::npos);
    CHECK(sqlAs(db, "mallory", "UPDATE sightline.nodes SET data = data WHERE true", &rows)
              .find("permission denied") != std::string::npos);
    auto repo = db.connect("mallory");
    core::Status status;
    CHECK(repo->maps(status).empty());
    // Nothing above changed the map: still revision 1, as uploaded.
    auto admin = db.connect("sightline_admin");
    long long rev = 0;
    CHECK(jsonOf(*admin->load("m", rev, status)) == jsonOf(manufacturer()));
    CHECK(rev == 1);
}
