// The five findings about measures over time (measures.md, "New findings"), each with the maps
// where it must fire and its near-misses.
#include "mapbuilder.h"
#include "sightline/analysis/liveanalysis.h"
#include "sightline/core/map.h"

using namespace sightline;
using namespace sightline::testing;
using analysis::Rule;
using analysis::Severity;

namespace {

// The month end `k` months after January 2025 (2025-01-31, 2025-02-28, ...).
core::Date month(int k) {
    const int y = 2025 + k / 12, m = 1 + k % 12;
    const int next = m == 12 ? 1 : m + 1;
    return core::Date::fromYmd(m == 12 ? y + 1 : y, next, 1)->addDays(-1);
}

// Gives the measure these monthly values from January 2025, its limits locked on the first six
// (12 10 12 10 12 10: CL 11, mR̄ 2, limits 5.68 and 16.32, halfway lines 13.66 and 8.34).
void history(MapBuilder& b, const std::string& id, std::initializer_list<double> after) {
    core::Node& n = b.at(id);
    n.values.clear();
    int k = 0;
    for (double v : {12.0, 10.0, 12.0, 10.0, 12.0, 10.0})
        n.values.push_back({month(k++), v, ""});
    for (double v : after)
        n.values.push_back({month(k++), v, ""});
    n.xmr.baselinePoints = 6;
}

// Operations: goal g1 measured by mg; result o1 (drives g1) measured by m1 (up, target 11).
MapBuilder plant() {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme");
    b.goal("g1", "Margin grows", "acme").measure("mg", "Operating margin", "acme").measures("l1", "mg", "g1");
    b.objective("o1", "Machines are available", "ops").drives("l2", "o1", "g1");
    b.measure("m1", "Unplanned downtime", "ops").measures("l3", "m1", "o1");
    b.at("m1").target = 11;
    return b;
}

void initiative(MapBuilder& b, const std::string& id, core::InitiativeStatus status,
                std::optional<int> startMonth, const std::string& supports) {
    b.initiative(id, "Predictive maintenance", "ops");
    b.at(id).status = status;
    if (startMonth)
        b.at(id).start = month(*startMonth);
    b.supports("s-" + id, id, supports);
}

} // namespace

TEST_CASE("measure-concern: the latest point is a signal of concern", "[rules][xmr]") {
    MapBuilder b = plant();
    history(b, "m1", {10.5, 10.5, 10.5, 10.5, 10.5, 10.5}); // with the baseline's last 10: 7 below CL
    const auto fs = findings(b.build(), Rule::MeasureConcern);
    REQUIRE(nodeLists(fs) == Lists{{"m1", "o1"}});
    CHECK(fs[0].severity == Severity::Warning);
    CHECK(ids(fs[0].teams) == Strings{"ops"});
    CHECK_THAT(fs[0].message,
               Catch::Contains("\u201cUnplanned downtime\u201d (Operations) shows a signal of concern: "
                               "7 values in a row below its central line since 2025-06-30"));
    CHECK_THAT(fs[0].message, Catch::Contains("Ask what changed in the process"));

    SECTION("6 in a row is routine") {
        history(b, "m1", {10.5, 10.5, 10.5, 10.5, 10.5});
        CHECK(findings(b.build(), Rule::MeasureConcern).empty());
    }
    SECTION("the same run is an improvement when lower is better") {
        b.at("m1").direction = core::Direction::Down;
        CHECK(findings(b.build(), Rule::MeasureConcern).empty());
    }
    SECTION("an earlier concern that has passed") {
        history(b, "m1", {10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 11.5});
        CHECK(findings(b.build(), Rule::MeasureConcern).empty());
    }
    SECTION("outside the lower limit, with the nhs rules") {
        history(b, "m1", {11.5, 5});
        b.at("m1").xmr.rules = core::XmrRules::Nhs;
        const auto out = findings(b.build(), Rule::MeasureConcern);
        REQUIRE(out.size() == 1);
        CHECK_THAT(out[0].message,
                   Catch::Contains("its latest value, 5 on 2025-08-31, is below its lower natural "
                                   "process limit of 5.68"));
    }
    SECTION("a falling trend, nhs") {
        history(b, "m1", {16, 15, 14, 13, 12, 11.5, 11.2});
        b.at("m1").xmr.rules = core::XmrRules::Nhs;
        const auto out = findings(b.build(), Rule::MeasureConcern);
        REQUIRE(out.size() == 1);
        CHECK_THAT(out[0].message, Catch::Contains("7 values in a row, each lower than the one before, since "
                                                   "2025-07-31"));
    }
    SECTION("a short run, pump") {
        history(b, "m1", {8, 9, 8, 8});
        const auto out = findings(b.build(), Rule::MeasureConcern);
        REQUIRE(out.size() == 1);
        CHECK_THAT(out[0].message,
                   Catch::Contains("3 of its last 4 values are beyond the halfway line to its "
                                   "lower limit"));
    }
    SECTION("too few values") {
        b.at("m1").values.resize(5);
        CHECK(findings(b.build(), Rule::MeasureConcern).empty());
    }
}

