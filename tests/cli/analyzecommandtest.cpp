#include "clirun.h"
#include "clirunner.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace sightline::testing;

namespace {
const std::string kLoops = testData("analysis/loops.json");
const std::string kClean = testData("analysis/clean.json");
const std::string kExample = example("manufacturer-results-map.json");

// (rule, nodes) of every finding, in report order.
std::vector<std::pair<std::string, std::vector<std::string>>> summary(const nlohmann::json& j) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const auto& f : j["findings"])
        out.push_back({f["rule"], f["nodes"].get<std::vector<std::string>>()});
    return out;
}
} // namespace

TEST_CASE("analyze --format json has the shape of cli.md", "[cli][analyze]") {
    const auto r = runCli({"analyze", kLoops, "--format", "json", "--as-of", "2026-11-26"});
    REQUIRE(r.exit == 1); // a rollup cycle is an error, and --fail-on defaults to error
    const auto j = r.json();
    CHECK(j["map"] == "Loops and rollups");
    CHECK(j["as_of"] == "2026-11-26");
    REQUIRE(j["findings"].is_array());
    for (const auto& f : j["findings"]) {
        CHECK(f["rule"].is_string());
        CHECK(f["severity"].is_string());
        CHECK(f["nodes"].is_array());
        CHECK(f["teams"].is_array());
        CHECK(f["message"].is_string());
        CHECK(!f.contains("waived"));
    }
    const decltype(summary(j)) expected{{"rollup-cycle", {"m1", "m2"}},
                                        {"unmeasured-objective", {"o1"}},
                                        {"unmeasured-objective", {"o2"}},
                                        {"feedback-loop", {"o1", "o2"}},
                                        {"no-owner", {"o2"}}};
    CHECK(summary(j) == expected);
    CHECK(j["findings"][0]["severity"] == "error");
    CHECK(j["findings"][0]["teams"] == nlohmann::json({"acme", "ops"}));
    // The map's vocabulary (bsc) is used in the messages.
    CHECK_THAT(j["findings"][1]["message"].get<std::string>(),
               Catch::Contains("objective \u201cCustomers reorder\u201d"));
    CHECK_THAT(j["findings"][1]["message"].get<std::string>(), Catch::Contains("KPI"));
    CHECK(j["counts"] == nlohmann::json({{"error", 1}, {"warning", 2}, {"info", 2}, {"waived", 0}}));
    CHECK(r.err.empty());
}

TEST_CASE("analyze --fail-on and --rules decide the exit status", "[cli][analyze]") {
    const std::string asOf = "--as-of=2026-11-26";
    CHECK(runCli({"analyze", kLoops, asOf, "--fail-on", "never"}).exit == 0);
    CHECK(runCli({"analyze", kLoops, asOf, "--rules", "feedback-loop", "--fail-on", "warning"}).exit == 0);
    CHECK(runCli({"analyze", kLoops, asOf, "--rules", "feedback-loop", "--fail-on", "info"}).exit == 1);
    CHECK(runCli({"analyze", kLoops, asOf, "--rules", "unmeasured-objective,no-owner"}).exit == 0);
    CHECK(
        runCli({"analyze", kLoops, asOf, "--rules", "unmeasured-objective,no-owner", "--fail-on", "warning"})
            .exit == 1);
    const auto only =
        runCli({"analyze", kLoops, asOf, "--rules", "no-owner,feedback-loop", "--format", "json"});
    CHECK(only.exit == 0);
    CHECK(summary(only.json()).size() == 2);

    CHECK(runCli({"analyze", kClean, asOf, "--fail-on", "info"}).exit == 0);
    // The as-of date makes a measure stale.
    CHECK(runCli({"analyze", kClean, "--as-of", "2027-11-26", "--fail-on", "warning"}).exit == 1);
    CHECK(runCli({"analyze", kClean, "--as-of", "2027-11-26"}).exit == 0);
}

TEST_CASE("analyze: waived findings do not count for --fail-on", "[cli][analyze]") {
    const auto r =
        runCli({"analyze", kExample, "--as-of", "2026-11-26", "--rules", "mini-me", "--format", "json"});
    const auto j = r.json();
    REQUIRE(j["findings"].size() == 2);
    CHECK(j["counts"] == nlohmann::json({{"error", 0}, {"warning", 1}, {"info", 0}, {"waived", 1}}));
    CHECK(j["findings"][1]["waived"] == true);
    CHECK_THAT(j["findings"][1]["waiver_reason"].get<std::string>(), Catch::Contains("shop floor"));
}

