// Round trips: read a, write b, read b, write c: b == c byte for byte and b equivalent to a.

#include "sightline/io/jsonmapwriter.h"
#include "testmaps.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace sightline;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> mapFiles() {
    std::vector<fs::path> files;
    for (const char* dir : {SIGHTLINE_EXAMPLES, SIGHTLINE_TEST_DATA})
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("examples and test maps round-trip: stable bytes, equivalent maps", "[io][roundtrip]") {
    const auto files = mapFiles();
    REQUIRE(files.size() >= 3);
    for (const fs::path& file : files) {
        INFO(file.string());
        const auto a = io::readMapJsonFile(file);
        INFO(testmaps::dump(a.errors));
        REQUIRE(a.ok());
        const std::string b = io::writeMapJson(*a.map);
        const auto rb = io::readMapJson(b);
        INFO(testmaps::dump(rb.errors));
        REQUIRE(rb.ok());
        CHECK(rb.warnings.empty());
        CHECK(*rb.map == *a.map);
        CHECK(io::writeMapJson(*rb.map) == b);
    }
}

TEST_CASE("the full-features map keeps every field through a round trip", "[io][roundtrip]") {
    const auto a = io::readMapJsonFile(fs::path(SIGHTLINE_TEST_DATA) / "full-features.json");
    INFO(testmaps::dump(a.errors));
    REQUIRE(a.ok());
    const core::MapData& m = *a.map;
    CHECK(m.properties.title == "Every field of the format");
    CHECK(m.properties.vocabulary == core::Vocabulary::Okr);
    CHECK(m.perspectives.size() == 3);
    CHECK(m.positionsOf(core::ViewKind::Results).size() == 3);
    CHECK(m.positionsOf(core::ViewKind::Strategy).empty());
    CHECK(m.settings.maxMeasuresPerObjective == 2);
    CHECK(m.waivers[1].reason == "workshop decision");
    CHECK(m.links[1].polarity == core::Polarity::Negative);
    CHECK(m.links[1].id.str() == "link-2");
    CHECK(m.links[4].aggregate == core::Aggregate::Average);
    CHECK(m.nodes[3].values[0].note == "pump failure");

    const std::string b = io::writeMapJson(m);
    // Defaults are not written.
    CHECK(b.find("\"polarity\": \"+\"") == std::string::npos);
    CHECK(b.find("\"aggregate\": \"sum\"") == std::string::npos);
    CHECK(b.find("\"goal\": false") == std::string::npos);
    CHECK(b.find("\"direction\": \"up\"") == std::string::npos);
    CHECK(b.find("\"maxObjectivesPerTeam\"") == std::string::npos);
    CHECK(b.find("\"parent\": null") == std::string::npos);
    CHECK(b.find("\"baseline\": 120,") != std::string::npos);
    CHECK(b.find("\"baseline\": 1e+21") != std::string::npos);
    const auto rb = io::readMapJson(b);
    REQUIRE(rb.ok());
    CHECK(*rb.map == m);
    CHECK(io::writeMapJson(*rb.map) == b);
}

TEST_CASE("unknown content is dropped by a round trip", "[io][roundtrip]") {
    const auto a =
        io::readMapJson(testmaps::map(testmaps::nodesJson(), "[]", R"(, "x-extra": {"keep": false})"));
    REQUIRE(a.ok());
    REQUIRE(a.warnings.size() == 1);
    const std::string b = io::writeMapJson(*a.map);
    CHECK(b.find("x-extra") == std::string::npos);
    CHECK(io::readMapJson(b).warnings.empty());
}