TEST_CASE("target-out-of-reach: the limits miss the target and nobody works on it", "[rules][xmr]") {
    MapBuilder b = plant();
    history(b, "m1", {11, 12});
    b.at("m1").target = 20; // above UNPL 16.32, up
    const auto fs = findings(b.build(), Rule::TargetOutOfReach);
    REQUIRE(nodeLists(fs) == Lists{{"m1"}});
    CHECK(fs[0].severity == Severity::Warning);
    CHECK_THAT(fs[0].message, Catch::Contains("cannot reach its target of 20"));
    CHECK_THAT(fs[0].message, Catch::Contains("between 5.68 and 16.32"));

    SECTION("an active initiative supports the result it measures") {
        initiative(b, "i1", core::InitiativeStatus::Active, std::nullopt, "o1");
        CHECK(findings(b.build(), Rule::TargetOutOfReach).empty());
    }
    SECTION("a proposed initiative supports the measure itself") {
        initiative(b, "i1", core::InitiativeStatus::Proposed, std::nullopt, "m1");
        CHECK(findings(b.build(), Rule::TargetOutOfReach).empty());
    }
    SECTION("an initiative on hold or done does not count") {
        initiative(b, "i1", core::InitiativeStatus::OnHold, std::nullopt, "m1");
        initiative(b, "i2", core::InitiativeStatus::Done, std::nullopt, "o1");
        CHECK(findings(b.build(), Rule::TargetOutOfReach).size() == 1);
    }
    SECTION("within the limits: hit and miss") {
        b.at("m1").target = 16;
        CHECK(findings(b.build(), Rule::TargetOutOfReach).empty());
    }
    SECTION("lower is better and the target is below LNPL") {
        b.at("m1").direction = core::Direction::Down;
        b.at("m1").target = 5;
        CHECK(findings(b.build(), Rule::TargetOutOfReach).size() == 1);
    }
    SECTION("too few values: no limits, no finding") {
        b.at("m1").values.resize(5);
        CHECK(findings(b.build(), Rule::TargetOutOfReach).empty());
    }
}

TEST_CASE("activity-without-progress: an initiative under way, its measures do not move", "[rules][xmr]") {
    MapBuilder b = plant();
    history(b, "m1", {11, 10.5, 11.5, 11, 10.8, 11.2}); // months 6..11: common cause
    initiative(b, "i1", core::InitiativeStatus::Active, 6, "o1");
    const auto fs = findings(b.build(), Rule::ActivityWithoutProgress);
    REQUIRE(nodeLists(fs) == Lists{{"i1", "m1"}});
    CHECK(fs[0].severity == Severity::Warning);
    CHECK_THAT(fs[0].message,
               Catch::Contains("The initiative \u201cPredictive maintenance\u201d (Operations) has "
                               "been under way since 2025-07-31"));
    CHECK_THAT(fs[0].message, Catch::Contains("no signal of improvement in its 6 values since then"));

    SECTION("one improvement after the start is progress") {
        history(b, "m1", {11, 10.5, 11.5, 17, 10.8, 11.2});
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).empty());
    }
    SECTION("an improvement before the start does not count") {
        history(b, "m1", {17, 11, 10.5, 11.5, 11, 10.8, 11.2});
        b.at("i1").start = month(7);
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).size() == 1);
    }
    SECTION("fewer than progressPoints values since the start") {
        b.at("i1").start = month(7);
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).empty());
        b.map.settings.progressPoints = 5;
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).size() == 1);
    }
    SECTION("a break on or after the start: the limits are being recalculated") {
        b.at("m1").xmr.breaks = {month(9)};
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).empty());
    }
    SECTION("a break before the start, and a segment too short for limits") {
        b.at("m1").xmr.breaks = {month(5)};
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).size() == 1); // 7 values: limits
        b.map.settings.xmrMinPoints = 8;
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).empty());
    }
    SECTION("proposed, on hold, or without a start: not under way") {
        b.at("i1").status = core::InitiativeStatus::Proposed;
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).empty());
        b.at("i1").status = core::InitiativeStatus::Active;
        b.at("i1").start.reset();
        CHECK(findings(b.build(), Rule::ActivityWithoutProgress).empty());
    }
}

