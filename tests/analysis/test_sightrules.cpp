#include "mapbuilder.h"
#include "sightline/analysis/mapindex.h"

using namespace sightline;
using namespace sightline::testing;
using analysis::Rule;
using analysis::Severity;

namespace {
// The maintenance trade-off of domain.md: cutting maintenance cost lowers machine availability
// and so output, which drives margin and customers.
MapBuilder maintenance() {
    MapBuilder b;
    b.team("bw", "Brackwater").team("ops", "Operations", "bw").team("maint", "Maintenance", "ops");
    b.goal("g-margin", "Operating margin grows", "bw").goal("g-reorder", "Customers reorder", "bw");
    b.goal("g-safety", "Nobody gets hurt", "bw");
    b.objective("o-output", "Orders ship on time", "ops").drives("l01", "o-output", "g-margin");
    b.drives("l02", "o-output", "g-reorder");
    b.objective("o-avail", "Machines are available", "maint").drives("l03", "o-avail", "o-output");
    b.objective("o-cost", "Maintenance cost per hour falls", "maint");
    b.drives("l04", "o-cost", "o-avail", /*negative=*/true, 0.6)
        .drives("l05", "o-cost", "g-margin", false, 0.2);
    b.measure("m-cost", "Maintenance cost per hour", "maint").measures("l06", "m-cost", "o-cost");
    b.initiative("i-pm", "Stretch preventive maintenance intervals", "maint")
        .supports("l07", "i-pm", "o-cost");
    return b;
}
} // namespace

TEST_CASE("no-line-of-sight fires on every kind of node that reaches no top goal", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme").team("it", "IT", "acme");
    b.goal("g1", "Margin grows", "acme");
    b.objective("o1", "Costs fall", "acme").drives("l1", "o1", "g1");
    b.measure("m1", "Cost", "acme").measures("l2", "m1", "o1");
    b.initiative("i1", "Cost programme", "acme").supports("l3", "i1", "m1");
    b.objective("o-web", "The intranet is redesigned", "it").measure("m-web", "Page views", "it");
    b.measures("l4", "m-web", "o-web")
        .initiative("i-web", "Move the intranet", "it")
        .supports("l5", "i-web", "o-web");
    // A link from the goal does not give line of sight to what it points at.
    b.objective("o-down", "Downstream", "acme").drives("l6", "g1", "o-down");
    const auto fs = findings(b.build(), Rule::NoLineOfSight);
    CHECK(nodeLists(fs) == Lists{{"i-web"}, {"m-web"}, {"o-down"}, {"o-web"}});
    CHECK_THAT(fs[0].message, Catch::Contains("initiative \u201cMove the intranet\u201d (IT)"));
}

TEST_CASE("team-without-line-of-sight lists all the team's nodes; one connected node is enough", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme").team("it", "IT", "acme").team("hr", "HR", "acme").team("empty", "Empty", "acme");
    b.goal("g1", "Margin grows", "acme");
    b.objective("o-web", "The intranet is redesigned", "it").measure("m-web", "Page views", "it");
    b.measures("l1", "m-web", "o-web")
        .initiative("i-web", "Move the intranet", "it")
        .supports("l2", "i-web", "o-web");
    b.objective("o-hr1", "Vacancies are filled", "hr").drives("l3", "o-hr1", "g1");
    b.objective("o-hr2", "Payroll runs", "hr");
    const auto fs = findings(b.build(), Rule::TeamWithoutLineOfSight);
    REQUIRE(nodeLists(fs) == Lists{{"i-web", "m-web", "o-web"}});
    CHECK(ids(fs[0].teams) == Strings{"it"});
    REQUIRE(fs[0].team);
    CHECK(fs[0].team->str() == "it");
    CHECK_THAT(fs[0].message, Catch::Contains("IT"));
}

