#include "clirun.h"

#include <catch2/catch.hpp>

using namespace sightline::testing;

namespace {
const std::string kExample = example("manufacturer-results-map.json");
}

TEST_CASE("sight --format json has the shape of cli.md", "[cli][sight]") {
    const auto r = runCli({"sight", kExample, "--format", "json"});
    REQUIRE(r.exit == 0);
    const auto j = r.json();
    CHECK(j["goals"] == nlohmann::json({"g-margin", "g-reorder", "g-safety"}));
    REQUIRE(j["teams"].size() == 10);
    // Teams in map order.
    CHECK(j["teams"][0]["team"] == "bw");
    CHECK(j["teams"][9]["team"] == "it");
    CHECK(j["teams"][9]["has_line_of_sight"] == false);
    for (const auto& t : j["teams"]) {
        double previous = 1e9;
        std::string previousId;
        for (const auto& n : t["nodes"]) {
            const double lev = n["leverage"];
            // By leverage, highest first, then by id.
            CHECK((lev < previous || (lev == previous && n["node"].get<std::string>() > previousId)));
            previous = lev;
            previousId = n["node"];
            std::string lastGoal;
            for (const auto& p : n["paths"]) {
                CHECK(p["goal"].get<std::string>() > lastGoal);
                lastGoal = p["goal"];
                CHECK(p["path"].front() == n["node"]);
                CHECK(p["path"].back() == p["goal"]);
            }
        }
    }
}

TEST_CASE("sight --team reports one team; an unknown team is bad usage", "[cli][sight]") {
    const auto r = runCli({"sight", kExample, "--team", "maint", "--format", "json"});
    REQUIRE(r.exit == 0);
    const auto j = r.json();
    REQUIRE(j["teams"].size() == 1);
    CHECK(j["teams"][0]["team"] == "maint");
    // The maintenance cost result reaches margin directly and reorders through availability.
    for (const auto& n : j["teams"][0]["nodes"]) {
        if (n["node"] != "o-maint-cost")
            continue;
        REQUIRE(n["paths"].size() == 2);
        CHECK(n["paths"][0]["path"] == nlohmann::json({"o-maint-cost", "g-margin"}));
        CHECK(n["paths"][1]["path"] ==
              nlohmann::json({"o-maint-cost", "o-downtime", "o-oee", "o-output", "g-reorder"}));
        // Margin directly (+0.2 at one link) and reorders through the negative chain, four links away:
        // 0.5 * 0.2 + 0.5 * (-0.6) * 0.5 * 0.8 * 0.5 * 0.9 * 0.5 * 0.8 (docs/analysis.md, "Leverage").
        CHECK(n["leverage"].get<double>() == Approx(0.0784));
    }

    const auto bad = runCli({"sight", kExample, "--team", "nope"});
    CHECK(bad.exit == 2);
    CHECK(bad.out.empty());
    CHECK_THAT(bad.err, Catch::Contains("\"nope\""));
    CHECK(runCli({"sight", kExample, "--format", "xml"}).exit == 2);
}

TEST_CASE("sight text output names teams and nodes by title", "[cli][sight]") {
    const auto r = runCli({"sight", kExample, "--team", "it"});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("IT [it]: NO line of sight"));
    CHECK_THAT(r.out, Catch::Contains("\u201cThe intranet is redesigned\u201d [o-intranet]"));
}
