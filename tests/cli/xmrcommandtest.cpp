// sightline-cli xmr (measures.md, "sightline-cli xmr").
#include "clirun.h"
#include "xmrwriter.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace sightline::testing;
using Catch::Detail::Approx;

namespace {
const std::string kMap = testData("xmr-measures.json");

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
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
    CHECK(ids == std::vector<std::string>{"m-a", "m-break", "m-ed", "m-ltir"}); // m-empty has no values
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
}

TEST_CASE("xmr json: limits, locked baseline, signals and summary of one measure", "[cli][xmr]") {
    const auto j = runCli({"xmr", kMap, "--format", "json", "--measure", "m-ltir"}).json();
    REQUIRE(j["measures"].size() == 1);
    const auto& m = j["measures"][0];
    CHECK(m["title"] == "Lost-time injury rate");
    CHECK(m["rules"] == "pump");
    CHECK(m["direction"] == "down");
    CHECK(m["target"] == 2.6);
    CHECK(m["variation"] == "improvement");
    CHECK(m["capability"] == "hit-and-miss");
    REQUIRE(m["segments"].size() == 1);
    const auto& s = m["segments"][0];
    CHECK(s["start"] == "2025-01-31");
    CHECK(s["values"] == 14);
    CHECK(s["baseline"] == 12);
    // Rounded to 6 decimals: exactly these numbers.
    CHECK(s["cl"].get<double>() == 4.1);
    CHECK(s["mr_bar"].get<double>() == 0.6);
    CHECK(s["unpl"].get<double>() == 5.696);
    CHECK(s["lnpl"].get<double>() == 2.504);
    CHECK(s["url"].get<double>() == 1.9608);
    REQUIRE(m["points"].size() == 14);
    CHECK(
        m["points"][0] ==
        nlohmann::json::parse(
            R"({"date": "2025-01-31", "value": 4.3, "segment": 0, "signals": [], "kind": "common-cause"})"));
    CHECK(m["points"][13]["signals"] == nlohmann::json::parse(R"(["outside"])"));
    CHECK(m["points"][13]["kind"] == "improvement");
}

TEST_CASE("xmr json: nhs screening, breaks, segments without limits, no target", "[cli][xmr]") {
    const auto j = runCli({"xmr", kMap, "--format", "json"}).json();
    const auto& ed = j["measures"][2];
    REQUIRE(ed["id"] == "m-ed");
    CHECK(ed["rules"] == "nhs");
    CHECK(ed["target"].is_null());
    CHECK(ed["capability"] == "unknown");
    // NHSRplotthedots' screened limits of its rnorm series with a 10 (snapshot r2).
    CHECK(ed["segments"][0]["cl"].get<double>() == 0.669416);
    CHECK(ed["segments"][0]["lnpl"].get<double>() == -2.383666);
    CHECK(ed["segments"][0]["unpl"].get<double>() == 3.722497);
    CHECK(ed["points"][14]["signals"] == nlohmann::json::parse(R"(["outside"])"));
    CHECK(ed["points"][14]["kind"] == "concern"); // lower is better

    const auto& br = j["measures"][1];
    REQUIRE(br["id"] == "m-break");
    REQUIRE(br["segments"].size() == 2);
    CHECK(br["segments"][0]["cl"].get<double>() == 11.5);
    CHECK(br["segments"][0]["mr_bar"].get<double>() == 1.4);
    const auto& late = br["segments"][1];
    CHECK(late["start"] == "2025-07-31");
    CHECK(late["values"] == 3);
    for (const char* key : {"baseline", "cl", "mr_bar", "unpl", "lnpl", "url"})
        CHECK(late[key].is_null());
    CHECK(br["points"][8]["segment"] == 1);
    CHECK(br["points"][8]["kind"] == "none");
    CHECK(br["variation"] == "none");
    CHECK(br["capability"] == "unknown");
}

TEST_CASE("xmr --measure: a measure without values, unknown ids and other kinds", "[cli][xmr]") {
    const auto empty = runCli({"xmr", kMap, "--format", "json", "--measure", "m-empty"});
    REQUIRE(empty.exit == 0);
    const auto& m = empty.json()["measures"][0];
    CHECK(m["segments"] == nlohmann::json::array());
    CHECK(m["points"] == nlohmann::json::array());
    CHECK(m["variation"] == "none");
    CHECK(m["capability"] == "unknown");

    const auto unknown = runCli({"xmr", kMap, "--measure", "m-nope"});
    CHECK(unknown.exit == 2);
    CHECK(unknown.out.empty());
    CHECK_THAT(unknown.err, Catch::Contains("m-nope"));
    const auto objective = runCli({"xmr", kMap, "--measure", "o1"});
    CHECK(objective.exit == 2);
    CHECK_THAT(objective.err, Catch::Contains("\"o1\" is an objective, not a measure"));
    CHECK(runCli({"xmr", kMap, "--format", "xml"}).exit == 2);
    CHECK(runCli({"xmr", testData("no-such-map.json")}).exit == 2);
}

TEST_CASE("xmr --format csv: one row per point", "[cli][xmr]") {
    const auto r = runCli({"xmr", kMap, "--format", "csv"});
    REQUIRE(r.exit == 0);
    const auto rows = lines(r.out);
    REQUIRE(rows.size() == 1 + 3 + 9 + 20 + 14);
    CHECK(rows[0] == "measure,date,value,segment,cl,lnpl,unpl,signals,kind");
    CHECK(rows[1] == "m-a,2025-01-31,9,0,,,,,none");
    CHECK(rows[4] == "m-break,2025-01-31,10,0,11.5,7.776,15.224,,common-cause");
    CHECK(rows[10] == "m-break,2025-07-31,14,1,,,,,none");
    CHECK(rows[13 + 14] == "m-ed,2020-01-16,10,0,0.669416,-2.383666,3.722497,outside,concern");
    CHECK(rows.back() == "m-ltir,2026-02-28,2.2,0,4.1,2.504,5.696,outside,improvement");
}

TEST_CASE("xmr text: for people", "[cli][xmr]") {
    const auto r = runCli({"xmr", kMap});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("m-ltir  Lost-time injury rate"));
    CHECK_THAT(
        r.out,
        Catch::Contains(
            "lower is better, target 2.6, rules pump: variation improvement, capability hit-and-miss"));
    CHECK_THAT(r.out, Catch::Contains("segment 0 from 2025-01-31, 14 values: CL 4.1, limits 2.504 to 5.696"));
    CHECK_THAT(r.out, Catch::Contains("segment 1 from 2025-07-31, 3 values: too few values for limits"));
    CHECK_THAT(r.out, Catch::Contains("2026-02-28  2.2"));
    CHECK_THAT(r.out, Catch::Contains("improvement (outside)"));
}

TEST_CASE("xmr numbers: 6 decimals, shortest form", "[cli][xmr]") {
    auto rounded = [](double v) {
        std::string s;
        sightline::cli::appendRounded(s, v);
        return s;
    };
    CHECK(rounded(4.1000000000000005) == "4.1");
    CHECK(rounded(0.66941586) == "0.669416");
    CHECK(rounded(-2.3836655961882) == "-2.383666");
    CHECK(rounded(2.0) == "2.0");
    CHECK(rounded(-0.0000001) == "0.0");
    CHECK(rounded(1.0e12 + 0.5) == "1000000000000.5");
}
