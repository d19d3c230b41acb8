// Format 2 (measures.md): forecast, xmr options, value approvals and the measure settings, in
// validate() (one pointer per problem) and in the Map operations (refused or one NodeChanged).
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

using namespace sightline::core;
using namespace sightline::core::test;

namespace {

using Strings = std::vector<std::string>;

Date day(const char* text) {
    return *Date::parse(text);
}

Strings render(const std::vector<Issue>& issues) {
    Strings out;
    for (const Issue& i : issues)
        out.push_back(i.toString());
    return out;
}

// sampleData() with m1 (nodes[2]) holding three monthly values, a forecast and xmr options.
MapData historyData() {
    MapData d = sampleData();
    Node& m1 = d.nodes[2];
    m1.values = {
        {day("2026-09-30"), 118}, {day("2026-10-31"), 104, "after the overhaul"}, {day("2026-11-30"), 99}};
    m1.values[0].approvedBy = PersonId("dl");
    m1.values[0].approvedOn = day("2026-10-05");
    m1.forecast = {{day("2026-12-31"), 95, "plan"}, {day("2027-01-31"), 90, ""}};
    m1.xmr.rules = XmrRules::Nhs;
    m1.xmr.baselinePoints = 12;
    m1.xmr.breaks = {day("2026-10-31")};
    return d;
}

} // namespace

TEST_CASE("a map with forecasts, xmr options and approvals is valid", "[validation][measures]") {
    CHECK(validate(historyData()).empty());
    Settings s;
    CHECK(s.runLength == 7);
    CHECK(s.xmrMinPoints == 6);
    CHECK(s.progressPoints == 6);
    CHECK_FALSE(s.requireApproval);
}

TEST_CASE("every break must be a later value's date, once", "[validation][measures]") {
    MapData d = historyData();
    d.nodes[2].xmr.breaks = {day("2026-11-30"), day("2026-03-31"), day("2026-11-30"), day("2026-09-30")};
    CHECK(render(validate(d)) ==
          Strings{"/nodes/2/xmr/breaks/1: break 2026-03-31 is not the date of a value",
                  "/nodes/2/xmr/breaks/2: a second break on 2026-11-30; breaks must be unique",
                  "/nodes/2/xmr/breaks/3: break 2026-09-30 is on the first value; a break starts a new "
                  "segment after earlier values"});
    // "First" is by date, not by file order.
    std::swap(d.nodes[2].values[0], d.nodes[2].values[2]);
    d.nodes[2].xmr.breaks = {day("2026-11-30")};
    CHECK(validate(d).empty());
    d.nodes[2].xmr.breaks = {day("2026-09-30")};
    CHECK(validate(d).size() == 1);
}

TEST_CASE("baselinePoints is at least 2", "[validation][measures]") {
    MapData d = historyData();
    d.nodes[2].xmr.baselinePoints = 2;
    CHECK(validate(d).empty());
    d.nodes[2].xmr.baselinePoints = 1;
    CHECK(render(validate(d)) == Strings{"/nodes/2/xmr/baselinePoints: must be an integer >= 2; got 1"});
}

TEST_CASE("forecast dates are unique and values finite", "[validation][measures]") {
    MapData d = historyData();
    d.nodes[2].forecast.push_back({day("2026-12-31"), 93, ""});
    d.nodes[2].forecast.push_back({day("2027-02-28"), std::nan(""), ""});
    CHECK(render(validate(d)) ==
          Strings{"/nodes/2/forecast/2/date: a second forecast for 2026-12-31; dates must be unique",
                  "/nodes/2/forecast/3/value: must be a finite number"});
}

TEST_CASE("approvals name a known person; approvedOn needs approvedBy", "[validation][measures]") {
    MapData d = historyData();
    d.nodes[2].values[1].approvedOn = day("2026-11-02");
    d.nodes[2].values[2].approvedBy = PersonId("zz");
    CHECK(render(validate(d)) ==
          Strings{"/nodes/2/values/1/approvedOn: approvedOn without approvedBy: name the person who "
                  "approved the value of 2026-10-31",
                  "/nodes/2/values/2/approvedBy: unknown person \"zz\""});
}

