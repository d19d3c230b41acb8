// What the reader accepts and stores: warnings, trimming, defaults, generated ids, BOM, files.

#include "sightline/io/fileutil.h"
#include "testmaps.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace sightline;
using io::readMapJson;
using testmaps::hasIssue;
using testmaps::map;

TEST_CASE("the reader fills the model from the file", "[io][reader]") {
    const auto r = readMapJson(map());
    REQUIRE(r.ok());
    const core::MapData& m = *r.map;
    CHECK(m.properties.title == "Acme results map 2027");
    CHECK(m.properties.vocabulary == core::Vocabulary::Pump);
    CHECK(m.perspectives == core::MapData::defaultPerspectives());
    REQUIRE(m.teams.size() == 2);
    CHECK_FALSE(m.teams[0].parent.has_value());
    CHECK(m.teams[1].parent == core::TeamId("acme"));
    const core::Node& g1 = m.nodes[0];
    CHECK(g1.goal);
    CHECK(g1.kind == core::NodeKind::Objective);
    const core::Node& m1 = m.nodes[2];
    CHECK(m1.kind == core::NodeKind::Measure);
    CHECK(m1.direction == core::Direction::Down);
    CHECK(m1.baseline == 120.0);
    CHECK(m1.target == 60.0);
    CHECK(m1.cadence == core::Cadence::Monthly);
    REQUIRE(m1.values.size() == 2);
    CHECK(m1.values[1].date == *core::Date::parse("2026-10-31"));
    CHECK(m1.values[1].value == 104.0);
    const core::Node& i1 = m.nodes[3];
    CHECK(i1.status == core::InitiativeStatus::Active);
    CHECK(i1.due == core::Date::parse("2026-12-18"));
    REQUIRE(m.links.size() == 3);
    CHECK(m.links[1].kind == core::LinkKind::Measures);
    CHECK(m.links[1].from == core::NodeId("m1"));
}

TEST_CASE("unknown keys and views are ignored with a warning naming them", "[io][reader]") {
    const auto r = readMapJson(map(R"([{"id": "a", "kind": "objective", "title": "A", "colour": "red",
                                        "extra": {"deep": [1, 2, {"x": null}]}}])",
                                   "[]", R"(, "generator": "x", "views": {"radar": {"positions": {}},
                                          "results": {"positions": {"a": {"x": 1, "y": 2, "z": 3}}}})"));
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.ok());
    CHECK(hasIssue(r.warnings, "/nodes/0/colour", "unknown key ignored"));
    CHECK(hasIssue(r.warnings, "/nodes/0/extra", "unknown key ignored"));
    CHECK(hasIssue(r.warnings, "/generator", "unknown key ignored"));
    CHECK(hasIssue(r.warnings, "/views/radar", "unknown view \"radar\" ignored"));
    CHECK(hasIssue(r.warnings, "/views/results/positions/a/z"));
    CHECK(r.warnings.size() == 5);
    CHECK(r.map->positionsOf(core::ViewKind::Results).at(core::NodeId("a")) == core::Point{1, 2});
}

TEST_CASE("a waiver of an unknown rule is a warning", "[io][reader]") {
    const auto r =
        readMapJson(map(testmaps::nodesJson(), testmaps::linksJson(),
                        R"(, "waivers": [{"rule": "no-such-rule", "nodes": ["o1"], "reason": "ok"}])"));
    REQUIRE(r.ok());
    CHECK(hasIssue(r.warnings, "/waivers/0/rule", "unknown rule"));
}

TEST_CASE("strings are trimmed, ids are not", "[io][reader]") {
    const auto r = readMapJson(map(R"([{"id": "a", "kind": "objective", "title": " \t Margin grows\n ",
                                        "description": "\u00a0text\u3000"}])",
                                   "[]"));
    REQUIRE(r.ok());
    CHECK(r.map->nodes[0].title == "Margin grows");
    CHECK(r.map->nodes[0].description == "text");
    const auto bad = readMapJson(map(R"([{"id": " a", "kind": "objective", "title": "A"}])", "[]"));
    CHECK(hasIssue(bad.errors, "/nodes/0/id", "invalid id"));
}

