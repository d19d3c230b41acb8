// sightline-cli edit --script on map files (repository.md, "Commands"): one line an edit,
// "ok REV" or "refused LINE: reason", exit 1 when some line is refused, the file written once
// and only when something was applied. The repository kind is tested in tests/repository.

#include "clirunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using clitest::q;
using clitest::run;
using clitest::Scratch;
using nlohmann::json;

namespace {

const char* kMap = R"({"format": "sightline-map", "version": 2, "title": "Plant",
  "teams": [{"id": "plant", "name": "Plant"}, {"id": "maint", "name": "Maintenance", "parent": "plant"}],
  "nodes": [
    {"id": "o1", "kind": "objective", "title": "Downtime falls", "team": "maint"},
    {"id": "m1", "kind": "measure", "title": "Unplanned downtime hours", "direction": "down", "team": "maint",
     "values": [{"date": "2026-09-30", "value": 116}]},
    {"id": "m2", "kind": "measure", "title": "Scrap rate"}
  ],
  "links": [{"id": "l1", "kind": "measures", "from": "m1", "to": "o1"}],
  "views": {"results": {"positions": {"m2": {"x": 10, "y": 20}}}}})";

const json& node(const json& map, const char* id) {
    for (const json& n : map["nodes"])
        if (n["id"] == id)
            return n;
    FAIL("no node " << id);
    throw;
}

} // namespace

TEST_CASE("edit --script applies good lines and names the refused ones", "[cli][edit]") {
    Scratch dir;
    dir.write("map.json", kMap);
    dir.write("monthly.jsonl",
              R"({"op":"add-value","measure":"m1","date":"2026-10-31","value":121,"note":"pump seal"})"
              "\n"
              R"({"op":"set","entity":"node","id":"m2","field":"title","value":"Scrap rate, percent"})"
              "\n\n"
              R"({"op":"set","entity":"node","id":"m2","field":"team","value":"nowhere"})"
              "\n"
              R"({"op":"add-value","measure":"m1","date":"2026-09-30","value":1})"
              "\n"
              R"({"op":"set","entity":"node","id":"m2","field":"direction","value":null})"
              "\n"
              R"({"op":"remove-node","id":"m2"})"
              "\n"
              R"({"op":"set","entity":"node","id":"m9","field":"title","value":"x"})"
              "\n"
              "not json\n"
              R"({"ops":[{"op":"add-node","node":{"id":"i1","kind":"initiative","title":"Seal kit"}},)"
              R"({"op":"add-link","link":{"id":"l2","kind":"supports","from":"i1","to":"o1"}}]})"
              "\n");
    const auto r = run(dir, "edit map.json --script monthly.jsonl");
    INFO(r.err);
    CHECK(r.exit == 1);
    CHECK(r.out == "ok 1\nok 2\n"
                   "refused 4: /nodes/2/team: unknown team \"nowhere\"\n"
                   "refused 5: /nodes/1/values/2/date: a second value for 2026-09-30; dates must be unique\n"
                   "ok 3\nok 4\n"
                   "refused 8: set: no node with id 'm9'\n"
                   "refused 9: not a JSON object\n"
                   "ok 5\n");
    const json map = json::parse(dir.read("map.json"));
    CHECK(node(map, "m1")["values"].size() == 2);
    CHECK(node(map, "m1")["values"][1]["note"] == "pump seal");
    CHECK(map["nodes"].size() == 3); // m2 removed, i1 added
    CHECK(map["links"].size() == 2);
    CHECK_FALSE(map.contains("views")); // m2's position went with it
}

TEST_CASE("edit --script: a script of refusals leaves the file as it was; bad usage is exit 2",
          "[cli][edit]") {
    Scratch dir;
    dir.write("map.json", kMap);
    dir.write("bad.jsonl", R"({"op":"remove-link","id":"nope"})"
                           "\n");
    const auto refused = run(dir, "edit map.json --script bad.jsonl");
    CHECK(refused.exit == 1);
    CHECK(refused.out == "refused 1: remove-link: no link with id 'nope'\n");
    CHECK(dir.read("map.json") == kMap);
    CHECK(run(dir, "edit map.json").exit == 2);
    CHECK(run(dir, "edit map.json --script missing.jsonl").exit == 2);
    const auto noMap = run(dir, "edit " + q(dir / "none.json") + " --script bad.jsonl");
    CHECK(noMap.exit == 2);
    const auto noServer =
        run(dir, "edit 'postgresql:///nodb?host=" + dir.path().string() + "&map=m' --script bad.jsonl");
    CHECK(noServer.exit == 2);
    CHECK(noServer.err.find("cannot connect") != std::string::npos);
    const auto noName =
        run(dir, "edit 'postgresql:///nodb?host=" + dir.path().string() + "' --script bad.jsonl");
    CHECK(noName.exit == 2);
    CHECK(noName.err.find("names no map") != std::string::npos);
}

TEST_CASE("edit --script works on .rmap documents too", "[cli][edit]") {
    Scratch dir;
    dir.write("map.json", kMap);
    REQUIRE(run(dir, "convert map.json map.rmap").exit == 0);
    dir.write(
        "s.jsonl",
        R"({"op":"set","entity":"team","id":"maint","field":"name","value":"Maintenance & Reliability"})"
        "\n");
    const auto r = run(dir, "edit map.rmap --script s.jsonl");
    CHECK(r.exit == 0);
    CHECK(r.out == "ok 1\n");
    REQUIRE(run(dir, "convert map.rmap back.json").exit == 0);
    CHECK(json::parse(dir.read("back.json"))["teams"][1]["name"] == "Maintenance & Reliability");
}