TEST_CASE("activity-without-progress: done initiatives and measures supported directly", "[rules][xmr]") {
    MapBuilder b = plant();
    history(b, "m1", {11, 10.5, 11.5, 11, 10.8, 11.2});
    history(b, "mg", {11, 10.5, 11.5, 11, 10.8, 17}); // improved
    b.measure("m2", "Planned maintenance done", "ops").measures("l4", "m2", "o1");
    history(b, "m2", {11, 10.5, 11.5, 11, 10.8, 11.2});
    initiative(b, "i1", core::InitiativeStatus::Done, 6, "m1");
    b.supports("s-i1-o1", "i1", "o1");
    b.supports("s-i1-mg", "i1", "mg");
    const auto fs = findings(b.build(), Rule::ActivityWithoutProgress);
    REQUIRE(nodeLists(fs) == Lists{{"i1", "m1", "m2"}});
    CHECK_THAT(fs[0].message, Catch::Contains("show no signal of improvement in their values"));
}

TEST_CASE("forecast-miss: the latest value falls short of its forecast by more than routine",
          "[rules][xmr]") {
    MapBuilder b = plant();
    history(b, "m1", {11, 10}); // latest: 10 on month 7; routine variation 2.66 × 2 = 5.32
    auto forecast = [&](double f, int k = 7) { b.at("m1").forecast = {{month(k), f, ""}}; };
    forecast(15.5);
    const auto fs = findings(b.build(), Rule::ForecastMiss);
    REQUIRE(nodeLists(fs) == Lists{{"m1"}});
    CHECK(fs[0].severity == Severity::Info);
    CHECK_THAT(fs[0].message, Catch::Contains("came in at 10 on 2025-08-31 against a forecast of 15.5"));

    SECTION("within routine variation") {
        forecast(15.3);
        CHECK(findings(b.build(), Rule::ForecastMiss).empty());
    }
    SECTION("better than the forecast") {
        forecast(4);
        CHECK(findings(b.build(), Rule::ForecastMiss).empty());
        b.at("m1").direction = core::Direction::Down;
        CHECK(findings(b.build(), Rule::ForecastMiss).size() == 1);
    }
    SECTION("no forecast for the latest date") {
        forecast(30, 6);
        CHECK(findings(b.build(), Rule::ForecastMiss).empty());
    }
    SECTION("direction target: distance to the target") {
        b.at("m1").direction = core::Direction::Target;
        b.at("m1").target = 4;
        forecast(16); // 12 from the target; the 10 is 6 from it: better
        CHECK(findings(b.build(), Rule::ForecastMiss).empty());
        forecast(3.5); // 0.5 from the target; the 10 is worse by 6.5 > 5.32
        CHECK(findings(b.build(), Rule::ForecastMiss).size() == 1);
        b.at("m1").target.reset();
        CHECK(findings(b.build(), Rule::ForecastMiss).empty());
    }
    SECTION("no limits") {
        b.map.settings.xmrMinPoints = 9;
        CHECK(findings(b.build(), Rule::ForecastMiss).empty());
    }
}