TEST_CASE("only measures have a forecast or xmr options", "[validation][measures]") {
    MapData d = historyData();
    d.nodes[1].forecast = {{day("2026-12-31"), 1, ""}};
    d.nodes[1].xmr.rules = XmrRules::Nhs;
    CHECK(render(validate(d)) == Strings{"/nodes/1/forecast: only measures have a forecast",
                                         "/nodes/1/xmr: only measures have xmr options"});
}

TEST_CASE("the measure settings have ranges", "[validation][measures]") {
    MapData d = historyData();
    d.settings.runLength = 5;
    d.settings.xmrMinPoints = 30;
    d.settings.progressPoints = 2;
    CHECK(validate(d).empty());
    d.settings.runLength = 13;
    d.settings.xmrMinPoints = 2;
    d.settings.progressPoints = 61;
    CHECK(render(validate(d)) ==
          Strings{"/settings/runLength: must be an integer from 5 to 12; got 13",
                  "/settings/xmrMinPoints: must be an integer from 3 to 30; got 2",
                  "/settings/progressPoints: must be an integer from 2 to 60; got 61"});
    Map map(historyData());
    Settings s = map.settings();
    s.requireApproval = true;
    s.runLength = 9;
    CHECK(expectApplied(map, [&](Map& m) { return m.setSettings(s); }) == Strings{"SettingsChanged"});
    CHECK(map.settings().runLength == 9);
    for (auto bad : {&Settings::runLength, &Settings::xmrMinPoints, &Settings::progressPoints}) {
        Settings b = map.settings();
        b.*bad = 100;
        expectRefused(map, [&](Map& m) { return m.setSettings(b); });
    }
}

TEST_CASE("xmr breaks and baseline points are set as one NodeChanged each", "[map][measures]") {
    Map map(historyData());
    const NodeId m1("m1");
    CHECK(expectApplied(map, [&](Map& m) { return m.setXmrBreaks(m1, {day("2026-11-30")}); }) ==
          Strings{"NodeChanged m1"});
    CHECK(map.node(m1)->xmr.breaks == std::vector<Date>{day("2026-11-30")});
    CHECK(expectApplied(map, [&](Map& m) { return m.setXmrBaselinePoints(m1, 3); }) ==
          Strings{"NodeChanged m1"});
    CHECK(map.node(m1)->xmr.baselinePoints == 3);
    CHECK(expectApplied(map, [&](Map& m) { return m.setXmrBaselinePoints(m1, std::nullopt); }) ==
          Strings{"NodeChanged m1"});
    CHECK_FALSE(map.node(m1)->xmr.baselinePoints);
    XmrOptions x;
    x.rules = XmrRules::Pump;
    CHECK(expectApplied(map, [&](Map& m) { return m.setXmr(m1, x); }) == Strings{"NodeChanged m1"});
    CHECK(map.node(m1)->xmr.isDefault());

    expectRefused(map, [&](Map& m) { return m.setXmrBreaks(m1, {day("2026-09-30")}); });
    expectRefused(map, [&](Map& m) { return m.setXmrBreaks(m1, {day("2026-12-01")}); });
    expectRefused(map, [&](Map& m) { return m.setXmrBaselinePoints(m1, 1); });
    expectRefused(map, [&](Map& m) { return m.setXmrBreaks(NodeId("o1"), {}); }); // not a measure
    expectRefused(map, [&](Map& m) { return m.setXmrBreaks(NodeId("zz"), {}); }); // unknown
}

TEST_CASE("a value that a break names cannot be removed without the break", "[map][measures]") {
    Map map(historyData());
    const NodeId m1("m1");
    std::vector<MeasureValue> fewer = map.node(m1)->values;
    fewer.erase(fewer.begin() + 1); // 2026-10-31, the break
    expectRefused(map, [&](Map& m) { return m.setMeasureValues(m1, fewer); });
    REQUIRE(map.setXmrBreaks(m1, {}).ok());
    CHECK(expectApplied(map, [&](Map& m) { return m.setMeasureValues(m1, fewer); }) ==
          Strings{"NodeChanged m1"});
    CHECK(map.node(m1)->values.size() == 2);
}

