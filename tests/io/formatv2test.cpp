// Format version 2 (measures.md): forecasts, xmr options, approvals and the measure settings are
// read from versions 1 and 2, written as version 2, and every new rule is an error with a pointer.

#include "sightline/io/jsonmapreader.h"
#include "sightline/io/jsonmapwriter.h"
#include "testmaps.h"

#include <catch2/catch.hpp>

using namespace sightline;
using testmaps::hasIssue;

namespace {

core::Date day(const char* text) {
    return *core::Date::parse(text);
}

// A version-2 map whose measure m1 uses every new key.
std::string mapV2(const std::string& m1Extra = "", const std::string& settings = "", int version = 2) {
    return R"({"format": "sightline-map", "version": )" + std::to_string(version) +
           R"(, "title": "Plant results 2027",
  "people": [{"id": "dl", "name": "Dana Lee"}],
  "nodes": [
    {"id": "o1", "kind": "objective", "title": "Plant downtime falls"},
    {"id": "m1", "kind": "measure", "title": "Unplanned downtime hours", "direction": "down", "target": 60,
     "values": [{"date": "2026-09-30", "value": 116},
                {"date": "2026-10-31", "value": 121, "approvedBy": "dl", "approvedOn": "2026-11-04"},
                {"date": "2026-11-30", "value": 126, "note": "line 2 stopped"}],
     "forecast": [{"date": "2026-12-31", "value": 110, "note": "after the overhaul"},
                  {"date": "2027-01-31", "value": 100}],
     "xmr": {"rules": "nhs", "baselinePoints": 12, "breaks": ["2026-11-30"]})" +
           m1Extra + R"(}
  ],
  "links": [{"kind": "measures", "from": "m1", "to": "o1"}])" +
           (settings.empty() ? "" : ", \"settings\": " + settings) + "}";
}

void requireError(const std::string& text, const std::string& pointer, const std::string& part) {
    const auto r = io::readMapJson(text);
    INFO(testmaps::dump(r.errors));
    REQUIRE_FALSE(r.ok());
    CHECK(hasIssue(r.errors, pointer, part));
}

} // namespace

TEST_CASE("a version 2 map is read with forecasts, xmr options, approvals and settings", "[io][format2]") {
    const auto r = io::readMapJson(
        mapV2("", R"({"runLength": 8, "xmrMinPoints": 10, "progressPoints": 4, "requireApproval": true})"));
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    const core::Node& m1 = r.map->nodes[1];
    REQUIRE(m1.values.size() == 3);
    CHECK_FALSE(m1.values[0].approved());
    CHECK(m1.values[1].approvedBy == core::PersonId("dl"));
    CHECK(m1.values[1].approvedOn == day("2026-11-04"));
    REQUIRE(m1.forecast.size() == 2);
    CHECK(m1.forecast[0].date == day("2026-12-31"));
    CHECK(m1.forecast[0].value == 110);
    CHECK(m1.forecast[0].note == "after the overhaul");
    CHECK(m1.xmr.rules == core::XmrRules::Nhs);
    CHECK(m1.xmr.baselinePoints == 12);
    CHECK(m1.xmr.breaks == std::vector<core::Date>{day("2026-11-30")});
    CHECK(r.map->settings.runLength == 8);
    CHECK(r.map->settings.xmrMinPoints == 10);
    CHECK(r.map->settings.progressPoints == 4);
    CHECK(r.map->settings.requireApproval);
}

TEST_CASE("version 1 maps are read; the writer writes version 2 and reads back the same map",
          "[io][format2]") {
    const auto v1 = io::readMapJson(mapV2("", "", 1));
    INFO(testmaps::dump(v1.errors));
    REQUIRE(v1.ok());
    const std::string written = io::writeMapJson(*v1.map);
    CHECK(written.find("\"version\": 2") != std::string::npos);
    const auto back = io::readMapJson(written);
    REQUIRE(back.ok());
    CHECK(*back.map == *v1.map);
    CHECK(io::writeMapJson(*back.map) == written);

    // Defaults are not written: no xmr object, no settings.
    core::MapData plain = *v1.map;
    plain.nodes[1].xmr = {};
    plain.nodes[1].forecast.clear();
    plain.nodes[1].values[1].approvedBy.reset();
    plain.nodes[1].values[1].approvedOn.reset();
    const std::string out = io::writeMapJson(plain);
    for (const char* key : {"\"xmr\"", "\"forecast\"", "\"approvedBy\"", "\"approvedOn\"", "\"settings\""})
        CHECK(out.find(key) == std::string::npos);
    // Settings other than their defaults are written, and read back.
    plain.settings.runLength = 5;
    plain.settings.requireApproval = true;
    const std::string withSettings = io::writeMapJson(plain);
    CHECK(withSettings.find("\"runLength\": 5") != std::string::npos);
    CHECK(withSettings.find("\"requireApproval\": true") != std::string::npos);
    CHECK(withSettings.find("\"xmrMinPoints\"") == std::string::npos);
    CHECK(*io::readMapJson(withSettings).map == plain);
}

