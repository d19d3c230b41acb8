// sightline-cli xmr (measures.md, "sightline-cli xmr").
#include "clirun.h"
#include "xmrwriter.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace sightline;
using namespace sightline::testing;

namespace {
const std::string kMap = testData("xmr-measures.json");

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// A measure in memory, for the xmr options a version 1 file cannot carry.
core::Node measure(const std::string& id, core::Direction direction, std::optional<double> target,
                   const std::vector<double>& values) {
    core::Node n;
    n.id = core::NodeId(id);
    n.kind = core::NodeKind::Measure;
    n.title = "Measure " + id;
    n.direction = direction;
    n.target = target;
    long long day = core::Date::fromYmd(2025, 1, 31)->toDays();
    for (double v : values) {
        n.values.push_back({core::Date::fromDays(day), v, ""});
        day += 30;
    }
    return n;
}

nlohmann::json jsonOf(const core::MapData& map) {
    std::vector<cli::MeasureChart> charts;
    for (const core::Node& n : map.nodes)
        charts.push_back({&n, analysis::computeXmr(n, map.settings)});
    std::ostringstream out;
    cli::writeXmrJson(out, map, charts);
    return nlohmann::json::parse(out.str());
}
} // namespace

TEST_CASE("xmr --format json: every measure with values, sorted by id, every key present", "[cli][xmr]") {
    const auto r = runCli({"xmr", kMap, "--format", "json"});
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const auto j = r.json();
    CHECK(j["map"] == "Plant measures, XmR");
    std::vector<std::string> ids;
    for (const auto& m : j["measures"])
        ids.push_back(m["id"]);
    CHECK(ids == std::vector<std::string>{"m-a", "m-ed", "m-ltir"}); // m-empty has no values; o1 is a result
    for (const auto& m : j["measures"]) {
        for (const char* key :
             {"id", "title", "rules", "direction", "target", "variation", "capability", "segments", "points"})
            CHECK(m.contains(key));
        for (const auto& s : m["segments"])
            for (const char* key : {"start", "values", "baseline", "cl", "mr_bar", "unpl", "lnpl", "url"})
                CHECK(s.contains(key));
        for (const auto& p : m["points"])
            for (const char* key : {"date", "value", "segment", "signals", "kind"})
                CHECK(p.contains(key));
    }
    const auto& ltir = j["measures"][2];
    CHECK(ltir["title"] == "Lost-time injury rate");
    CHECK(ltir["rules"] == "pump");
    CHECK(ltir["direction"] == "down");
    CHECK(ltir["target"] == 2.6);
    CHECK(ltir["variation"] == "common-cause");
    CHECK(ltir["capability"] == "hit-and-miss");
    const auto& s = ltir["segments"][0];
    CHECK(s["start"] == "2025-01-31");
    CHECK(s["values"] == 14);
    CHECK(s["baseline"] == 14);
    CHECK(s["cl"].get<double>() == 3.95); // rounded to 6 decimals: exactly these numbers
    CHECK(s["mr_bar"].get<double>() == 0.7);
    CHECK(s["unpl"].get<double>() == 5.812);
    CHECK(s["lnpl"].get<double>() == 2.088);
    CHECK(s["url"].get<double>() == 2.2876);
    CHECK(
        ltir["points"][0] ==
        nlohmann::json::parse(
            R"({"date": "2025-01-31", "value": 4.3, "segment": 0, "signals": [], "kind": "common-cause"})"));

    // Values are echoed as stored; too few values: nulls and kind none.
    const auto& ed = j["measures"][1];
    CHECK(ed["target"].is_null());
    CHECK(ed["capability"] == "unknown");
    CHECK(ed["points"][0]["value"].get<double>() == -0.56047565);
    CHECK(ed["segments"][0]["cl"].get<double>() == 0.669416);
    const auto& few = j["measures"][0];
    CHECK(few["direction"] == "target");
    for (const char* key : {"baseline", "cl", "mr_bar", "unpl", "lnpl", "url"})
        CHECK(few["segments"][0][key].is_null());
    CHECK(few["points"][2]["kind"] == "none");
    CHECK(few["variation"] == "none");
}

TEST_CASE("xmr --measure: a measure without values, unknown ids and other kinds", "[cli][xmr]") {
    const auto empty = runCli({"xmr", kMap, "--format", "json", "--measure", "m-empty"});
    REQUIRE(empty.exit == 0);
    const auto j = empty.json();
    REQUIRE(j["measures"].size() == 1);
    const auto& m = j["measures"][0];
    CHECK(m["id"] == "m-empty");
    CHECK(m["segments"] == nlohmann::json::array());
    CHECK(m["points"] == nlohmann::json::array());
    CHECK(m["variation"] == "none");
    CHECK(m["capability"] == "unknown");
    CHECK(runCli({"xmr", kMap, "--format", "json", "--measure", "m-ltir"}).json()["measures"].size() == 1);

    const auto unknown = runCli({"xmr", kMap, "--measure", "m-nope"});
    CHECK(unknown.exit == 2);
    CHECK(unknown.out.empty());
    CHECK_THAT(unknown.err, Catch::Contains("the map has no node \"m-nope\""));
    const auto objective = runCli({"xmr", kMap, "--measure", "o1"});
    CHECK(objective.exit == 2);
    CHECK(objective.out.empty());
    CHECK_THAT(objective.err, Catch::Contains("\"o1\" is an objective, not a measure"));
    CHECK(runCli({"xmr", kMap, "--format", "xml"}).exit == 2);
    CHECK(runCli({"xmr", testData("no-such-map.json")}).exit == 2);
}

