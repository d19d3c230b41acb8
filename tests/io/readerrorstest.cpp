// Every error class of map-format-v1.md "Errors", with its pointer.

#include "testmaps.h"

#include <catch2/catch.hpp>

using sightline::io::readMapJson;
using testmaps::hasIssue;
using testmaps::map;

namespace {

// Reads `text` and requires it to be refused with an error at `pointer` whose message
// contains `part`.
void requireError(const std::string& text, const std::string& pointer, const std::string& part = "") {
    const auto r = readMapJson(text);
    INFO(testmaps::dump(r.errors));
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.map.has_value());
    CHECK(hasIssue(r.errors, pointer, part));
}

std::string node(const std::string& fields) {
    return "[" + fields + "]";
}

} // namespace

TEST_CASE("the valid test map reads without errors or warnings", "[io][reader]") {
    const auto r = readMapJson(map());
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.ok());
    CHECK(r.errors.empty());
    CHECK(r.warnings.empty());
    CHECK(r.map->nodes.size() == 4);
}

TEST_CASE("syntax errors have no pointer and give the byte offset", "[io][reader][errors]") {
    const auto r = readMapJson("{\"format\": \"sightline-map\",\n \"version\": 1,, }");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer.empty());
    CHECK(r.errors[0].message.find("not valid JSON at byte 42 (line 2, column 15)") != std::string::npos);
    CHECK(r.errors[0].message.find("line 2") != std::string::npos);

    const auto trailing = readMapJson(map() + "x");
    REQUIRE(trailing.errors.size() == 1);
    CHECK(trailing.errors[0].pointer.empty());
    CHECK(trailing.errors[0].message.find("byte") != std::string::npos);
}

TEST_CASE("a missing required key K in the object at P is reported at P/K", "[io][reader][errors]") {
    requireError(R"({"format": "sightline-map", "version": 1, "nodes": [], "links": []})", "/title",
                 "required key \"title\" is missing");
    requireError(R"({"format": "sightline-map", "version": 1, "title": "t", "links": []})", "/nodes",
                 "missing");
    requireError(R"({"version": 1, "title": "t", "nodes": [], "links": []})", "/format", "missing");
    requireError(map(node(R"({"id": "a", "title": "A"})"), "[]"), "/nodes/0/kind", "missing");
    requireError(map(node(R"({"id": "a", "kind": "objective"})"), "[]"), "/nodes/0/title", "missing");
    requireError(map(node(R"({"kind": "objective", "title": "A"})"), "[]"), "/nodes/0/id", "missing");
    requireError(map(testmaps::nodesJson(), R"([{"kind": "drives", "to": "g1"}])"), "/links/0/from",
                 "missing");
    requireError(map(node(R"({"id": "m", "kind": "measure", "title": "M", "values": [{"value": 1}]})"), "[]"),
                 "/nodes/0/values/0/date", "missing");
    requireError(
        map(testmaps::nodesJson(), "[]", R"(, "views": {"results": {"positions": {"g1": {"x": 1}}}})"),
        "/views/results/positions/g1/y", "missing");
    requireError(map(testmaps::nodesJson(), "[]", R"(, "waivers": [{"rule": "mini-me", "nodes": ["o1"]}])"),
                 "/waivers/0/reason", "missing");
    const std::string teamWithoutName = R"({"format": "sightline-map", "version": 1, "title": "t",
        "teams": [{"id": "a"}], "nodes": [], "links": []})";
    requireError(teamWithoutName, "/teams/0/name", "missing");
}

TEST_CASE("a wrong type is reported at the value", "[io][reader][errors]") {
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": 5})"), "[]"), "/nodes/0/title",
                 "expected a string; got a number");
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A", "goal": "yes"})"), "[]"),
                 "/nodes/0/goal", "expected true or false");
    requireError(R"({"format": "sightline-map", "version": 1, "title": "t", "nodes": {}, "links": []})",
                 "/nodes", "expected an array of nodes; got an object");
    requireError(R"({"format": "sightline-map", "version": 1, "title": "t", "nodes": [3], "links": []})",
                 "/nodes/0", "expected a node object; got a number");
    requireError(map(node(R"({"id": "m", "kind": "measure", "title": "M", "baseline": "10"})"), "[]"),
                 "/nodes/0/baseline", "expected a number");
    requireError(map(node(R"({"id": ["a"], "kind": "objective", "title": "A"})"), "[]"), "/nodes/0/id",
                 "got an array");
    requireError(R"({"format": "sightline-map", "version": "1", "title": "t", "nodes": [], "links": []})",
                 "/version", "expected a whole number");
    requireError(R"([1, 2])", "", "expected a Sightline map (a JSON object); got an array");
    requireError(R"("map")", "", "got the string");
}

