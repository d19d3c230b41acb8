#include "mapbuilder.h"

using namespace sightline;
using namespace sightline::testing;
using analysis::Rule;

namespace {
// Acme with Operations (Production, Maintenance below it) and Corporate Services (HR, Finance).
MapBuilder org() {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme").team("corp", "Corporate Services", "acme");
    b.team("prod", "Production", "ops").team("maint", "Maintenance & Reliability", "ops");
    b.team("hr", "Human Resources", "corp").team("fin", "Finance", "corp");
    return b;
}
} // namespace

TEST_CASE("mini-me: injury reduction copied into every department", "[rules]") {
    auto b = org();
    b.goal("g-lti", "Lost-time injuries fall", "acme");
    b.objective("o-ops", "Lost time injuries fall", "ops");
    b.objective("o-prod", "Lost-time injuries fall in Production", "prod");
    b.objective("o-maint", "Lost-time injuries fall, Maintenance & Reliability", "maint");
    b.objective("o-hr", "LOST-TIME INJURIES FALL", "hr");
    b.objective("o-fin", "The lost-time injury falls", "fin"); // "injury" is not "injurie": no match
    const auto fs = findings(b.build(), Rule::MiniMe);
    // The corporate goal is copied into four teams below Acme; the Operations copy into two
    // teams below Operations. Production has no team below it.
    REQUIRE(nodeLists(fs) ==
            Lists{{"g-lti", "o-hr", "o-maint", "o-ops", "o-prod"}, {"o-ops", "o-maint", "o-prod"}});
    CHECK(ids(fs[0].teams) == Strings{"acme", "hr", "maint", "ops", "prod"});
    CHECK(ids(fs[1].teams) == Strings{"maint", "ops", "prod"});
    CHECK_THAT(fs[1].message, Catch::Contains("Production"));
    CHECK_THAT(fs[1].message, Catch::Contains("Maintenance & Reliability"));
    CHECK_THAT(fs[1].message, Catch::Contains("\u201cLost time injuries fall\u201d (Operations)"));
}

TEST_CASE("mini-me needs two distinct teams below, of the same kind, in the subtree", "[rules]") {
    auto b = org();
    b.objective("c1", "Costs fall", "corp");
    b.objective("h1", "Costs fall", "hr");
    b.objective("h2", "Cost falls", "hr");   // a second copy in the same team: still one team
    b.objective("p1", "Costs fall", "prod"); // not below Corporate Services
    b.measure("f1", "Costs fall", "fin");    // a measure, not an objective
    CHECK(findings(b.build(), Rule::MiniMe).empty());

    SECTION("a copy in a second team below fires") {
        b.objective("f2", "Costs fall for Finance", "fin");
        CHECK(nodeLists(findings(b.build(), Rule::MiniMe)) == Lists{{"c1", "f2", "h1", "h2"}});
    }
    SECTION("the same for measures") {
        b.measure("cm", "Costs fall", "corp").measure("hm", "Costs fall", "hr");
        CHECK(nodeLists(findings(b.build(), Rule::MiniMe)) == Lists{{"cm", "f1", "hm"}});
    }
    SECTION("copies at any depth count") {
        b.team("payroll", "Payroll", "hr");
        b.objective("py", "Costs fall", "payroll");
        CHECK(nodeLists(findings(b.build(), Rule::MiniMe)) == Lists{{"c1", "h1", "h2", "py"}});
    }
    SECTION("titles that normalise to nothing never match") {
        b.objective("e1", "The team", "corp")
            .objective("e2", "The team", "hr")
            .objective("e3", "The team", "fin");
        CHECK(findings(b.build(), Rule::MiniMe).empty());
    }
}

TEST_CASE("mini-me-scorecard: more than the share of a team's objectives copied from above", "[rules]") {
    auto b = org();
    b.goal("g1", "Lost-time injuries fall", "acme").goal("g2", "Operating costs fall", "acme");
    b.goal("g3", "Customers reorder", "acme");
    // Maintenance: one copied objective of three. Not a mini-me scorecard.
    b.objective("m1", "Lost-time injuries fall", "maint")
        .objective("m2", "Unplanned downtime falls", "maint");
    b.objective("m3", "Machines run at planned rate", "maint");
    // Finance: two of three copied (from the grandparent). A mini-me scorecard.
    b.objective("f1", "Operating costs fall", "fin").objective("f2", "Customers reorder in Finance", "fin");
    b.objective("f3", "Invoices are paid on time", "fin");
    // HR: one of two: 1 > 0.5 * 2 is false.
    b.objective("h1", "Lost-time injuries fall", "hr").objective("h2", "Vacancies are filled", "hr");
    // Production: a copy of a sibling's objective is not a copy from above.
    b.objective("p1", "Unplanned downtime falls", "prod")
        .objective("p2", "Machines run at planned rate", "prod");
    // Acme itself has no parent.
    const auto fs = findings(b.build(), Rule::MiniMeScorecard);
    REQUIRE(nodeLists(fs) == Lists{{"f1", "f2"}});
    CHECK(ids(fs[0].teams) == Strings{"fin"});
    REQUIRE(fs[0].team);
    CHECK(fs[0].team->str() == "fin");
    CHECK_THAT(fs[0].message, Catch::Contains("2 of the 3 results of Finance"));

    SECTION("the share comes from the map's settings") {
        b.map.settings.miniMeScorecardShare = 0.3;
        CHECK(nodeLists(findings(b.build(), Rule::MiniMeScorecard)) == Lists{{"f1", "f2"}, {"h1"}, {"m1"}});
        b.map.settings.miniMeScorecardShare = 0.7;
        CHECK(findings(b.build(), Rule::MiniMeScorecard).empty());
    }
    SECTION("a team with one objective is never a scorecard") {
        b.objective("c1", "Customers reorder", "corp");
        b.map.settings.miniMeScorecardShare = 0.0;
        const auto fs2 = findings(b.build(), Rule::MiniMeScorecard);
        CHECK(nodeLists(fs2) == Lists{{"f1", "f2"}, {"h1"}, {"m1"}});
    }
}
