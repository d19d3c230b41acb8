// The JSON writer: deterministic, pretty, only non-default fields, fixed key order.

#include "sightline/io/jsonmapwriter.h"
#include "testmaps.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline;

namespace {

core::MapData minimal() {
    core::MapData m;
    m.properties.title = "T";
    core::Node n;
    n.id = core::NodeId("g1");
    n.title = "Goal";
    m.nodes.push_back(n);
    return m;
}

} // namespace

TEST_CASE("a minimal map is written with only what differs from the defaults", "[io][writer]") {
    CHECK(io::writeMapJson(minimal()) == R"({
  "format": "sightline-map",
  "version": 2,
  "title": "T",
  "nodes": [
    {
      "id": "g1",
      "kind": "objective",
      "title": "Goal"
    }
  ],
  "links": []
}
)");
}

TEST_CASE("keys follow the spec's order and positions follow node order", "[io][writer]") {
    core::MapData m = minimal();
    core::Node b;
    b.id = core::NodeId("b");
    b.kind = core::NodeKind::Measure;
    b.title = "B";
    b.unit = "h";
    b.direction = core::Direction::Down;
    b.target = 60;
    m.nodes.push_back(b);
    core::Node a = b;
    a.id = core::NodeId("a");
    m.nodes.push_back(a);
    for (const char* id : {"a", "b", "g1"}) // hash order must not matter
        m.positionsOf(core::ViewKind::Strategy)[core::NodeId(id)] = core::Point{1, 2};
    m.settings.miniMeScorecardShare = 0.75;
    const std::string out = io::writeMapJson(m);
    const auto pos = [&](const std::string& s) { return out.find(s); };
    CHECK(pos("\"unit\"") < pos("\"direction\""));
    CHECK(pos("\"direction\"") < pos("\"target\""));
    CHECK(pos("\"g1\": {\n          \"x\": 1") < pos("\"b\": {\n          \"x\""));
    CHECK(pos("\"b\": {\n          \"x\"") < pos("\"a\": {\n          \"x\""));
    CHECK(pos("\"views\"") < pos("\"settings\""));
    CHECK(out.find("maxMeasuresPerObjective") == std::string::npos);
    CHECK(out.find("\"miniMeScorecardShare\": 0.75") != std::string::npos);
    CHECK(out == io::writeMapJson(m));
}

TEST_CASE("numbers: integral without .0, otherwise the shortest round trip", "[io][writer]") {
    core::MapData m = minimal();
    m.nodes[0].kind = core::NodeKind::Measure;
    const double values[] = {120.0, 0.1, 1.0 / 3.0, 1e21, 1e-7, -0.0, -2.5, 12345678.9, 9007199254740993.0};
    for (std::size_t i = 0; i < std::size(values); ++i)
        m.nodes[0].values.push_back({core::Date::fromDays(static_cast<long long>(i)), values[i], ""});
    const std::string out = io::writeMapJson(m);
    CHECK(out.find("\"value\": 120\n") != std::string::npos);
    CHECK(out.find("\"value\": 0.1\n") != std::string::npos);
    CHECK(out.find("\"value\": 0.3333333333333333\n") != std::string::npos);
    CHECK(out.find("\"value\": 1e+21\n") != std::string::npos);
    CHECK(out.find("\"value\": 1e-07\n") != std::string::npos);
    CHECK(out.find("\"value\": 0\n") != std::string::npos);
    CHECK(out.find("\"value\": -2.5\n") != std::string::npos);
    const auto back = io::readMapJson(out);
    INFO(testmaps::dump(back.errors));
    REQUIRE(back.ok());
    for (std::size_t i = 0; i < std::size(values); ++i)
        CHECK(back.map->nodes[0].values[i].value == values[i]);
}

TEST_CASE("strings are escaped; invalid UTF-8 never reaches the file", "[io][writer]") {
    core::MapData m = minimal();
    m.nodes[0].title = "a \"quoted\" \\ word\twith\ncontrol \x01 and ünïcode ✓";
    m.nodes[0].description = "bad \xC3 byte";
    const std::string out = io::writeMapJson(m);
    CHECK(out.find(R"("title": "a \"quoted\" \\ word\twith\ncontrol \u0001 and ünïcode ✓")") !=
          std::string::npos);
    const auto back = io::readMapJson(out);
    INFO(testmaps::dump(back.errors));
    REQUIRE(back.ok());
    CHECK(back.map->nodes[0].title == m.nodes[0].title);
    CHECK(back.map->nodes[0].description == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("generated link ids are written so that the next read keeps them", "[io][writer]") {
    const auto r = io::readMapJson(testmaps::map());
    REQUIRE(r.ok());
    const std::string out = io::writeMapJson(*r.map);
    CHECK(out.find("\"id\": \"link-1\"") != std::string::npos);
    const auto again = io::readMapJson(out);
    REQUIRE(again.ok());
    CHECK(*again.map == *r.map);
}