TEST_CASE("an enum value not among the allowed ones names them", "[io][reader][errors]") {
    std::string nodes = "[";
    for (int i = 0; i < 3; ++i)
        nodes += R"({"id": "n)" + std::to_string(i) + R"(", "kind": "objective", "title": "N"},)";
    nodes += R"({"id": "n3", "kind": "kpi", "title": "N"}])";
    const auto r = readMapJson(map(nodes, "[]"));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() ==
          "/nodes/3/kind: expected one of objective, measure, initiative; got \"kpi\"");

    requireError(map(testmaps::nodesJson(), R"([{"kind": "causes", "from": "o1", "to": "g1"}])"),
                 "/links/0/kind", "expected one of drives, measures, supports, rollup");
    requireError(map(testmaps::nodesJson(), "[]", R"(, "vocabulary": "six-sigma")"), "/vocabulary",
                 "expected one of pump, bsc, okr");
    requireError(map(node(R"({"id": "i", "kind": "initiative", "title": "I", "status": "paused"})"), "[]"),
                 "/nodes/0/status", "on-hold");
}

TEST_CASE("dates must be real calendar dates", "[io][reader][errors]") {
    requireError(map(node(R"({"id": "i", "kind": "initiative", "title": "I", "start": "2026-02-30"})"), "[]"),
                 "/nodes/0/start", "not a real calendar date");
    requireError(map(node(R"({"id": "i", "kind": "initiative", "title": "I", "due": "30/06/2026"})"), "[]"),
                 "/nodes/0/due", "YYYY-MM-DD");
    requireError(map(node(R"({"id": "m", "kind": "measure", "title": "M",
                              "values": [{"date": "2026-13-01", "value": 1}]})"),
                     "[]"),
                 "/nodes/0/values/0/date");
    requireError(map(node(R"({"id": "m", "kind": "measure", "title": "M",
                              "values": [{"date": "2026-01-01", "value": 1}, {"date": "2026-01-01", "value": 2}]})"),
                     "[]"),
                 "/nodes/0/values/1/date", "dates must be unique");
}

TEST_CASE("values out of range are reported at the value", "[io][reader][errors]") {
    requireError(
        map(testmaps::nodesJson(), R"([{"kind": "drives", "from": "o1", "to": "g1", "weight": 1.5}])"),
        "/links/0/weight", "at most 1");
    requireError(map(testmaps::nodesJson(), R"([{"kind": "drives", "from": "o1", "to": "g1", "weight": 0}])"),
                 "/links/0/weight");
    requireError(map(testmaps::nodesJson(), "[]", R"(, "settings": {"miniMeScorecardShare": 2})"),
                 "/settings/miniMeScorecardShare", "from 0 to 1");
    requireError(map(testmaps::nodesJson(), "[]", R"(, "settings": {"maxMeasuresPerObjective": -1})"),
                 "/settings/maxMeasuresPerObjective");
    requireError(map(testmaps::nodesJson(), "[]", R"(, "settings": {"maxObjectivesPerTeam": 2.5})"),
                 "/settings/maxObjectivesPerTeam", "whole number");
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "   "})"), "[]"), "/nodes/0/title",
                 "1 to 500");
    requireError(
        map(node(R"({"id": "a", "kind": "objective", "title": ")" + std::string(501, 'x') + "\"}"), "[]"),
        "/nodes/0/title", "has 501");
    requireError(R"({"format": "sightline-map", "version": 1, "title": "t",
        "teams": [{"id": "a", "name": "A", "color": "red"}], "nodes": [], "links": []})",
                 "/teams/0/color", "#rrggbb");
    requireError(map(node(R"({"id": "a b", "kind": "objective", "title": "A"})"), "[]"), "/nodes/0/id",
                 "invalid id");
}

