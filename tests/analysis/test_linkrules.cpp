#include "mapbuilder.h"

using namespace sightline;
using namespace sightline::testing;
using analysis::Rule;
using analysis::Severity;

namespace {
// A goal with a measure, and an Operations team below.
MapBuilder base() {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme");
    b.goal("g1", "Operating margin grows", "acme")
        .measure("mg", "Operating margin", "acme")
        .measures("l0", "mg", "g1");
    return b;
}
} // namespace

TEST_CASE("orphan-measure fires on a measure that measures nothing and rolls up into nothing", "[rules]") {
    auto b = base();
    b.measure("m-meet", "Number of meetings held", "ops");
    b.measure("m-part", "Scrap, line 1", "ops").measure("m-total", "Scrap", "ops");
    b.objective("o1", "Scrap falls", "ops").measures("l1", "m-total", "o1").rollup("l2", "m-part", "m-total");
    b.measure("m-drv", "Downtime hours", "ops").drives("l3", "m-drv", "o1"); // drives is not measures
    const auto fs = findings(b.build(), Rule::OrphanMeasure);
    CHECK(nodeLists(fs) == Lists{{"m-drv"}, {"m-meet"}});
    REQUIRE(fs.size() == 2);
    CHECK(fs[1].severity == Severity::Warning);
    CHECK(ids(fs[1].teams) == Strings{"ops"});
    CHECK_THAT(fs[1].message, Catch::Contains("\u201cNumber of meetings held\u201d (Operations)"));
    CHECK_THAT(fs[1].message, Catch::Contains("result"));
}

TEST_CASE("orphan-measure: a measure without a team has no teams", "[rules]") {
    auto b = base();
    b.measure("m-x", "Loose numbers", "");
    const auto fs = findings(b.build(), Rule::OrphanMeasure);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].teams.empty());
}

TEST_CASE("unmeasured-objective fires on every objective, goals included, that no measure measures",
          "[rules]") {
    auto b = base();
    b.goal("g2", "Customers reorder", "acme");
    b.objective("o1", "Suppliers deliver on time", "ops");
    b.objective("o2", "Downtime falls", "ops")
        .measure("m2", "Downtime hours", "ops")
        .measures("l1", "m2", "o2");
    b.objective("o3", "Stock is accurate", "ops")
        .measure("m3", "Stock count", "ops")
        .rollup("l2", "m3", "mg");
    b.drives("l3", "m3", "o3"); // a measure that drives it does not measure it
    const auto fs = findings(b.build(), Rule::UnmeasuredObjective);
    CHECK(nodeLists(fs) == Lists{{"g2"}, {"o1"}, {"o3"}});
}

TEST_CASE("too-many-measures follows the map's maxMeasuresPerObjective", "[rules]") {
    auto b = base();
    b.objective("o1", "Orders ship on time", "ops");
    for (int i = 1; i <= 4; ++i)
        b.measure("m" + std::to_string(i), "On-time measure " + std::to_string(i), "ops")
            .measures("l" + std::to_string(i), "m" + std::to_string(i), "o1");
    b.objective("o2", "Cost falls", "ops");
    for (int i = 5; i <= 7; ++i)
        b.measure("m" + std::to_string(i), "Cost measure " + std::to_string(i), "ops")
            .measures("l" + std::to_string(i), "m" + std::to_string(i), "o2");
    auto fs = findings(b.build(), Rule::TooManyMeasures);
    CHECK(nodeLists(fs) == Lists{{"o1"}}); // 4 > 3; exactly 3 is fine
    CHECK(fs[0].severity == Severity::Info);
    CHECK_THAT(fs[0].message, Catch::Contains("4 measures"));

    b.map.settings.maxMeasuresPerObjective = 2;
    CHECK(nodeLists(findings(b.build(), Rule::TooManyMeasures)) == Lists{{"o1"}, {"o2"}});
    b.map.settings.maxMeasuresPerObjective = 4;
    CHECK(findings(b.build(), Rule::TooManyMeasures).empty());
    b.map.settings.maxMeasuresPerObjective = 0;
    CHECK(nodeLists(findings(b.build(), Rule::TooManyMeasures)) == Lists{{"g1"}, {"o1"}, {"o2"}});
}

