// sightline-cli import-values (measures.md): values in from a CSV file, replaced values
// reported, every bad row named FILE:LINE and then nothing written (exit 2), --dry-run, .rmap.

#include "clirunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using clitest::run;
using clitest::Scratch;
using nlohmann::json;

namespace {

const char* kMap = R"({"format": "sightline-map", "version": 2, "title": "Plant",
  "people": [{"id": "dl", "name": "Dana Lee"}],
  "nodes": [
    {"id": "o1", "kind": "objective", "title": "Downtime falls"},
    {"id": "m1", "kind": "measure", "title": "Unplanned downtime hours", "direction": "down",
     "values": [{"date": "2026-09-30", "value": 116},
                {"date": "2026-10-31", "value": 121, "note": "pump seal", "approvedBy": "dl",
                 "approvedOn": "2026-11-04"}]},
    {"id": "m2", "kind": "measure", "title": "Scrap rate"},
    {"id": "m3", "kind": "measure", "title": "Scrap rate"},
    {"id": "m4", "kind": "measure", "title": "On-time delivery"}
  ],
  "links": [{"kind": "measures", "from": "m1", "to": "o1"}]})";

json values(const Scratch& dir, const char* id) {
    const json map = json::parse(dir.read("map.json"));
    for (const json& n : map["nodes"])
        if (n["id"] == id)
            return n.value("values", json::array());
    return nullptr;
}

} // namespace

TEST_CASE("import-values adds values, replaces one and clears its approval", "[cli][import-values]") {
    Scratch dir;
    dir.write("map.json", kMap);
    dir.write("values.csv", "\xEF\xBB\xBFMeasure;Date;Value;Note;Owner\r\n"
                            "m1;31/10/2026;\"126,5\";;Kim\r\n"
                            "\r\n"
                            "On-time delivery;30/11/2026;97;\"late truck,\nthen snow\";Kim\r\n"
                            "m1;30/11/2026;128;;Kim\r\n");
    const auto r = run(dir, "import-values map.json values.csv --date-format DD/MM/YYYY");
    REQUIRE(r.exit == 0);
    CHECK(r.err == "warning: values.csv:1: column \"Owner\" ignored\n");
    CHECK(r.out == "values.csv:2: replaces m1 2026-10-31: 121 -> 126.5 (its approval is cleared)\n"
                   "3 values for 2 measures: 2 added, 1 replaced; written to map.json\n");
    const json m1 = values(dir, "m1");
    REQUIRE(m1.size() == 3);
    CHECK(m1[1] == json{{"date", "2026-10-31"}, {"value", 126.5}, {"note", "pump seal"}});
    CHECK(m1[2] == json{{"date", "2026-11-30"}, {"value", 128}});
    const json m4 = values(dir, "m4");
    REQUIRE(m4.size() == 1);
    CHECK(m4[0]["note"] == "late truck,\nthen snow");
    CHECK(json::parse(dir.read("map.json"))["version"] == 2);
}

TEST_CASE("import-values names every bad row as FILE:LINE and writes nothing", "[cli][import-values]") {
    Scratch dir;
    dir.write("map.json", kMap);
    dir.write("values.csv", "measure,date,value\n"
                            "m1,2026-11-30,128\n"
                            "nobody,2026-11-30,1\n"
                            "Scrap rate,2026-11-30,2.5\n"
                            "m4,2026-11-31,90\n"
                            "m4,2026-12-31,ninety\n"
                            "\"m9\n\",2027-01-31,91\n"
                            "m1,2026-11-30,128\n"
                            "m4\n");
    const std::string before = dir.read("map.json");
    const auto r = run(dir, "import-values map.json values.csv");
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    // One line per bad row, in file order, each starting with FILE:LINE.
    std::vector<std::string> lines;
    std::istringstream err(r.err);
    for (std::string line; std::getline(err, line);)
        lines.push_back(line);
    // The row of line 10 lacks two columns: two messages.
    REQUIRE(lines.size() == 9);
    const char* starts[] = {"values.csv:3: unknown measure \"nobody\"",
                            "values.csv:4: ambiguous title \"Scrap rate\"",
                            "values.csv:5: bad date \"2026-11-31\"",
                            "values.csv:6: \"ninety\" is not a number",
                            "values.csv:7: unknown measure \"m9\"",
                            "values.csv:9: a second row for m1 on 2026-11-30 (the first is on line 2)",
                            "values.csv:10: missing column date",
                            "values.csv:10: missing column value"};
    for (std::size_t i = 0; i < 8; ++i)
        CHECK(lines[i].rfind(starts[i], 0) == 0);
    CHECK(lines[8] == "sightline-cli import-values: 7 bad rows in values.csv; nothing was written");
    CHECK(dir.read("map.json") == before);
}

TEST_CASE("import-values --dry-run reports and writes nothing; .rmap maps are written",
          "[cli][import-values]") {
    Scratch dir;
    dir.write("map.json", kMap);
    dir.write("values.csv", "measure,date,value\nm1,2026-11-30,128\n");
    const std::string before = dir.read("map.json");
    auto r = run(dir, "import-values map.json values.csv --dry-run");
    REQUIRE(r.exit == 0);
    CHECK(r.out == "1 value for 1 measure: 1 added, 0 replaced (--dry-run: nothing written)\n");
    CHECK(dir.read("map.json") == before);

    REQUIRE(run(dir, "convert map.json map.rmap").exit == 0);
    r = run(dir, "import-values map.rmap values.csv");
    REQUIRE(r.exit == 0);
    REQUIRE(run(dir, "convert map.rmap back.json").exit == 0);
    const json back = json::parse(dir.read("back.json"));
    for (const json& n : back["nodes"])
        if (n["id"] == "m1")
            CHECK(n["values"].size() == 3);

    // A bad date format and a missing file are usage errors.
    CHECK(run(dir, "import-values map.json values.csv --date-format YYYY/MM/DD").exit == 2);
    r = run(dir, "import-values map.json missing.csv");
    CHECK(r.exit == 2);
    CHECK(r.err.find("missing.csv") != std::string::npos);
}
