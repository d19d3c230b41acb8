// sightline-cli layout: positions for every node of one view, other views kept, atomic writes.

#include "clirunner.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/layout/geometry.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using clitest::q;
using clitest::run;
using clitest::Scratch;
using nlohmann::json;

namespace {

const char* kMapWithViews = R"({"format": "sightline-map", "version": 1, "title": "Small",
  "teams": [{"id": "acme", "name": "Acme"}, {"id": "ops", "name": "Ops", "parent": "acme"}],
  "nodes": [
    {"id": "g1", "kind": "objective", "title": "Margin grows", "team": "acme", "goal": true},
    {"id": "o1", "kind": "objective", "title": "Downtime falls", "team": "ops", "perspective": "process"},
    {"id": "o2", "kind": "objective", "title": "Scrap falls", "team": "ops"},
    {"id": "m1", "kind": "measure", "title": "Downtime hours", "team": "ops"}
  ],
  "links": [
    {"kind": "drives", "from": "o1", "to": "g1"},
    {"kind": "drives", "from": "o2", "to": "o1"},
    {"kind": "measures", "from": "m1", "to": "o1"}
  ],
  "views": {
    "results": {"positions": {"g1": {"x": 5, "y": 5}, "o1": {"x": 7, "y": 7}}},
    "strategy": {"positions": {"g1": {"x": 1, "y": 2}, "m1": {"x": 3, "y": 4}}}
  }})";

json readJson(const Scratch& dir, const std::string& name) {
    return json::parse(dir.read(name));
}

// Node ids that have a position in the view, and whether any boxes overlap.
void checkView(const std::filesystem::path& file, const std::string& view) {
    const auto read = sightline::io::readMapJsonFile(file);
    REQUIRE(read.map);
    const auto kind = *sightline::core::fromString<sightline::core::ViewKind>(view);
    const auto& positions = read.map->positionsOf(kind);
    CHECK(positions.size() == read.map->nodes.size());
    std::vector<sightline::layout::Box> boxes;
    for (const auto& b : sightline::layout::nodeBoxes(*read.map, positions))
        boxes.push_back(b.box);
    CHECK_FALSE(sightline::layout::findOverlap(boxes));
}

} // namespace

TEST_CASE("layout replaces one view's positions and keeps the others", "[cli][layout]") {
    Scratch dir;
    dir.write("map.json", kMapWithViews);
    auto r = run(dir, "layout map.json -o out.json");
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const json before = readJson(dir, "map.json"), after = readJson(dir, "out.json");
    const json& results = after["views"]["results"]["positions"];
    CHECK(results.size() == 4);
    for (const char* id : {"g1", "o1", "o2", "m1"})
        CHECK(results.contains(id));
    CHECK(results["o1"] != before["views"]["results"]["positions"]["o1"]);
    CHECK(after["views"]["strategy"] == before["views"]["strategy"]);
    CHECK_FALSE(after["views"].contains("hierarchy"));
    CHECK(after["nodes"] == before["nodes"]);

    // Laying out another view afterwards keeps the results positions: they survive switching
    // views and writing the map again.
    r = run(dir, "layout out.json --view hierarchy");
    REQUIRE(r.exit == 0);
    const json again = readJson(dir, "out.json");
    CHECK(again["views"]["results"] == after["views"]["results"]);
    CHECK(again["views"]["strategy"] == after["views"]["strategy"]);
    CHECK(again["views"]["hierarchy"]["positions"].size() == 4);
    // The goal is on top in the hierarchy (y grows downward).
    CHECK(again["views"]["hierarchy"]["positions"]["g1"]["y"] <
          again["views"]["hierarchy"]["positions"]["o2"]["y"]);
}

TEST_CASE("layout writes into MAP itself without -o, deterministically", "[cli][layout]") {
    Scratch dir;
    dir.write("map.json", kMapWithViews);
    REQUIRE(run(dir, "layout map.json --view strategy").exit == 0);
    const std::string first = dir.read("map.json");
    CHECK(readJson(dir, "map.json")["views"]["strategy"]["positions"].size() == 4);
    REQUIRE(run(dir, "layout map.json --view=strategy").exit == 0);
    CHECK(dir.read("map.json") == first);
}

TEST_CASE("layout of the examples and a genmap map: every node placed, no overlaps", "[cli][layout]") {
    const std::string view = GENERATE("results", "strategy", "hierarchy");
    const std::string file = GENERATE(std::string(SIGHTLINE_EXAMPLES) + "/manufacturer-results-map.json",
                                      std::string(SIGHTLINE_EXAMPLES) + "/bank-strategy-map.json",
                                      std::string(SIGHTLINE_TEST_DATA) + "/genmap-300.json",
                                      std::string(SIGHTLINE_TEST_DATA) + "/full-features.json");
    CAPTURE(view, file);
    Scratch dir;
    const auto r = run(dir, "layout " + q(file) + " -o out.json --view " + view);
    REQUIRE(r.exit == 0);
    checkView(dir / "out.json", view);
}

TEST_CASE("layout refuses bad usage and bad maps, writing nothing", "[cli][layout]") {
    Scratch dir;
    dir.write("map.json", kMapWithViews);
    const std::string original = dir.read("map.json");

    auto r = run(dir, "layout map.json --view radial -o out.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("radial") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "out.json"));

    r = run(dir, "layout map.json -o map.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("input file itself") != std::string::npos);
    CHECK(dir.read("map.json") == original);

    r = run(dir, "layout map.json -o out.txt");
    CHECK(r.exit == 2);
    CHECK(r.err.find("out.txt") != std::string::npos);

    r = run(dir, "layout map.json -o no-such-dir/out.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("no-such-dir") != std::string::npos);

    r = run(dir, "layout");
    CHECK(r.exit == 2);
    CHECK(r.err.find("missing MAP") != std::string::npos);

    dir.write("bad.json", R"({"format": "sightline-map", "version": 1, "title": "Bad", "nodes": [],
      "links": [{"kind": "drives", "from": "a", "to": "b"}]})");
    const std::string bad = dir.read("bad.json");
    r = run(dir, "layout bad.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("/links/0/from") != std::string::npos);
    CHECK(dir.read("bad.json") == bad);

    r = run(dir, "layout missing.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("missing.json") != std::string::npos);

    r = run(dir, "layout --help");
    CHECK(r.exit == 0);
    CHECK(r.out.find("usage: sightline-cli layout MAP") == 0);
    CHECK(dir.read("map.json") == original);
}
