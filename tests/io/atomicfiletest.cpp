// AtomicFile: a file appears whole or not at all.

#include "sightline/io/atomicfile.h"

#include "sightline/io/fileutil.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using sightline::io::AtomicFile;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("sightline-io-test-" + std::to_string(::getpid()));
    TempDir() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    std::size_t count() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {}));
    }
};

std::string content(const fs::path& p) {
    std::string error;
    return sightline::io::readFileBytes(p, error).value_or("<unreadable: " + error + ">");
}

} // namespace

TEST_CASE("writeWhole creates and replaces files, leaving no temporary file", "[io][atomic]") {
    TempDir dir;
    const fs::path target = dir.path / "map.json";
    std::string error;
    REQUIRE(AtomicFile::writeWhole(target, "first", error));
    CHECK(content(target) == "first");
    REQUIRE(AtomicFile::writeWhole(target, "second, longer", error));
    CHECK(content(target) == "second, longer");
    CHECK(dir.count() == 1);
}

TEST_CASE("an AtomicFile that is not committed leaves nothing behind", "[io][atomic]") {
    TempDir dir;
    const fs::path target = dir.path / "map.json";
    std::string error;
    REQUIRE(AtomicFile::writeWhole(target, "old", error));
    {
        AtomicFile file(target);
        REQUIRE(file.write("half of the new cont"));
        CHECK(fs::exists(file.tempPath()));
        CHECK(content(target) == "old");
    }
    CHECK(content(target) == "old");
    CHECK(dir.count() == 1);
}

TEST_CASE("a tool can write the temporary file itself", "[io][atomic]") {
    TempDir dir;
    AtomicFile file(dir.path / "out.pdf");
    CHECK(file.tempPath().extension() == ".pdf"); // tools that pick a format by extension
    CHECK(file.tempPath().parent_path() == dir.path);
    std::ofstream(file.tempPath()) << "%PDF-1.4";
    REQUIRE(file.commit());
    CHECK(content(dir.path / "out.pdf") == "%PDF-1.4");
    CHECK(dir.count() == 1);
}

TEST_CASE("failures are reported with the file's name", "[io][atomic]") {
    TempDir dir;
    std::string error;
    CHECK_FALSE(AtomicFile::writeWhole(dir.path / "missing-dir" / "map.json", "x", error));
    CHECK(error.find("missing-dir/map.json") != std::string::npos);
    CHECK_FALSE(AtomicFile::writeWhole(dir.path, "x", error));
    CHECK(error.find("directory") != std::string::npos);
    CHECK(dir.count() == 0);
}