TEST_CASE("duplicate ids are reported at the later element's id", "[io][reader][errors]") {
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A"}, {"id": "a", "kind": "objective",
                               "title": "B"})"),
                     "[]"),
                 "/nodes/1/id", "duplicate id \"a\"");
    requireError(map(testmaps::nodesJson(), R"([{"id": "l", "kind": "drives", "from": "o1", "to": "g1"},
                                                 {"id": "l", "kind": "measures", "from": "m1", "to": "o1"}])"),
                 "/links/1/id", "duplicate id");
}

TEST_CASE("references to unknown ids are reported at the referring value", "[io][reader][errors]") {
    std::string links = "[";
    for (int i = 0; i < 12; ++i)
        links += R"({"kind": "drives", "from": "o1", "to": "g1", "id": "l)" + std::to_string(i) + "\"},";
    links += R"({"kind": "drives", "from": "o1", "to": "r99"}])";
    const auto r = readMapJson(map(testmaps::nodesJson(), links));
    INFO(testmaps::dump(r.errors));
    REQUIRE_FALSE(r.ok());
    CHECK(hasIssue(r.errors, "/links/12/to", "unknown node \"r99\""));
    CHECK(r.errors[r.errors.size() - 1].toString().find("/links/12/to: unknown node \"r99\"") == 0);

    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A", "team": "nobody"})"), "[]"),
                 "/nodes/0/team", "unknown team \"nobody\"");
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A", "owner": "x"})"), "[]"),
                 "/nodes/0/owner", "unknown person");
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A", "perspective": "x"})"), "[]"),
                 "/nodes/0/perspective", "unknown perspective");
    requireError(map(testmaps::nodesJson(), "[]", R"(, "waivers": [{"rule": "mini-me", "nodes": ["zz"],
                                                                      "reason": "r"}])"),
                 "/waivers/0/nodes/0", "unknown node");
    requireError(map(testmaps::nodesJson(), "[]",
                     R"(, "views": {"strategy": {"positions": {"zz": {"x": 1, "y": 2}}}})"),
                 "/views/strategy/positions/zz", "unknown node");
}

TEST_CASE("self-loops, duplicate links and wrong kinds are reported at the link", "[io][reader][errors]") {
    requireError(map(testmaps::nodesJson(), R"([{"kind": "drives", "from": "o1", "to": "o1"}])"), "/links/0",
                 "to itself");
    requireError(map(testmaps::nodesJson(), R"([{"kind": "drives", "from": "o1", "to": "g1"},
                                                 {"kind": "drives", "from": "o1", "to": "g1"}])"),
                 "/links/1", "a second drives link");
    requireError(map(testmaps::nodesJson(), R"([{"kind": "measures", "from": "o1", "to": "m1"}])"),
                 "/links/0", "cannot go from an objective to a measure");
}

TEST_CASE("a team cycle is reported at /teams from its smallest id", "[io][reader][errors]") {
    const auto r = readMapJson(R"({"format": "sightline-map", "version": 1, "title": "t",
        "teams": [{"id": "plant", "name": "Plant", "parent": "ops"}, {"id": "ops", "name": "Ops", "parent": "plant"}],
        "nodes": [], "links": []})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() == "/teams: team cycle ops -> plant -> ops");
}