TEST_CASE("analyze: bad usage and bad input exit 2 with a clear message and no output", "[cli][analyze]") {
    auto check = [](std::vector<std::string> args, const std::string& needle) {
        const auto r = runCli(std::move(args));
        CHECK(r.exit == 2);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains(needle));
    };
    check({"analyze", kLoops, "--rules", "mini-me,orphan"}, "unknown rule \"orphan\"");
    check({"analyze", kLoops, "--rules", ""}, "unknown rule \"\"");
    check({"analyze", kLoops, "--rules", "mini-me,"}, "unknown rule");
    check({"analyze", kLoops, "--as-of", "2026-02-30"}, "2026-02-30");
    check({"analyze", kLoops, "--as-of", "yesterday"}, "YYYY-MM-DD");
    check({"analyze", kLoops, "--fail-on", "critical"}, "critical");
    check({"analyze", kLoops, "--bogus"}, "--bogus");
    check({"analyze"}, "MAP");
    check({"analyze", testData("analysis/does-not-exist.json")}, "does-not-exist.json");

    const auto bad = std::filesystem::temp_directory_path() / "sightline-analyze-bad.json";
    std::ofstream(bad) << R"({"format": "sightline-map", "version": 1, "title": "x", "nodes": [], "links": [)"
                          R"({"kind": "drives", "from": "a", "to": "b"}]})";
    check({"analyze", bad.string()}, "/links/0/from");
    std::filesystem::remove(bad);
}

TEST_CASE("analyze text output groups findings by severity and rule, with titles", "[cli][analyze]") {
    const auto r = runCli({"analyze", kExample, "--as-of", "2026-11-26"});
    CHECK(r.exit == 0); // warnings only
    CHECK_THAT(r.out, Catch::Contains("Open findings: 0 errors, 19 warnings"));
    CHECK_THAT(r.out, Catch::Contains("\nWarnings\n"));
    CHECK_THAT(r.out, Catch::Contains(" orphan-measure: "));
    CHECK_THAT(r.out, Catch::Contains("\u201cNumber of sales meetings held\u201d (Sales)"));
    CHECK_THAT(r.out, Catch::Contains("Waived (reviewed and accepted)"));
    CHECK(r.out.find("Warnings") < r.out.find("Waived"));
}

TEST_CASE("analyze finds exactly the defects planted in the manufacturer example",
          "[cli][analyze][example]") {
    const auto r =
        runCli({"analyze", kExample, "--as-of", "2026-11-26", "--format", "json", "--fail-on", "never"});
    REQUIRE(r.exit == 0);
    const auto j = r.json();
    const decltype(summary(j)) expected{
        // Its measures over two years (docs/measures.md, "The example, read this way").
        {"activity-without-progress", {"i-smed", "m-oee"}},
        {"activity-without-progress", {"i-vibration", "m-mtbf"}},
        {"additive-only", {"m-sales-total", "m-sales-am", "m-sales-ap", "m-sales-eu"}},
        {"may-hurt-goal", {"i-pm-intervals", "g-margin", "g-reorder"}},
        {"may-hurt-goal", {"m-maint-cost", "g-margin", "g-reorder"}},
        {"may-hurt-goal", {"o-maint-cost", "g-margin", "g-reorder"}},
        {"measure-concern", {"m-downtime", "o-downtime"}},
        {"measure-concern", {"m-mtbf", "o-downtime"}},
        {"mini-me", {"g-safety", "o-fin-lti", "o-hr-lti", "o-maint-lti", "o-ops-lti", "o-prod-lti"}},
        {"mini-me", {"o-ops-lti", "o-maint-lti", "o-prod-lti"}},
        {"no-line-of-sight", {"i-intranet"}},
        {"no-line-of-sight", {"m-intranet"}},
        {"no-line-of-sight", {"m-meetings"}},
        {"no-line-of-sight", {"o-intranet"}},
        {"orphan-measure", {"m-meetings"}},
        {"stale-measure", {"m-quoted-margin"}},
        {"target-out-of-reach", {"m-downtime"}},
        {"target-out-of-reach", {"m-margin"}},
        {"team-without-line-of-sight", {"i-intranet", "m-intranet", "o-intranet"}},
        {"unmeasured-objective", {"o-suppliers"}},
    };
    CHECK(summary(j) == expected);
    CHECK(j["findings"][9]["waived"] == true);
    CHECK(j["findings"][18]["teams"] == nlohmann::json({"it"}));
    CHECK(j["counts"] == nlohmann::json({{"error", 0}, {"warning", 19}, {"info", 0}, {"waived", 1}}));
}

TEST_CASE("analyze is deterministic: the same output twice", "[cli][analyze]") {
    const auto a = runCli({"analyze", kExample, "--as-of", "2026-11-26", "--format", "json"});
    const auto b = runCli({"analyze", kExample, "--as-of", "2026-11-26", "--format", "json"});
    CHECK(a.out == b.out);
    const auto c = runCli({"analyze", kExample, "--as-of", "2026-11-26"});
    const auto d = runCli({"analyze", kExample, "--as-of", "2026-11-26"});
    CHECK(c.out == d.out);
}

TEST_CASE("analyze and sight as a process: exit codes and output", "[cli][analyze]") {
    clitest::Scratch dir;
    auto r = clitest::run(dir, "analyze " + clitest::q(kLoops) + " --as-of 2026-11-26 --format json");
    CHECK(r.exit == 1);
    CHECK(nlohmann::json::parse(r.out)["counts"]["error"] == 1);
    r = clitest::run(dir, "analyze " + clitest::q(kLoops) + " --fail-on never");
    CHECK(r.exit == 0);
    r = clitest::run(dir, "analyze " + clitest::q(kLoops) + " --rules nope");
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    r = clitest::run(dir, "sight " + clitest::q(kExample) + " --team nope");
    CHECK(r.exit == 2);
    r = clitest::run(dir, "analyze --help");
    CHECK(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("--fail-on"));
}