TEST_CASE("version 3 and above are refused as before", "[io][format2]") {
    const auto r = io::readMapJson(mapV2("", "", 3));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString().find("/version: this file is format version 3") == 0);
}

TEST_CASE("each rule of format 2 is an error at its pointer", "[io][format2][errors]") {
    std::string text = mapV2();
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        const auto at = t.find(from);
        REQUIRE(at != std::string::npos);
        return t.replace(at, from.size(), to);
    };
    requireError(replaced(R"("breaks": ["2026-11-30"])", R"("breaks": ["2026-11-30", "2026-03-31"])"),
                 "/nodes/1/xmr/breaks/1", "break 2026-03-31 is not the date of a value");
    requireError(replaced(R"("breaks": ["2026-11-30"])", R"("breaks": ["2026-11-30", "2026-11-30"])"),
                 "/nodes/1/xmr/breaks/1", "a second break");
    requireError(replaced(R"("breaks": ["2026-11-30"])", R"("breaks": ["2026-09-30"])"),
                 "/nodes/1/xmr/breaks/0", "first value");
    requireError(replaced(R"("breaks": ["2026-11-30"])", R"("breaks": ["30/11/2026"])"),
                 "/nodes/1/xmr/breaks/0", "expected a date");
    requireError(replaced(R"("breaks": ["2026-11-30"])", R"("breaks": "2026-11-30")"), "/nodes/1/xmr/breaks",
                 "an array of dates");
    requireError(replaced(R"("baselinePoints": 12)", R"("baselinePoints": 1)"), "/nodes/1/xmr/baselinePoints",
                 ">= 2");
    requireError(replaced(R"("baselinePoints": 12)", R"("baselinePoints": 2.5)"),
                 "/nodes/1/xmr/baselinePoints", "whole number");
    requireError(replaced(R"("rules": "nhs")", R"("rules": "western-electric")"), "/nodes/1/xmr/rules",
                 "expected one of pump, nhs");
    requireError(replaced(R"("approvedBy": "dl", )", ""), "/nodes/1/values/1/approvedOn",
                 "approvedOn without approvedBy");
    requireError(replaced(R"("approvedBy": "dl")", R"("approvedBy": "zz")"), "/nodes/1/values/1/approvedBy",
                 "unknown person \"zz\"");
    requireError(replaced(R"("approvedOn": "2026-11-04")", R"("approvedOn": "2026-11-31")"),
                 "/nodes/1/values/1/approvedOn", "not a real calendar date");
    requireError(
        replaced(R"({"date": "2027-01-31", "value": 100})", R"({"date": "2026-12-31", "value": 100})"),
        "/nodes/1/forecast/1/date", "a second forecast for 2026-12-31");
    requireError(replaced(R"({"date": "2027-01-31", "value": 100})", R"({"date": "2027-01-31"})"),
                 "/nodes/1/forecast/1/value", "missing");
    requireError(replaced(R"("xmr": {)", R"("xmr": [], "x": {)"), "/nodes/1/xmr", "expected an object");
    // Only measures have a forecast and xmr options.
    requireError(replaced(R"("title": "Plant downtime falls")",
                          R"("title": "Plant downtime falls", "xmr": {"rules": "nhs"})"),
                 "/nodes/0/xmr", "only measures have xmr options");
    requireError(
        replaced(R"("title": "Plant downtime falls")",
                 R"("title": "Plant downtime falls", "forecast": [{"date": "2027-01-31", "value": 1}])"),
        "/nodes/0/forecast", "only measures have a forecast");
    // Settings: ranges and types.
    requireError(mapV2("", R"({"runLength": 4})"), "/settings/runLength", "from 5 to 12");
    requireError(mapV2("", R"({"runLength": 13})"), "/settings/runLength", "from 5 to 12");
    requireError(mapV2("", R"({"xmrMinPoints": 31})"), "/settings/xmrMinPoints", "from 3 to 30");
    requireError(mapV2("", R"({"progressPoints": 1})"), "/settings/progressPoints", "from 2 to 60");
    requireError(mapV2("", R"({"requireApproval": "yes"})"), "/settings/requireApproval", "true or false");
}

TEST_CASE("a person's login (team repository) is read, written back, and checked", "[io][format2][login]") {
    std::string text = mapV2();
    const std::string person = R"({"id": "dl", "name": "Dana Lee"})";
    text.replace(text.find(person), person.size(), R"({"id": "dl", "name": "Dana Lee", "login": "dlee"})");
    const auto r = io::readMapJson(text);
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.ok());
    CHECK(r.map->people[0].login == "dlee");
    const std::string written = io::writeMapJson(*r.map);
    CHECK(written.find(R"("login": "dlee")") != std::string::npos);
    const auto back = io::readMapJson(written);
    REQUIRE(back.ok());
    CHECK(*back.map == *r.map);
    // Without one, none is written.
    CHECK(io::writeMapJson(*io::readMapJson(mapV2()).map).find("login") == std::string::npos);
    std::string wrong = mapV2();
    wrong.replace(wrong.find(person), person.size(), R"({"id": "dl", "name": "Dana Lee", "login": 7})");
    requireError(wrong, "/people/0/login", "string");
}
