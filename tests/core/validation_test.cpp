// validate(): ids, lengths, kind-specific fields, values, settings, the issue limit.
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

using namespace sightline::core;
using namespace sightline::core::test;

namespace {

std::vector<std::string> render(const std::vector<Issue>& issues) {
    std::vector<std::string> out;
    for (const Issue& i : issues)
        out.push_back(i.toString());
    return out;
}

std::vector<std::string> pointers(const std::vector<Issue>& issues) {
    std::vector<std::string> out;
    for (const Issue& i : issues)
        out.push_back(i.pointer);
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("a valid map gives no issues", "[validation]") {
    CHECK(validate(sampleData()).empty());
    CHECK(warnings(sampleData()).empty());
    MapData empty;
    empty.properties.title = "Empty";
    CHECK(validate(empty).empty());
}

TEST_CASE("Issue::toString puts the pointer first", "[validation]") {
    CHECK(Issue{"/links/3/to", "unknown node \"r99\""}.toString() == "/links/3/to: unknown node \"r99\"");
    CHECK(Issue{"", "not JSON"}.toString() == "not JSON");
}

TEST_CASE("the map title needs 1 to 200 code points after trimming", "[validation]") {
    MapData d = sampleData();
    d.properties.title = "";
    CHECK(render(validate(d)) == Strings{"/title: must have 1 to 200 characters, has 0"});
    d.properties.title = "  \t ";
    CHECK(pointers(validate(d)) == Strings{"/title"});
    d.properties.title = std::string(200, 'x');
    CHECK(validate(d).empty());
    d.properties.title = std::string(201, 'x');
    CHECK(render(validate(d)) == Strings{"/title: must have 1 to 200 characters, has 201"});
    std::string euros;
    for (int i = 0; i < 200; ++i)
        euros += "\xE2\x82\xAC"; // 600 bytes, 200 code points
    d.properties.title = euros;
    CHECK(validate(d).empty());
    d.properties.title = euros + "\xE2\x82\xAC";
    CHECK(pointers(validate(d)) == Strings{"/title"});
}

TEST_CASE("node titles need 1 to 500 code points", "[validation]") {
    MapData d = sampleData();
    std::string emoji;
    for (int i = 0; i < 500; ++i)
        emoji += "\xF0\x9F\x98\x80"; // 2000 bytes, 500 code points
    d.nodes[1].title = emoji;
    CHECK(validate(d).empty());
    d.nodes[1].title = emoji + "!";
    CHECK(render(validate(d)) == Strings{"/nodes/1/title: must have 1 to 500 characters, has 501"});
    d.nodes[1].title = "";
    CHECK(render(validate(d)) == Strings{"/nodes/1/title: must have 1 to 500 characters, has 0"});
    d.nodes[1].title = "\xC2\xA0 ";
    CHECK(pointers(validate(d)) == Strings{"/nodes/1/title"});
}

TEST_CASE("invalid ids are reported at the element's id", "[validation]") {
    MapData d = sampleData();
    // Rename elements to invalid ids, and drop the references to them so only the id issues remain.
    d.nodes[2].id = NodeId("m 1");
    d.links.erase(d.links.begin() + 4); // m1 drives m2
    d.links.erase(d.links.begin() + 1); // m1 measures o1
    d.links[2].id = LinkId("l~4");
    d.teams[0].id = TeamId("");
    d.teams[1].parent.reset();
    d.nodes[0].team.reset();
    d.people[0].id = PersonId(std::string(65, 'p'));
    d.nodes[1].owner.reset();
    d.perspectives[3].id = PerspectiveId("learn/grow");
    const auto issues = validate(d);
    CHECK(pointers(issues) ==
          Strings{"/perspectives/3/id", "/teams/0/id", "/people/0/id", "/nodes/2/id", "/links/2/id"});
    CHECK(issues[3].message == "invalid id \"m 1\": use 1 to 64 letters, digits, _ . : -");
    CHECK(issues[1].message == "invalid id \"\": use 1 to 64 letters, digits, _ . : -");
}

TEST_CASE("a duplicate id is reported at the later element's id", "[validation]") {
    MapData d = sampleData();
    d.nodes.push_back(objective("o1", "Second o1"));
    d.links.push_back(makeLink("l2", LinkKind::Drives, "g1", "m2"));
    d.teams.push_back(makeTeam("ops", "Ops again"));
    d.people.push_back(makePerson("dl", "Another Dana"));
    d.perspectives.push_back({PerspectiveId("customer"), "Customers"});
    const auto issues = validate(d);
    CHECK(render(issues) == Strings{"/perspectives/4/id: duplicate id \"customer\"",
                                    "/teams/2/id: duplicate id \"ops\"", "/people/1/id: duplicate id \"dl\"",
                                    "/nodes/5/id: duplicate id \"o1\"", "/links/5/id: duplicate id \"l2\""});
}

TEST_CASE("goal only on objectives", "[validation]") {
    MapData d = sampleData();
    d.nodes[2].goal = true; // a measure
    d.nodes[4].goal = true; // an initiative
    CHECK(render(validate(d)) ==
          Strings{"/nodes/2/goal: only objectives can be goals; this is a measure",
                  "/nodes/4/goal: only objectives can be goals; this is a initiative"});
}

TEST_CASE("measure-only fields on other kinds are each reported", "[validation]") {
    MapData d = sampleData();
    Node& o = d.nodes[1]; // objective
    o.unit = "h";
    o.direction = Direction::Down;
    o.baseline = 1;
    o.target = 2;
    o.cadence = Cadence::Weekly;
    o.values = {{*Date::parse("2026-01-01"), 1, ""}};
    CHECK(pointers(validate(d)) == Strings{"/nodes/1/unit", "/nodes/1/direction", "/nodes/1/baseline",
                                           "/nodes/1/target", "/nodes/1/cadence", "/nodes/1/values"});
    CHECK(validate(d).front().message == "only measures have unit");

    MapData e = sampleData();
    e.nodes[4].target = 5; // initiative
    CHECK(render(validate(e)) == Strings{"/nodes/4/target: only measures have target"});
}

TEST_CASE("initiative-only fields on other kinds are each reported", "[validation]") {
    MapData d = sampleData();
    d.nodes[2].status = InitiativeStatus::Done; // measure
    d.nodes[2].start = Date::parse("2026-01-01");
    d.nodes[0].due = Date::parse("2026-02-01"); // objective
    CHECK(render(validate(d)) == Strings{"/nodes/0/due: only initiatives have due",
                                         "/nodes/2/status: only initiatives have status",
                                         "/nodes/2/start: only initiatives have start"});
    MapData ok = sampleData();
    ok.nodes[4].start = Date::parse("2026-01-01");
    ok.nodes[4].due = Date::parse("2026-12-31");
    CHECK(validate(ok).empty());
}

TEST_CASE("numbers must be finite", "[validation]") {
    MapData d = sampleData();
    d.nodes[2].baseline = std::numeric_limits<double>::infinity();
    d.nodes[2].target = std::nan("");
    d.nodes[2].values[1].value = -std::numeric_limits<double>::infinity();
    CHECK(render(validate(d)) == Strings{"/nodes/2/baseline: must be a finite number",
                                         "/nodes/2/target: must be a finite number",
                                         "/nodes/2/values/1/value: must be a finite number"});
}

TEST_CASE("value dates are unique within one measure", "[validation]") {
    MapData d = sampleData();
    d.nodes[2].values.push_back({*Date::parse("2026-09-30"), 3, ""});
    d.nodes[2].values.push_back({*Date::parse("2026-11-30"), 4, ""});
    d.nodes[2].values.push_back({*Date::parse("2026-11-30"), 5, ""});
    CHECK(render(validate(d)) ==
          Strings{"/nodes/2/values/2/date: a second value for 2026-09-30; dates must be unique",
                  "/nodes/2/values/4/date: a second value for 2026-11-30; dates must be unique"});
    // The same date on two different measures is fine.
    MapData e = sampleData();
    e.nodes[3].values = e.nodes[2].values;
    CHECK(validate(e).empty());
}

TEST_CASE("settings ranges", "[validation]") {
    MapData d = sampleData();
    d.settings = {0, 0, 0.0};
    CHECK(validate(d).empty());
    d.settings = {1000, 1000, 1.0};
    CHECK(validate(d).empty());
    d.settings = {-1, -2, 1.5};
    CHECK(pointers(validate(d)) == Strings{"/settings/maxMeasuresPerObjective",
                                           "/settings/maxObjectivesPerTeam",
                                           "/settings/miniMeScorecardShare"});
    d.settings = {3, 8, -0.01};
    CHECK(pointers(validate(d)) == Strings{"/settings/miniMeScorecardShare"});
    d.settings = {3, 8, std::nan("")};
    CHECK(pointers(validate(d)) == Strings{"/settings/miniMeScorecardShare"});
}

TEST_CASE("team colours are #rrggbb", "[validation]") {
    MapData d = sampleData();
    d.teams[0].colour = "#1f77b4";
    CHECK(validate(d).empty());
    d.teams[1].colour = "blue";
    CHECK(render(validate(d)) == Strings{"/teams/1/color: expected a colour #rrggbb; got \"blue\""});
}

TEST_CASE("issues are reported in file order up to the limit", "[validation]") {
    MapData d = sampleData();
    for (int i = 0; i < 150; ++i) {
        Node n = objective("x" + std::to_string(i), "");
        d.nodes.push_back(n);
    }
    d.properties.title = "";
    const auto issues = validate(d);
    REQUIRE(issues.size() == kMaxReportedIssues);
    CHECK(issues[0].pointer == "/title");
    CHECK(issues[1].pointer == "/nodes/5/title");
    CHECK(issues[99].pointer == "/nodes/103/title");
    CHECK(validate(d, 3).size() == 3);
    CHECK(validate(d, 1).front().pointer == "/title");
    CHECK(validate(d, 1000).size() == 151);
    CHECK(validate(d, 0).empty());
}
