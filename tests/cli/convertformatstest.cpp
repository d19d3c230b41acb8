// sightline-cli convert to GraphML and DOT, and refusal of outputs it cannot write.

#include "clirunner.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using clitest::q;
using clitest::run;
using clitest::Scratch;

namespace {

const std::string kFull = std::string(SIGHTLINE_TEST_DATA) + "/full-features.json";

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

nlohmann::json readJson(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

} // namespace

TEST_CASE("convert writes GraphML and DOT with every node and link, from JSON and .rmap", "[cli][convert]") {
    Scratch dir;
    const auto input = readJson(kFull);
    const std::size_t nodes = input.at("nodes").size();
    const std::size_t links = input.at("links").size();
    REQUIRE(nodes > 0);
    REQUIRE(links > 0);

    auto r = run(dir, "convert " + q(kFull) + " map.graphml");
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const std::string graphml = dir.read("map.graphml");
    CHECK(graphml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));
    CHECK(count(graphml, "<node id=") == nodes);
    CHECK(count(graphml, "<edge id=") == links);

    r = run(dir, "convert " + q(kFull) + " Map.DOT"); // extensions are case-insensitive
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const std::string dot = dir.read("Map.DOT");
    CHECK(dot.starts_with("digraph \"map\" {\n"));
    CHECK(count(dot, "\" -> \"") == links);

    // The same bytes from the .rmap document as from the JSON map.
    REQUIRE(run(dir, "convert " + q(kFull) + " map.rmap").exit == 0);
    REQUIRE(run(dir, "convert map.rmap again.graphml").exit == 0);
    REQUIRE(run(dir, "convert map.rmap again.dot").exit == 0);
    CHECK(dir.read("again.graphml") == graphml);
    CHECK(dir.read("again.dot") == dot);
}

TEST_CASE("convert refuses an output extension it does not know, writing nothing", "[cli][convert]") {
    Scratch dir;
    for (const char* out : {"map.xml", "map", "map.dot.txt", "map.graphml.bak"}) {
        INFO(out);
        const auto r = run(dir, "convert " + q(kFull) + " " + out);
        CHECK(r.exit == 2);
        CHECK(r.err == std::string("sightline-cli convert: cannot tell the output format of ") + out +
                           " from its extension: use .json, .rmap, .graphml or .dot\n");
        CHECK(r.out.empty());
    }
    // Nothing written, not even a temporary file.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 0);
}