TEST_CASE("xmr --format csv: one row per point", "[cli][xmr]") {
    const auto r = runCli({"xmr", kMap, "--format", "csv"});
    REQUIRE(r.exit == 0);
    const auto rows = lines(r.out);
    REQUIRE(rows.size() == 1 + 3 + 20 + 14);
    CHECK(rows[0] == "measure,date,value,segment,cl,lnpl,unpl,signals,kind");
    CHECK(rows[1] == "m-a,2025-01-31,9,0,,,,,none");
    CHECK(rows[4] == "m-ed,2020-01-02,-0.56047565,0,0.669416,-4.596625,5.935457,,common-cause");
    CHECK(rows.back() == "m-ltir,2026-02-28,2.2,0,3.95,2.088,5.812,,common-cause");
}

TEST_CASE("xmr text: for people", "[cli][xmr]") {
    const auto r = runCli({"xmr", kMap});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out,
               Catch::Contains("m-ltir  Lost-time injury rate\n"
                               "  lower is better, target 2.6, rules pump: variation common-cause, "
                               "capability hit-and-miss\n"
                               "  segment 0 from 2025-01-31, 14 values: CL 3.95, limits 2.088 to 5.812"));
    CHECK_THAT(r.out, Catch::Contains("segment 0 from 2025-01-31, 3 values: too few values for limits"));
    CHECK_THAT(r.out, Catch::Contains("    2026-02-28  2.2           common-cause\n"));
    CHECK_THAT(r.out, Catch::Contains("closest to the target is best, target 10"));
}

TEST_CASE("xmr json of locked limits, breaks, nhs screening and signals", "[cli][xmr]") {
    core::MapData map;
    map.properties.title = "In memory";
    // The spec's example: 12 locked values with CL 4.1 and mR̄ 0.6, then two more.
    core::Node ltir = measure("m1", core::Direction::Down, 2.6,
                              {4.3, 3.7, 4.3, 3.7, 4.3, 3.7, 4.3, 3.7, 4.3, 3.6, 4.6, 4.7, 3.9, 2.2});
    ltir.xmr.baselinePoints = 12;
    // NHSRplotthedots' rnorm series with a 10 in it, nhs rules: screened limits.
    core::Node ed =
        measure("m2", core::Direction::Down, std::nullopt,
                {-0.56047565, -0.23017749, 1.55870831,  0.07050839,  0.12928774, 1.71506499, 0.46091621,
                 -1.26506123, -0.68685285, -0.44566197, 1.22408180,  0.35981383, 0.40077145, 0.11068272,
                 10,          1.78691314,  0.49785048,  -1.96661716, 0.70135590, -0.47279141});
    ed.xmr.rules = core::XmrRules::Nhs;
    // A break leaving a last segment too short for limits.
    core::Node cut = measure("m3", core::Direction::Up, 9, {10, 12, 11, 13, 12, 11, 14, 18, 17});
    cut.xmr.breaks = {cut.values[6].date};
    map.nodes = {ltir, ed, cut};
    const auto j = jsonOf(map);

    const auto& m1 = j["measures"][0];
    const auto& s = m1["segments"][0];
    CHECK(s["baseline"] == 12);
    CHECK(s["values"] == 14);
    CHECK(s["cl"].get<double>() == 4.1);
    CHECK(s["mr_bar"].get<double>() == 0.6);
    CHECK(s["unpl"].get<double>() == 5.696);
    CHECK(s["lnpl"].get<double>() == 2.504);
    CHECK(s["url"].get<double>() == 1.9608);
    CHECK(m1["points"][13] ==
          nlohmann::json::parse(
              R"({"date": ")" + ltir.values[13].date.toString() +
              R"(", "value": 2.2, "segment": 0, "signals": ["outside"], "kind": "improvement"})"));
    CHECK(m1["variation"] == "improvement");
    CHECK(m1["capability"] == "hit-and-miss");

    const auto& m2 = j["measures"][1];
    CHECK(m2["rules"] == "nhs");
    CHECK(m2["segments"][0]["cl"].get<double>() == 0.669416);
    CHECK(m2["segments"][0]["lnpl"].get<double>() == -2.383666);
    CHECK(m2["segments"][0]["unpl"].get<double>() == 3.722497);
    CHECK(m2["points"][14]["signals"] == nlohmann::json::parse(R"(["outside"])"));
    CHECK(m2["points"][14]["kind"] == "concern");

    const auto& m3 = j["measures"][2];
    REQUIRE(m3["segments"].size() == 2);
    CHECK(m3["segments"][0]["cl"].get<double>() == 11.5);
    CHECK(m3["segments"][0]["mr_bar"].get<double>() == 1.4);
    const auto& late = m3["segments"][1];
    CHECK(late["start"] == cut.values[6].date.toString());
    CHECK(late["values"] == 3);
    for (const char* key : {"baseline", "cl", "mr_bar", "unpl", "lnpl", "url"})
        CHECK(late[key].is_null());
    CHECK(m3["points"][8]["segment"] == 1);
    CHECK(m3["points"][8]["kind"] == "none");
    CHECK(m3["variation"] == "none");
    CHECK(m3["capability"] == "unknown");
}

TEST_CASE("xmr numbers: 6 decimals, shortest form", "[cli][xmr]") {
    auto rounded = [](double v) {
        std::string s;
        cli::appendRounded(s, v);
        return s;
    };
    CHECK(rounded(4.1000000000000005) == "4.1");
    CHECK(rounded(0.66941586) == "0.669416");
    CHECK(rounded(-2.3836655961882) == "-2.383666");
    CHECK(rounded(2.0) == "2.0");
    CHECK(rounded(-0.0000001) == "0.0");
    CHECK(rounded(1.0e12 + 0.5) == "1000000000000.5");
}
