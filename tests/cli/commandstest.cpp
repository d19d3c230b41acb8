// sightline-cli as a process: exit codes, messages, written files.

#include "clirunner.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using clitest::q;
using clitest::run;
using clitest::Scratch;

namespace {

const std::string kExample = std::string(SIGHTLINE_TEST_DATA) + "/full-features.json";
const std::string kGenmap = std::string(SIGHTLINE_TEST_DATA) + "/genmap-300.json";

const char* kSmallMap = R"({"format": "sightline-map", "version": 1, "title": "Small",
  "teams": [{"id": "acme", "name": "Acme"}, {"id": "ops", "name": "Ops", "parent": "acme"}],
  "nodes": [
    {"id": "g1", "kind": "objective", "title": "Margin grows", "team": "acme"},
    {"id": "g2", "kind": "objective", "title": "Customers reorder", "team": "acme"},
    {"id": "o1", "kind": "objective", "title": "Downtime falls", "team": "ops"},
    {"id": "m1", "kind": "measure", "title": "Downtime hours", "team": "ops", "colour": "red"}
  ],
  "links": [
    {"kind": "drives", "from": "o1", "to": "g1"},
    {"kind": "drives", "from": "g2", "to": "g1"},
    {"kind": "measures", "from": "m1", "to": "o1"}
  ]})";

} // namespace

TEST_CASE("--version, --help and usage errors", "[cli]") {
    Scratch dir;
    auto r = run(dir, "--version");
    CHECK(r.exit == 0);
    CHECK(r.out == "sightline-cli 0.1.0\n");

    r = run(dir, "--help");
    CHECK(r.exit == 0);
    for (const char* command : {"validate", "convert", "stats"})
        CHECK(r.out.find(std::string("  ") + command) != std::string::npos);

    r = run(dir, "");
    CHECK(r.exit == 2);
    CHECK(r.err.find("missing COMMAND") != std::string::npos);
    CHECK(r.err.find("usage: sightline-cli COMMAND") != std::string::npos);

    r = run(dir, "frobnicate x");
    CHECK(r.exit == 2);
    CHECK(r.err.find("unknown command \"frobnicate\"") != std::string::npos);
    CHECK(r.err.find("usage:") != std::string::npos);

    r = run(dir, "--frob");
    CHECK(r.exit == 2);
    CHECK(r.err.find("unknown option --frob") != std::string::npos);

    r = run(dir, "validate --strict x.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("unknown option --strict") != std::string::npos);
    CHECK(r.err.find("usage: sightline-cli validate MAP") != std::string::npos);

    r = run(dir, "validate");
    CHECK(r.exit == 2);
    CHECK(r.err.find("missing MAP") != std::string::npos);

    r = run(dir, "validate a.json b.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("unexpected argument \"b.json\"") != std::string::npos);

    r = run(dir, "stats --help");
    CHECK(r.exit == 0);
    CHECK(r.out.find("usage: sightline-cli stats MAP [--format text|json]") == 0);
    CHECK(r.err.empty());
}

TEST_CASE("validate: exit 0 for a valid map, warnings on stderr", "[cli]") {
    Scratch dir;
    dir.write("small.json", kSmallMap);
    auto r = run(dir, "validate small.json");
    CHECK(r.exit == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "warning: /nodes/3/colour: unknown key ignored\n");

    r = run(dir, "validate " + q(kGenmap));
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
}