TEST_CASE("kind-specific keys on the wrong kind are errors and are not stored", "[io][reader][errors]") {
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A", "unit": "h"})"), "[]"),
                 "/nodes/0/unit", "only measures have unit");
    requireError(map(node(R"({"direction": "up", "id": "a", "kind": "objective", "title": "A"})"), "[]"),
                 "/nodes/0/direction", "only measures");
    requireError(map(node(R"({"id": "a", "kind": "measure", "title": "A", "goal": false})"), "[]"),
                 "/nodes/0/goal", "only objectives can be goals");
    requireError(map(node(R"({"id": "a", "kind": "measure", "title": "A", "status": "active"})"), "[]"),
                 "/nodes/0/status", "only initiatives");
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A", "values": []})"), "[]"),
                 "/nodes/0/values", "only measures");
    requireError(
        map(testmaps::nodesJson(), R"([{"kind": "measures", "from": "m1", "to": "o1", "weight": 0.5}])"),
        "/links/0/weight", "only drives links have a weight");
    requireError(
        map(testmaps::nodesJson(), R"([{"kind": "supports", "from": "i1", "to": "o1", "polarity": "-"}])"),
        "/links/0/polarity", "only drives links");
    requireError(
        map(testmaps::nodesJson(), R"([{"kind": "drives", "from": "o1", "to": "g1", "aggregate": "sum"}])"),
        "/links/0/aggregate", "only rollup links");
    // One report each: the model check does not repeat them.
    const auto r =
        readMapJson(map(node(R"({"id": "a", "kind": "objective", "title": "A", "unit": "h"})"), "[]"));
    CHECK(r.errors.size() == 1);
}

TEST_CASE("duplicate keys are errors at the repeated key", "[io][reader][errors]") {
    requireError(map(node(R"({"id": "a", "kind": "objective", "title": "A", "title": "B"})"), "[]"),
                 "/nodes/0/title", "appears twice");
    requireError(map(testmaps::nodesJson(), "[]", R"(, "zz": 1, "zz": 2)"), "/zz", "appears twice");
    requireError(
        map(testmaps::nodesJson(), "[]",
            R"(, "views": {"results": {"positions": {"g1": {"x": 1, "y": 2}, "g1": {"x": 3, "y": 4}}}})"),
        "/views/results/positions/g1", "appears twice");
}

TEST_CASE("format and version", "[io][reader][errors]") {
    requireError(R"({"format": "results-map", "version": 1, "title": "t", "nodes": [], "links": []})",
                 "/format", "sightline-map");
    requireError(R"({"format": "sightline-map", "version": 0, "title": "t", "nodes": [], "links": []})",
                 "/version", "expected 1 or 2");
    const auto r =
        readMapJson(R"({"format": "sightline-map", "version": 3, "title": "t", "nodes": {}, "wow": []})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/version");
    CHECK(r.errors[0].message.find("format version 3") != std::string::npos);
    CHECK(r.errors[0].message.find("reads versions 1 and 2") != std::string::npos);
}

TEST_CASE("every error is reported, up to 100", "[io][reader][errors]") {
    std::string nodes = "[";
    for (int i = 0; i < 150; ++i)
        nodes += std::string(i ? "," : "") + R"({"id": "n)" + std::to_string(i) +
                 R"(", "kind": "goal", "title": "N"})";
    nodes += "]";
    const auto r = readMapJson(map(nodes, "[]"));
    CHECK(r.errors.size() == 100);
    CHECK(r.errorsTruncated);
    CHECK(r.errors[0].pointer == "/nodes/0/kind");
    CHECK(r.errors[99].pointer == "/nodes/99/kind");

    const auto several = readMapJson(map(node(R"({"id": "a", "kind": "objective", "title": 1, "team": "x"})"),
                                         R"([{"kind": "drives", "from": "a", "to": "zz"}])"));
    INFO(testmaps::dump(several.errors));
    CHECK(several.errors.size() == 3);
    CHECK(hasIssue(several.errors, "/nodes/0/title"));
    CHECK(hasIssue(several.errors, "/nodes/0/team"));
    CHECK(hasIssue(several.errors, "/links/0/to"));
    CHECK_FALSE(several.errorsTruncated);
}

TEST_CASE("errors that follow from an earlier error are not repeated", "[io][reader][errors]") {
    // A node of unknown kind: its links cannot be checked for kinds.
    const auto r =
        readMapJson(map(node(R"({"id": "a", "kind": "kpi", "title": "A"}, {"id": "b", "kind": "measure",
                                            "title": "B"})"),
                        R"([{"kind": "measures", "from": "b", "to": "a"}])"));
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/nodes/0/kind");
    // A title of the wrong type is not also "too short".
    const auto t = readMapJson(map(node(R"({"id": "a", "kind": "objective", "title": null})"), "[]"));
    REQUIRE(t.errors.size() == 1);
    CHECK(t.errors[0].message == "expected a string; got null");
}