TEST_CASE("may-hurt-goal: a maintenance cost cut lowers availability and so output", "[rules]") {
    auto b = maintenance();
    const auto fs = findings(b.build(), Rule::MayHurtGoal);
    // The cost result, its measure and its initiative may hurt margin and reorders (through the
    // negative link), even though the cost result also drives margin directly.
    CHECK(nodeLists(fs) == Lists{{"i-pm", "g-margin", "g-reorder"},
                                 {"m-cost", "g-margin", "g-reorder"},
                                 {"o-cost", "g-margin", "g-reorder"}});
    CHECK(ids(fs[0].teams) == Strings{"bw", "maint"});
    CHECK_THAT(fs[2].message, Catch::Contains("\u201cOperating margin grows\u201d"));
    CHECK_THAT(fs[2].message, Catch::Contains("\u201cMaintenance cost per hour falls\u201d (Maintenance)"));

    SECTION("two negative links cancel out") {
        b.map.links[0].polarity = core::Polarity::Negative; // o-output -> g-margin
        const auto fs2 = findings(b.build(), Rule::MayHurtGoal);
        // o-output and o-avail now hurt margin; o-cost reaches margin only with + (directly, and
        // through the chain - * - = +) but still hurts reorders (one negative link).
        CHECK(nodeLists(fs2) == Lists{{"i-pm", "g-reorder"},
                                      {"m-cost", "g-reorder"},
                                      {"o-avail", "g-margin"},
                                      {"o-cost", "g-reorder"},
                                      {"o-output", "g-margin"}});
    }
}

TEST_CASE("may-hurt-goal: goals may hurt goals, and loops give both signs", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    b.goal("g1", "Growth", "acme").goal("g2", "Safety", "acme");
    b.drives("l1", "g1", "g2", true);
    b.objective("o1", "Throughput", "acme").objective("o2", "Fatigue", "acme");
    // o1 -> o2 (-), o2 -> o1 (+): every walk length mixes signs, so o1 reaches g1 with both signs.
    b.drives("l2", "o1", "o2", true).drives("l3", "o2", "o1").drives("l4", "o1", "g1");
    const auto fs = findings(b.build(), Rule::MayHurtGoal);
    CHECK(nodeLists(fs) == Lists{{"g1", "g2"}, {"o1", "g1", "g2"}, {"o2", "g1", "g2"}});
}

TEST_CASE("may-hurt-goal: a goal on a negative loop may hurt itself", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme");
    b.goal("g1", "Growth", "acme");
    b.objective("o1", "Strain", "acme").drives("l1", "g1", "o1").drives("l2", "o1", "g1", true);
    const auto fs = findings(b.build(), Rule::MayHurtGoal);
    CHECK(nodeLists(fs) == Lists{{"g1"}, {"o1", "g1"}});
    CHECK_THAT(fs[0].message, Catch::Contains("itself"));
}

TEST_CASE("top goals without goal flags: root-team objectives that drive nothing", "[rules]") {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme").team("other", "Other root");
    b.objective("c1", "Margin grows", "acme");
    b.objective("c2", "Revenue grows", "acme").drives("l1", "c2", "c1");
    b.objective("o1", "Output", "ops").drives("l2", "o1", "c2");
    b.objective("o2", "Ops top", "ops"); // not a root team: not a goal
    b.objective("x1", "Other goal", "other");
    b.objective("n1", "No team", "");
    const auto& map = b.build();
    const analysis::MapIndex index(map);
    std::vector<std::string> goals;
    for (auto g : index.topGoals())
        goals.push_back(map.nodes[g].id.str());
    CHECK(goals == Strings{"c1", "x1"});
    CHECK(nodeLists(findings(map, Rule::NoLineOfSight)) == Lists{{"n1"}, {"o2"}});

    SECTION("one goal flag switches the fallback off") {
        b.at("o2").goal = true;
        const auto& map2 = b.build();
        const analysis::MapIndex index2(map2);
        REQUIRE(index2.topGoals().size() == 1);
        CHECK(map2.nodes[index2.topGoals()[0]].id.str() == "o2");
    }
}