TEST_CASE("links without an id get deterministic unique ids", "[io][reader]") {
    const std::string links = R"([{"kind": "drives", "from": "o1", "to": "g1"},
                                  {"id": "link-1", "kind": "measures", "from": "m1", "to": "o1"},
                                  {"kind": "supports", "from": "i1", "to": "o1"}])";
    const auto a = readMapJson(map(testmaps::nodesJson(), links));
    const auto b = readMapJson(map(testmaps::nodesJson(), links));
    REQUIRE(a.ok());
    CHECK(a.map->links[0].id.str() == "link-1-2");
    CHECK(a.map->links[1].id.str() == "link-1");
    CHECK(a.map->links[2].id.str() == "link-3");
    CHECK(*a.map == *b.map);
}

TEST_CASE("perspectives replace the default ones; settings and vocabulary are read", "[io][reader]") {
    const auto r =
        readMapJson(map(R"([{"id": "a", "kind": "objective", "title": "A", "perspective": "people"}])", "[]",
                        R"(, "vocabulary": "okr", "perspectives": [{"id": "people", "name": "People"}],
                                       "settings": {"maxMeasuresPerObjective": 5, "miniMeScorecardShare": 0.25})"));
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.ok());
    REQUIRE(r.map->perspectives.size() == 1);
    CHECK(r.map->perspectives[0].name == "People");
    CHECK(r.map->properties.vocabulary == core::Vocabulary::Okr);
    CHECK(r.map->settings.maxMeasuresPerObjective == 5);
    CHECK(r.map->settings.maxObjectivesPerTeam == 8);
    CHECK(r.map->settings.miniMeScorecardShare == 0.25);
}

TEST_CASE("escaped pointer tokens in positions", "[io][reader]") {
    const auto r = readMapJson(map(testmaps::nodesJson(), "[]",
                                   R"(, "views": {"results": {"positions": {"a/b~c": {"x": 1, "y": 2}}}})"));
    CHECK(hasIssue(r.errors, "/views/results/positions/a~1b~0c", "unknown node"));
}

TEST_CASE("readMapJsonFile reads files and names unreadable ones", "[io][reader]") {
    const auto missing = io::readMapJsonFile("/nonexistent/dir/map.json");
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors[0].pointer.empty());
    CHECK(missing.errors[0].message.find("/nonexistent/dir/map.json") != std::string::npos);
    const auto dir = io::readMapJsonFile(SIGHTLINE_TEST_DATA);
    REQUIRE(dir.errors.size() == 1);
    CHECK(dir.errors[0].message.find("directory") != std::string::npos);
    const auto example = io::readMapJsonFile(std::string(SIGHTLINE_TEST_DATA) + "/genmap-300.json");
    INFO(testmaps::dump(example.errors));
    CHECK(example.ok());
}

TEST_CASE("isSameFile recognises one file under two names", "[io]") {
    const std::string a = std::string(SIGHTLINE_TEST_DATA) + "/genmap-300.json";
    const std::string b = std::string(SIGHTLINE_TEST_DATA) + "/../data/./genmap-300.json";
    CHECK(io::isSameFile(a, b));
    CHECK_FALSE(io::isSameFile(a, std::string(SIGHTLINE_TEST_DATA) + "/genmap-200-defects.json"));
    CHECK_FALSE(io::isSameFile(a, "/nonexistent/x.json"));
}

TEST_CASE("whole numbers may be written with a fraction or exponent", "[io][reader]") {
    std::string text = map(testmaps::nodesJson(), "[]", R"(, "settings": {"maxObjectivesPerTeam": 1e1})");
    text.replace(text.find("\"version\": 1"), 12, "\"version\": 1.0");
    const auto r = readMapJson(text);
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.ok());
    CHECK(r.map->settings.maxObjectivesPerTeam == 10);
}

TEST_CASE("files beyond the size limit, and endless devices, are refused", "[io][reader]") {
    std::string error;
    CHECK_FALSE(io::readFileBytes("/dev/zero", error, std::size_t{1} << 20).has_value());
    CHECK(error == "cannot read /dev/zero: larger than 1 MB, too large for a map");
    CHECK_FALSE(
        io::readFileBytes(std::string(SIGHTLINE_TEST_DATA) + "/genmap-300.json", error, 1000).has_value());
    CHECK(error.find("too large") != std::string::npos);
}
