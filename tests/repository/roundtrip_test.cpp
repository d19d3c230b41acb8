// A map uploaded to the repository and downloaded again is the same map; edits through the
// server follow the map-format rules with the messages of validate; revisions are gap-free.
#include "sightline/io/jsonmapreader.h"
#include "sightline/storage/repositorymap.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::repotest;

namespace {} // namespace

TEST_CASE("both examples round-trip through the repository", "[repository][roundtrip]") {
    TestDatabase db;
    auto repo = db.connect("sightline_admin");
    for (const char* file : {"manufacturer-results-map.json", "bank-strategy-map.json"}) {
        io::ReadResult read = io::readMapJsonFile(std::string(SIGHTLINE_EXAMPLES) + "/" + file);
        REQUIRE(read.ok());
        REQUIRE(repo->upload(file, *read.map, false).ok());
        long long rev = 0;
        core::Status status;
        auto back = repo->load(file, rev, status);
        INFO(status.message());
        REQUIRE(back);
        CHECK(rev == 1);
        CHECK(jsonOf(*back) == jsonOf(*read.map));
    }
    // An existing map is refused unless replaced.
    const core::Status again = repo->upload("bank-strategy-map.json", manufacturer(), false);
    CHECK_FALSE(again.ok());
    CHECK(again.message().find("already has a map named") != std::string::npos);
    REQUIRE(repo->upload("bank-strategy-map.json", manufacturer(), true).ok());
    long long rev = 0;
    core::Status status;
    CHECK(jsonOf(*repo->load("bank-strategy-map.json", rev, status)) == jsonOf(manufacturer()));
    core::Status listed;
    CHECK(repo->maps(listed).size() == 2);
}

TEST_CASE("edits through the server: rules, revisions and the log", "[repository][edit]") {
    TestDatabase db;
    db.uploadWithGrants("m", manufacturer());
    auto repo = db.connect("fran");
    storage::RepositoryMap map(*repo, "m");
    REQUIRE(map.open().ok());
    REQUIRE(map.revision() == 1);

    auto ok =
        map.edit(editLine(R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"Yield"})"));
    CHECK(ok.kind == storage::RepositoryMap::Outcome::Applied);
    CHECK(ok.revision == 2);
    auto value =
        map.edit(editLine(R"({"op":"add-value","measure":"m-fpy","date":"2030-01-31","value":96.5})"));
    CHECK(value.revision == 3);

    // The rules of the map format, with the reader's message.
    auto badTeam =
        map.edit(editLine(R"({"op":"set","entity":"node","id":"m-fpy","field":"team","value":"nowhere"})"));
    CHECK(badTeam.kind == storage::RepositoryMap::Outcome::Refused);
    CHECK(badTeam.message.find("unknown team \"nowhere\"") != std::string::npos);
    auto cycle =
        map.edit(editLine(R"({"op":"set","entity":"team","id":"bw","field":"parent","value":"prod"})"));
    CHECK(cycle.kind == storage::RepositoryMap::Outcome::Refused);
    auto selfLink = map.edit(
        editLine(R"({"op":"add-link","link":{"id":"x","kind":"drives","from":"m-fpy","to":"m-fpy"}})"));
    CHECK(selfLink.kind == storage::RepositoryMap::Outcome::Refused);
    CHECK(map.revision() == 3); // refusals leave no revision

    // A node removed with its links, values and positions, in one revision.
    auto removed = map.edit(editLine(R"({"op":"remove-node","id":"m-scrap"})"));
    REQUIRE(removed.kind == storage::RepositoryMap::Outcome::Applied);
    CHECK(removed.revision == 4);

    // if_version: a line that saw revision 1 may not overwrite the title changed in revision 2.
    auto stale = map.edit(editLine(
        R"({"op":"set","entity":"node","id":"m-fpy","field":"title","value":"Old","if_version":1})"));
    CHECK(stale.kind == storage::RepositoryMap::Outcome::Refused);
    CHECK(stale.message.find("was changed in revision 2") != std::string::npos);

    // What the server holds is what this session holds.
    long long rev = 0;
    core::Status status;
    auto stored = repo->load("m", rev, status);
    REQUIRE(stored);
    CHECK(rev == 4);
    CHECK(jsonOf(*stored) == jsonOf(map.map()));

    // The log: gap-free, by whom, and replayable onto the first revision.
    const auto log = repo->log("m", 0, status);
    REQUIRE(log.size() == 4);
    for (std::size_t i = 0; i < log.size(); ++i) {
        CHECK(log[i].rev == static_cast<long long>(i + 1));
        CHECK(log[i].user == (i == 0 ? "sightline_admin" : "fran"));
    }
    core::MapData replayed = manufacturer();
    for (std::size_t i = 1; i < log.size(); ++i) {
        io::EditResult r = io::applyEdits(replayed, log[i].ops);
        INFO(r.error);
        REQUIRE(r.map);
        replayed = std::move(*r.map);
    }
    CHECK(jsonOf(replayed) == jsonOf(*stored));
}