TEST_CASE("additive-only: regional sales that only roll up, next to a margin measure with real drivers",
          "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme").team("sales", "Sales", "acme").team("ops", "Operations", "acme");
    b.goal("g1", "Operating margin grows", "acme");
    b.objective("c-rev", "Sales revenue grows", "acme");
    b.measure("m-total", "Total sales revenue", "acme").measures("l01", "m-total", "c-rev");
    b.measure("m-eu", "Sales revenue, Europe", "sales").rollup("l02", "m-eu", "m-total");
    b.measure("m-am", "Sales revenue, Americas", "sales").rollup("l03", "m-am", "m-total");
    b.measure("m-ap", "Sales revenue, Asia-Pacific", "sales").rollup("l04", "m-ap", "m-total");
    b.drives("l05", "c-rev", "g1");
    // The margin measure also rolls up from plants, but its result has real drivers.
    b.measure("m-margin", "Operating margin", "acme").measures("l06", "m-margin", "g1");
    b.measure("m-p1", "Margin, plant 1", "ops").rollup("l07", "m-p1", "m-margin");
    b.measure("m-p2", "Margin, plant 2", "ops").rollup("l08", "m-p2", "m-margin");
    b.objective("o-yield", "Gearboxes pass test first time", "ops").drives("l09", "o-yield", "g1");
    // A total with a single part is not a rollup of parts.
    b.measure("m-single", "Single", "ops")
        .measure("m-one", "One part", "ops")
        .rollup("l10", "m-one", "m-single");

    const auto fs = findings(b.build(), Rule::AdditiveOnly);
    REQUIRE(nodeLists(fs) == Lists{{"m-total", "m-am", "m-ap", "m-eu"}});
    CHECK(ids(fs[0].teams) == Strings{"acme", "sales"});
    CHECK_THAT(fs[0].message, Catch::Contains("\u201cTotal sales revenue\u201d (Acme)"));
    CHECK_THAT(fs[0].message, Catch::Contains("\u201cSales revenue grows\u201d"));

    SECTION("a driver of the measured result clears it") {
        b.objective("o-quotes", "Customers get quotes fast", "sales").drives("l11", "o-quotes", "c-rev");
        CHECK(findings(b.build(), Rule::AdditiveOnly).empty());
    }
    SECTION("an initiative supporting the total itself clears it") {
        b.initiative("i1", "Key-account programme", "sales").supports("l11", "i1", "m-total");
        CHECK(findings(b.build(), Rule::AdditiveOnly).empty());
    }
    SECTION("a driver of something else the total feeds does not") {
        b.objective("o-x", "Other", "sales").drives("l11", "o-x", "g1");
        CHECK(findings(b.build(), Rule::AdditiveOnly).size() == 1);
    }
}

TEST_CASE("additive-only also applies to objectives that roll up", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    b.objective("o-total", "Costs fall", "acme");
    b.objective("o-a", "Costs fall in A", "acme").rollup("l1", "o-a", "o-total");
    b.objective("o-b", "Costs fall in B", "acme").rollup("l2", "o-b", "o-total");
    CHECK(nodeLists(findings(b.build(), Rule::AdditiveOnly)) == Lists{{"o-total", "o-a", "o-b"}});
    b.objective("o-c", "Energy use falls", "acme").drives("l3", "o-c", "o-total");
    CHECK(findings(b.build(), Rule::AdditiveOnly).empty());
}

TEST_CASE("rollup-cycle is an error; feedback-loop is information; they differ by link kind", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    b.goal("g1", "Margin grows", "acme");
    // Rollup cycle m1 -> m2 -> m3 -> m1, plus m4 -> m1 (not in the cycle).
    b.measure("m1", "A", "acme")
        .measure("m2", "B", "acme")
        .measure("m3", "C", "acme")
        .measure("m4", "D", "acme");
    b.rollup("r1", "m1", "m2").rollup("r2", "m2", "m3").rollup("r3", "m3", "m1").rollup("r4", "m4", "m1");
    // Drives loop o2 <-> o1 (a real reinforcing loop) and a chain o3 -> o1 (no loop).
    b.objective("o1", "Customers reorder", "acme").objective("o2", "Word of mouth spreads", "acme");
    b.objective("o3", "Quotes are fast", "acme");
    b.drives("d1", "o1", "o2").drives("d2", "o2", "o1").drives("d3", "o3", "o1").drives("d4", "o1", "g1");
    // A drives link and a rollup link in opposite directions are neither.
    b.objective("o5", "E", "acme").objective("o6", "F", "acme");
    b.drives("d5", "o5", "o6").rollup("r5", "o6", "o5");
    const auto& map = b.build();

    const auto rc = findings(map, Rule::RollupCycle);
    REQUIRE(nodeLists(rc) == Lists{{"m1", "m2", "m3"}});
    CHECK(rc[0].severity == Severity::Error);
    CHECK(ids(rc[0].teams) == Strings{"acme"});
    const auto fl = findings(map, Rule::FeedbackLoop);
    REQUIRE(nodeLists(fl) == Lists{{"o1", "o2"}});
    CHECK(fl[0].severity == Severity::Info);
}

TEST_CASE("cycle findings list their nodes sorted by id, byte-wise", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    b.objective("b", "B", "acme")
        .objective("B", "b2", "acme")
        .objective("a10", "A10", "acme")
        .objective("a9", "A9", "acme");
    b.drives("l1", "b", "B").drives("l2", "B", "a10").drives("l3", "a10", "a9").drives("l4", "a9", "b");
    CHECK(nodeLists(findings(b.build(), Rule::FeedbackLoop)) == Lists{{"B", "a10", "a9", "b"}});
}
