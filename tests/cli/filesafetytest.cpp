// sightline-cli and issue 12: hostile maps are refused, a read-only target is never replaced
// (exit 2), a replaced file keeps its permissions, a map open elsewhere is not written.

#include "clirunner.h"
#include "sightline/storage/maplock.h"

#include <QString>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sqlite3.h>
#include <sys/stat.h>

using clitest::q;
using clitest::run;
using clitest::Scratch;

namespace {

const std::string kFull = std::string(SIGHTLINE_TEST_DATA) + "/full-features.json";

unsigned modeOf(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("a map holding a trigger is refused by every command, naming the trigger", "[cli][hostile]") {
    Scratch dir;
    REQUIRE(run(dir, "convert " + q(kFull) + " map.rmap").exit == 0);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "map.rmap").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TRIGGER wipe AFTER UPDATE ON positions BEGIN DELETE FROM links; END;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const std::string before = dir.read("map.rmap");
    for (const char* command :
         {"validate map.rmap", "stats map.rmap", "layout map.rmap", "convert map.rmap out.json"}) {
        INFO(command);
        const auto r = run(dir, command);
        CHECK(r.exit == 2);
        CHECK(r.err.find("contains a trigger \"wipe\" that Sightline does not create") != std::string::npos);
    }
    CHECK(dir.read("map.rmap") == before);
    CHECK_FALSE(std::filesystem::exists(dir / "out.json"));
}

TEST_CASE("convert and layout never replace a read-only target; a replaced file keeps its mode",
          "[cli][readonly]") {
    Scratch dir;
    REQUIRE(run(dir, "convert " + q(kFull) + " map.rmap").exit == 0);
    REQUIRE(run(dir, "convert " + q(kFull) + " protected.json").exit == 0);
    REQUIRE(::chmod((dir / "protected.json").c_str(), 0444) == 0);
    const std::string before = dir.read("protected.json");
    auto r = run(dir, "convert map.rmap protected.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("read-only, so it was not replaced") != std::string::npos);
    CHECK(dir.read("protected.json") == before);
    CHECK(modeOf(dir / "protected.json") == 0444);

    REQUIRE(::chmod((dir / "map.rmap").c_str(), 0444) == 0);
    const std::string map = dir.read("map.rmap");
    r = run(dir, "layout map.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find("read-only") != std::string::npos);
    CHECK(dir.read("map.rmap") == map);
    r = run(dir, "layout --view hierarchy -o protected.json map.rmap");
    CHECK(r.exit == 2);
    CHECK(dir.read("protected.json") == before);

    REQUIRE(run(dir, "convert map.rmap shared.rmap").exit == 0);
    REQUIRE(::chmod((dir / "shared.rmap").c_str(), 0640) == 0);
    REQUIRE(run(dir, "layout shared.rmap").exit == 0);
    CHECK(modeOf(dir / "shared.rmap") == 0640);
    REQUIRE(::chmod((dir / "protected.json").c_str(), 0604) == 0);
    REQUIRE(run(dir, "convert shared.rmap protected.json").exit == 0);
    CHECK(modeOf(dir / "protected.json") == 0604);
}

TEST_CASE("a map open in the editor is not written by a command", "[cli][lock]") {
    Scratch dir;
    REQUIRE(run(dir, "convert " + q(kFull) + " map.rmap").exit == 0);
    const std::string before = dir.read("map.rmap");
    {
        // The editor's lock, taken in this process; sightline-cli is another one.
        auto lock = sightline::storage::MapLock::acquire(QString::fromStdString((dir / "map.rmap").string()));
        REQUIRE(lock.lock);
        for (const std::string& args :
             {std::string("layout map.rmap"), "convert " + q(kFull) + " map.rmap"}) {
            INFO(args);
            const auto r = run(dir, args);
            CHECK(r.exit == 2);
            CHECK(r.err.find("is open on ") != std::string::npos);
            CHECK(r.err.find("close it there first") != std::string::npos);
        }
        CHECK(dir.read("map.rmap") == before);
        CHECK(run(dir, "validate map.rmap").exit == 0); // reading is fine
    }
    CHECK(run(dir, "layout map.rmap").exit == 0);
    CHECK_FALSE(std::filesystem::exists(dir / ".~lock.map.rmap#"));
}
