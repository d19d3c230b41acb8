#include "mapbuilder.h"

using namespace sightline;
using namespace sightline::testing;
using analysis::Rule;
using analysis::Severity;

TEST_CASE("no-owner: objectives and measures, not initiatives", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    b.goal("g1", "Margin grows", "acme")
        .measure("m1", "Margin", "acme")
        .initiative("i1", "Programme", "acme");
    b.objective("o1", "Costs fall", "acme");
    for (auto id : {"g1", "m1", "i1"})
        b.at(id).owner.reset();
    const auto fs = findings(b.build(), Rule::NoOwner);
    CHECK(nodeLists(fs) == Lists{{"g1"}, {"m1"}});
    CHECK(fs[0].severity == Severity::Info);
}

TEST_CASE("no-target: measures without a target", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    b.measure("m1", "Margin", "acme").measure("m2", "Cost", "acme").objective("o1", "Costs fall", "acme");
    b.at("m2").target.reset();
    b.at("m1").target = 0.0; // zero is a target
    CHECK(nodeLists(findings(b.build(), Rule::NoTarget)) == Lists{{"m2"}});
}

TEST_CASE("stale-measure: newest value older than twice the cadence period", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    auto measure = [&](const std::string& id, core::Cadence cadence, std::vector<const char*> dates) {
        b.measure(id, "Measure " + id, "acme");
        b.at(id).cadence = cadence;
        for (const char* d : dates)
            b.at(id).values.push_back({date(d), 1.0, ""});
    };
    const auto asOf = date("2026-11-26");
    // Monthly: 2 * 31 = 62 days; 2026-11-26 - 62 days = 2026-09-25.
    measure("m-fresh", core::Cadence::Monthly, {"2026-10-31"});
    measure("m-edge", core::Cadence::Monthly, {"2026-09-25"});  // exactly at the limit: not stale
    measure("m-stale", core::Cadence::Monthly, {"2026-09-24"}); // one day over
    measure("m-order", core::Cadence::Monthly, {"2026-10-31", "2026-01-31"}); // newest counts, not last
    measure("m-old", core::Cadence::Monthly, {"2026-01-31", "2026-05-31"});   // five months old
    measure("m-none", core::Cadence::Quarterly, {});                          // a cadence and no values
    b.measure("m-nocad", "No cadence", "acme");                               // no cadence: never stale
    b.at("m-nocad").values.push_back({date("2019-01-01"), 1.0, ""});
    measure("m-daily", core::Cadence::Daily, {"2026-11-23"});       // 3 days > 2
    measure("m-weekly", core::Cadence::Weekly, {"2026-11-12"});     // 14 days: not stale
    measure("m-yearly", core::Cadence::Yearly, {"2024-11-25"});     // 731 days < 2 * 366: not stale
    measure("m-quarter", core::Cadence::Quarterly, {"2026-05-27"}); // 183 days < 184: not stale
    const auto fs = findings(b.build(), Rule::StaleMeasure, asOf);
    CHECK(nodeLists(fs) == Lists{{"m-daily"}, {"m-none"}, {"m-old"}, {"m-stale"}});
    CHECK(fs[0].severity == Severity::Warning);
    CHECK_THAT(fs[2].message, Catch::Contains("2026-05-31"));
    CHECK_THAT(fs[2].message, Catch::Contains("monthly"));

    SECTION("the as-of date decides") {
        CHECK(nodeLists(findings(b.build(), Rule::StaleMeasure, date("2026-06-01"))) == Lists{{"m-none"}});
        CHECK(nodeLists(findings(b.build(), Rule::StaleMeasure, date("2026-11-28"))) == Lists{{"m-daily"},
                                                                                              {"m-edge"},
                                                                                              {"m-none"},
                                                                                              {"m-old"},
                                                                                              {"m-quarter"},
                                                                                              {"m-stale"},
                                                                                              {"m-weekly"},
                                                                                              {"m-yearly"}});
    }
}

TEST_CASE("too-many-objectives counts the objectives of exactly that team, goals included", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme");
    for (int i = 0; i < 9; ++i)
        b.objective("o" + std::to_string(i), "Ops result " + std::to_string(i), "ops");
    b.measure("m1", "Not an objective", "ops");
    for (int i = 0; i < 7; ++i)
        b.objective("a" + std::to_string(i), "Acme result " + std::to_string(i), "acme");
    b.goal("g1", "A goal", "acme"); // 8 in Acme: not more than 8
    auto fs = findings(b.build(), Rule::TooManyObjectives);
    REQUIRE(fs.size() == 1);
    CHECK(ids(fs[0].nodes) == Strings{"o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8"});
    CHECK(ids(fs[0].teams) == Strings{"ops"});
    CHECK(fs[0].team->str() == "ops");
    CHECK_THAT(fs[0].message, Catch::Contains("Operations has 9 results"));

    b.goal("g2", "Another goal", "acme");
    b.map.properties.vocabulary = core::Vocabulary::Bsc;
    fs = findings(b.build(), Rule::TooManyObjectives);
    CHECK(nodeLists(fs).front().front() == "a0");
    CHECK_THAT(fs[0].message, Catch::Contains("Acme has 9 objectives"));
    b.map.settings.maxObjectivesPerTeam = 20;
    CHECK(findings(b.build(), Rule::TooManyObjectives).empty());
}