TEST_CASE("validate: exit 2 with POINTER: message lines", "[cli]") {
    Scratch dir;
    std::string bad = kSmallMap;
    bad.replace(bad.find("\"to\": \"g1\"}"), 11, "\"to\": \"r99\"}");
    bad.replace(bad.find("\"kind\": \"measure\""), 17, "\"kind\": \"kpi\"");
    dir.write("bad.json", bad);
    auto r = run(dir, "validate bad.json");
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("/nodes/3/kind: expected one of objective, measure, initiative; got \"kpi\"\n") !=
          std::string::npos);
    CHECK(r.err.find("/links/0/to: unknown node \"r99\"\n") != std::string::npos);
    CHECK(r.err.find("warning: /nodes/3/colour: unknown key ignored\n") != std::string::npos);

    r = run(dir, "validate missing.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("cannot read missing.json: no such file") != std::string::npos);

    dir.write("syntax.json", "{\"format\": ");
    r = run(dir, "validate syntax.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("not valid JSON at byte") == 0);

    dir.write("deep.json", std::string(200000, '['));
    r = run(dir, "validate deep.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("nesting deeper than 64 levels") == 0);

    dir.write("v3.json", R"({"format": "sightline-map", "version": 3})");
    r = run(dir, "validate v3.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("/version: this file is format version 3; this Sightline reads versions 1 and 2") == 0);

    dir.write("fake.rmap", std::string("SQLite format 3\0", 16) + std::string(100, '\0'));
    r = run(dir, "validate fake.rmap");
    CHECK(r.exit == 2);
    CHECK(r.err.find("fake.rmap") != std::string::npos);
}

TEST_CASE("convert: JSON to JSON is byte-stable and equivalent", "[cli]") {
    Scratch dir;
    auto r = run(dir, "convert " + q(kExample) + " b.json");
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    r = run(dir, "convert b.json c.json");
    REQUIRE(r.exit == 0);
    CHECK(dir.read("b.json") == dir.read("c.json"));
    CHECK(dir.read("b.json").find("\"title\": \"Every field of the format\"") != std::string::npos);
    // Only the outputs are in the directory: no temporary files left.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 2);
}

TEST_CASE("convert refuses bad input and bad outputs, writing nothing", "[cli]") {
    Scratch dir;
    dir.write("small.json", kSmallMap);
    const std::string original = dir.read("small.json");

    auto r = run(dir, "convert small.json small.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("is the input file itself") != std::string::npos);
    r = run(dir, "convert small.json ./sub/../small.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("is the input file itself") != std::string::npos);
    std::filesystem::create_symlink(dir / "small.json", dir / "link.json");
    r = run(dir, "convert small.json link.json");
    CHECK(r.exit == 2);
    CHECK(dir.read("small.json") == original);

    dir.write("bad.json",
              R"({"format": "sightline-map", "version": 1, "title": "", "nodes": [], "links": []})");
    r = run(dir, "convert bad.json out.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("/title: must have 1 to 200 characters") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "out.json"));

    r = run(dir, "convert small.json out.txt");
    CHECK(r.exit == 2);
    CHECK(r.err.find("use .json, .rmap, .graphml or .dot") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "out.txt"));

    r = run(dir, "convert small.json no-such-dir/out.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("cannot write no-such-dir/out.json") != std::string::npos);

    r = run(dir, "convert small.json");
    CHECK(r.exit == 2);
    CHECK(r.err.find("missing OUT") != std::string::npos);
}

TEST_CASE("stats: counts and top goals as text and JSON", "[cli]") {
    Scratch dir;
    dir.write("small.json", kSmallMap);
    auto r = run(dir, "stats small.json");
    REQUIRE(r.exit == 0);
    CHECK(r.out == "Map: Small\n"
                   "Teams: 2\n"
                   "People: 0\n"
                   "Nodes: 4\n"
                   "  results: 3\n"
                   "  measures: 1\n"
                   "  initiatives: 0\n"
                   "Links: 3\n"
                   "  drives: 2\n"
                   "  measures: 1\n"
                   "  supports: 0\n"
                   "  rollup: 0\n"
                   "Top goals: 1\n"
                   "  g1  Margin grows\n");

    r = run(dir, "stats --format json " + q(kExample));
    REQUIRE(r.exit == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["title"] == "Every field of the format");
    CHECK(j["vocabulary"] == "okr");
    CHECK(j["teams"] == 3);
    CHECK(j["people"] == 2);
    CHECK(j["nodes"]["total"] == 9);
    CHECK(j["nodes"]["measure"] == 4);
    CHECK(j["links"]["rollup"] == 2);
    CHECK(j["top_goals"] == nlohmann::json::array({"g1"}));

    r = run(dir, "stats small.json --format xml");
    CHECK(r.exit == 2);
    CHECK(r.err.find("unknown --format \"xml\"") != std::string::npos);
    CHECK(r.out.empty());
}