TEST_CASE("setMeasureValue adds or replaces by date", "[map][measures]") {
    Map map(historyData());
    const NodeId m1("m1");
    CHECK(expectApplied(map, [&](Map& m) {
              return m.setMeasureValue(m1, {day("2026-12-31"), 97, " new "});
          }) == Strings{"NodeChanged m1"});
    CHECK(map.node(m1)->values.size() == 4);
    CHECK(map.node(m1)->valueOn(day("2026-12-31"))->note == "new");
    CHECK(expectApplied(map, [&](Map& m) {
              return m.setMeasureValue(m1, {day("2026-09-30"), 117});
          }) == Strings{"NodeChanged m1"});
    CHECK(map.node(m1)->values.size() == 4);
    CHECK(map.node(m1)->valueOn(day("2026-09-30"))->value == 117);
    CHECK_FALSE(map.node(m1)->valueOn(day("2026-09-30"))->approved());
    expectRefused(map, [&](Map& m) { return m.setMeasureValue(m1, {day("2026-09-30"), std::nan("")}); });
}

TEST_CASE("approving and clearing a value's approval", "[map][measures]") {
    Map map(historyData());
    const NodeId m1("m1");
    CHECK(expectApplied(map, [&](Map& m) {
              return m.setApproval(m1, day("2026-11-30"), PersonId("dl"), day("2026-12-03"));
          }) == Strings{"NodeChanged m1"});
    const MeasureValue* v = map.node(m1)->valueOn(day("2026-11-30"));
    CHECK(v->approvedBy == PersonId("dl"));
    CHECK(v->approvedOn == day("2026-12-03"));
    CHECK(expectApplied(map, [&](Map& m) { return m.setApproval(m1, day("2026-11-30"), std::nullopt); }) ==
          Strings{"NodeChanged m1"});
    CHECK_FALSE(map.node(m1)->valueOn(day("2026-11-30"))->approved());

    expectRefused(map, [&](Map& m) { return m.setApproval(m1, day("2026-11-30"), PersonId("zz")); });
    expectRefused(
        map, [&](Map& m) { return m.setApproval(m1, day("2026-11-30"), std::nullopt, day("2026-12-03")); });
    expectRefused(map, [&](Map& m) { return m.setApproval(m1, day("2026-12-31"), PersonId("dl")); });
}

TEST_CASE("a person who approved values cannot be removed", "[map][measures]") {
    MapData d = historyData();
    d.nodes[1].owner.reset(); // o1
    Map map(std::move(d));
    expectRefused(map, [](Map& m) { return m.removePerson(PersonId("dl")); });
    REQUIRE(map.setApproval(NodeId("m1"), day("2026-09-30"), std::nullopt).ok());
    CHECK(expectApplied(map, [](Map& m) { return m.removePerson(PersonId("dl")); }) ==
          Strings{"PersonRemoved dl"});
}

TEST_CASE("a forecast is replaced whole, notes trimmed", "[map][measures]") {
    Map map(historyData());
    const NodeId m1("m1");
    std::vector<ForecastValue> f{{day("2027-03-31"), 80, " stretch "}};
    CHECK(expectApplied(map, [&](Map& m) { return m.setForecast(m1, f); }) == Strings{"NodeChanged m1"});
    REQUIRE(map.node(m1)->forecast.size() == 1);
    CHECK(map.node(m1)->forecastOn(day("2027-03-31"))->note == "stretch");
    f.push_back({day("2027-03-31"), 81, ""});
    expectRefused(map, [&](Map& m) { return m.setForecast(m1, f); });
    CHECK(expectApplied(map, [&](Map& m) { return m.setForecast(m1, {}); }) == Strings{"NodeChanged m1"});
    // The same forecast again changes nothing and tells nobody.
    Recorder r(map);
    CHECK(map.setForecast(m1, {}).ok());
    CHECK(r.sets.empty());
}