TEST_CASE("unapproved-value: only when the map requires approval", "[rules][xmr]") {
    MapBuilder b = plant();
    history(b, "m1", {11});
    history(b, "mg", {11});
    b.at("mg").values.back().approvedBy = core::PersonId("p");
    b.at("mg").values.back().approvedOn = month(6);
    CHECK(findings(b.build(), Rule::UnapprovedValue).empty());
    b.map.settings.requireApproval = true;
    const auto fs = findings(b.build(), Rule::UnapprovedValue);
    REQUIRE(nodeLists(fs) == Lists{{"m1"}});
    CHECK(fs[0].severity == Severity::Info);
    CHECK_THAT(fs[0].message, Catch::Contains("(11 on 2025-07-31) is not approved"));
    // Only the latest value counts; a measure without values has nothing to approve.
    b.at("m1").values.back().approvedBy = core::PersonId("p");
    b.at("m1").values.front().approvedBy.reset();
    b.measure("m3", "Spare parts on hand", "ops");
    CHECK(findings(b.build(), Rule::UnapprovedValue).empty());
}

TEST_CASE("measure findings: vocabulary, waivers and order with the other rules", "[rules][xmr]") {
    MapBuilder b = plant();
    b.map.properties.vocabulary = core::Vocabulary::Okr;
    history(b, "m1", {11, 5});
    b.at("m1").target = 20;
    b.map.settings.requireApproval = true;
    b.map.waivers.push_back({"unapproved-value",
                             {core::NodeId("m1")},
                             std::nullopt,
                             "Data team approves monthly.",
                             std::nullopt,
                             std::nullopt});
    const auto report = analysis::analyze(b.build(), testOptions());
    Strings rules;
    for (const auto& f : report.findings)
        if (f.nodes.front().str() == "m1")
            rules.push_back(f.rule + (f.waived ? " (waived)" : ""));
    CHECK(rules == Strings{"measure-concern", "target-out-of-reach", "unapproved-value (waived)"});
    for (const auto& f : report.findings)
        if (f.rule == "measure-concern")
            CHECK_THAT(f.message, Catch::StartsWith("The key result"));
}

TEST_CASE("measure findings follow edits live", "[rules][xmr][live]") {
    MapBuilder b = plant();
    history(b, "m1", {11, 12});
    core::Map model(b.build());
    core::ChangeSet last;
    model.subscribe([&](const core::ChangeSet& c) { last = c; });
    analysis::LiveAnalysis live(testOptions());
    live.reset(model.snapshot());
    auto has = [&](const char* rule) {
        for (const auto& f : live.report().findings)
            if (f.rule == rule)
                return true;
        return false;
    };
    CHECK_FALSE(has("measure-concern"));

    core::Node n = *model.node(core::NodeId("m1"));
    n.values.push_back({month(8), 4.0, ""});
    REQUIRE(model.updateNode(n).ok());
    live.update(model.snapshot(), last);
    CHECK(has("measure-concern"));
    CHECK(live.report().findings == analysis::analyze(model.data(), testOptions()).findings);

    n.direction = core::Direction::Down; // the same point is now an improvement
    REQUIRE(model.updateNode(n).ok());
    live.update(model.snapshot(), last);
    CHECK_FALSE(has("measure-concern"));

    n.xmr.breaks = {month(7)}; // a new segment of two values: no limits
    n.direction = core::Direction::Up;
    REQUIRE(model.updateNode(n).ok());
    live.update(model.snapshot(), last);
    CHECK_FALSE(has("measure-concern"));
    CHECK(live.report().findings == analysis::analyze(model.data(), testOptions()).findings);

    n.xmr.breaks.clear();
    REQUIRE(model.updateNode(n).ok());
    live.update(model.snapshot(), last);
    CHECK(has("measure-concern"));
    core::Settings s = model.data().settings;
    s.xmrMinPoints = 10; // 9 values: no limits any more
    REQUIRE(model.setSettings(s).ok());
    live.update(model.snapshot(), last);
    CHECK_FALSE(has("measure-concern"));
    CHECK(live.report().findings == analysis::analyze(model.data(), testOptions()).findings);
}
