// sightline-cli with .rmap documents: convert both ways, detection by content, refusals.

#include "clirunner.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <sqlite3.h>

using clitest::q;
using clitest::run;
using clitest::Scratch;

namespace {

const std::string kFull = std::string(SIGHTLINE_TEST_DATA) + "/full-features.json";
const std::string kGenmap = std::string(SIGHTLINE_TEST_DATA) + "/genmap-300.json";
const std::string kGenmapDefects = std::string(SIGHTLINE_TEST_DATA) + "/genmap-200-defects.json";

void sql(const std::filesystem::path& path, const char* statements) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, statements, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::size_t entries(const Scratch& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir.path()), {}));
}

} // namespace

TEST_CASE("convert: JSON -> .rmap -> JSON is lossless", "[cli][rmap]") {
    const std::string examples = SIGHTLINE_EXAMPLES;
    for (const std::string& map :
         {kFull, kGenmap, kGenmapDefects, examples + "/manufacturer-results-map.json",
          examples + "/bank-strategy-map.json"}) {
        INFO(map);
        Scratch dir;
        auto r = run(dir, "convert " + q(map) + " direct.json");
        REQUIRE(r.exit == 0);
        r = run(dir, "convert " + q(map) + " map.rmap");
        REQUIRE(r.exit == 0);
        CHECK(r.err.empty());
        CHECK(dir.read("map.rmap").substr(0, 16) == std::string("SQLite format 3\0", 16));
        r = run(dir, "convert map.rmap back.json");
        REQUIRE(r.exit == 0);
        CHECK(dir.read("back.json") == dir.read("direct.json"));
        // .rmap -> .rmap too, and only the outputs are left: no temporary files.
        r = run(dir, "convert map.rmap again.rmap");
        REQUIRE(r.exit == 0);
        r = run(dir, "convert again.rmap again.json");
        REQUIRE(r.exit == 0);
        CHECK(dir.read("again.json") == dir.read("direct.json"));
        CHECK(entries(dir) == 5);
    }
}

TEST_CASE("every command reads .rmap, recognised by content", "[cli][rmap]") {
    Scratch dir;
    REQUIRE(run(dir, "convert " + q(kFull) + " map.rmap").exit == 0);
    std::filesystem::copy_file(dir / "map.rmap", dir / "named-like-json.json");

    auto fromJson = run(dir, "stats " + q(kFull));
    REQUIRE(fromJson.exit == 0);
    for (const char* file : {"map.rmap", "named-like-json.json"}) {
        INFO(file);
        auto r = run(dir, std::string("stats ") + file);
        CHECK(r.exit == 0);
        CHECK(r.out == fromJson.out);
        auto v = run(dir, std::string("validate ") + file);
        CHECK(v.exit == 0);
        CHECK(v.err == run(dir, "validate " + q(kFull)).err); // the same warnings
    }
    auto json = run(dir, "stats --format json map.rmap");
    CHECK(json.exit == 0);
    CHECK(json.out == run(dir, "stats --format json " + q(kFull)).out);
}

TEST_CASE("validate: bad .rmap files get exit 2 and a clear message", "[cli][rmap]") {
    Scratch dir;
    std::mt19937 random(5);
    std::string noise(4096, '\0');
    for (char& c : noise)
        c = static_cast<char>(random());
    dir.write("noise.rmap", noise);
    auto r = run(dir, "validate noise.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find("noise.rmap is not a Sightline map (.rmap): it is not a SQLite database") == 0);

    dir.write("empty.rmap", "");
    r = run(dir, "validate empty.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find("empty.rmap is empty") == 0);

    sql(dir / "foreign.rmap", "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);");
    r = run(dir, "validate foreign.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find("foreign.rmap is a SQLite database, but not a Sightline map") == 0);

    REQUIRE(run(dir, "convert " + q(kGenmap) + " newer.rmap").exit == 0);
    sql(dir / "newer.rmap", "PRAGMA user_version = 99;");
    r = run(dir, "validate newer.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find("newer.rmap was written by a newer version of Sightline (map file version 99") == 0);

    REQUIRE(run(dir, "convert " + q(kGenmap) + " whole.rmap").exit == 0);
    const std::string whole = dir.read("whole.rmap");
    REQUIRE(whole.size() > 8192);
    for (std::size_t cut : {std::size_t{50}, std::size_t{4096}, whole.size() / 2, whole.size() - 100}) {
        INFO("cut at " << cut);
        dir.write("truncated.rmap", whole.substr(0, cut));
        r = run(dir, "validate truncated.rmap");
        CHECK(r.exit == 2);
        CHECK(r.err.find("truncated.rmap is damaged") == 0);
    }

    REQUIRE(run(dir, "convert " + q(kGenmap) + " dangling.rmap").exit == 0);
    sql(dir / "dangling.rmap", "PRAGMA foreign_keys = OFF; UPDATE links SET to_node = 'nowhere' "
                               "WHERE id = (SELECT id FROM links ORDER BY ord LIMIT 1);");
    r = run(dir, "validate dangling.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find(
              "dangling.rmap holds a map that is not valid:\n  /links/0/to: unknown node \"nowhere\"") == 0);
}

TEST_CASE("convert to .rmap writes the whole file or nothing", "[cli][rmap]") {
    Scratch dir;
    dir.write("bad.json",
              R"({"format": "sightline-map", "version": 1, "title": "", "nodes": [], "links": []})");
    auto r = run(dir, "convert bad.json out.rmap");
    CHECK(r.exit == 2);
    CHECK_FALSE(std::filesystem::exists(dir / "out.rmap"));

    r = run(dir, "convert " + q(kGenmap) + " no-such-dir/out.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find("no-such-dir/out.rmap") != std::string::npos);

    // An existing output is replaced whole.
    dir.write("out.rmap", "old content");
    r = run(dir, "convert " + q(kGenmap) + " out.rmap");
    CHECK(r.exit == 0);
    CHECK(run(dir, "validate out.rmap").exit == 0);
    CHECK(entries(dir) == 2); // bad.json and out.rmap
}
