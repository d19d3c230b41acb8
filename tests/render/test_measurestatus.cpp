// The measure status rule (measurestatus.h): one rule for the measure card and the colour mode.
#include "sightline/render/highlight.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/measurecarditem.h"
#include "sightline/render/measurestatus.h"
#include "sightline/render/nodecolours.h"
#include "testmaps.h"

#include <catch2/catch.hpp>

using namespace sightline;
using core::Direction;
using core::NodeId;
using core::NodeKind;
using render::MeasureStatus;
using rendertest::link;

namespace {

MeasureStatus statusOf(const core::Node& n) {
    return render::measureStatus(n, core::Settings{});
}

// A measure with a target and a baseline (nullopt: none), its values dated a month apart.
core::Node measure(const char* id, Direction direction, std::optional<double> target,
                   std::optional<double> baseline, std::vector<double> values) {
    core::Node n;
    n.id = NodeId(id);
    n.kind = NodeKind::Measure;
    n.title = std::string("Measure ") + id;
    n.direction = direction;
    n.target = target;
    n.baseline = baseline;
    long long day = core::Date::parse("2025-01-01")->toDays();
    for (double v : values) {
        n.values.push_back({core::Date::fromDays(day), v, ""});
        day += 31;
    }
    return n;
}

MeasureStatus upStatus(double value) {
    return statusOf(measure("m", Direction::Up, 100, 80, {value}));
}
MeasureStatus downStatus(double value) {
    return statusOf(measure("m", Direction::Down, 20, 50, {value}));
}

} // namespace

TEST_CASE("measure status, direction up: met at or above the target", "[render][status]") {
    CHECK(upStatus(100) == MeasureStatus::Met); // exactly at target
    CHECK(upStatus(130) == MeasureStatus::Met);
    CHECK(upStatus(99.9) == MeasureStatus::Improving); // short, but better than the baseline 80
    CHECK(upStatus(80) == MeasureStatus::Behind);      // no better than the baseline
    CHECK(upStatus(10) == MeasureStatus::Behind);
}

TEST_CASE("measure status, direction down: met at or below the target", "[render][status]") {
    CHECK(downStatus(20) == MeasureStatus::Met); // exactly at target
    CHECK(downStatus(5) == MeasureStatus::Met);
    CHECK(downStatus(30) == MeasureStatus::Improving); // above target, below the baseline 50
    CHECK(downStatus(50) == MeasureStatus::Behind);
    CHECK(downStatus(70) == MeasureStatus::Behind);
}

TEST_CASE("measure status, direction target: met within 5%, improving when closer than the baseline",
          "[render][status]") {
    CHECK(statusOf(measure("m", Direction::Target, 100, 60, {105})) == MeasureStatus::Met);
    CHECK(statusOf(measure("m", Direction::Target, 100, 60, {95})) == MeasureStatus::Met);
    CHECK(statusOf(measure("m", Direction::Target, 100, 60, {120})) == MeasureStatus::Improving);
    CHECK(statusOf(measure("m", Direction::Target, 100, 60, {150})) == MeasureStatus::Behind);
    CHECK(statusOf(measure("m", Direction::Target, 0, std::nullopt, {0})) == MeasureStatus::Met);
}

TEST_CASE("measure status: improving needs a baseline; the latest value counts", "[render][status]") {
    CHECK(statusOf(measure("m", Direction::Up, 100, std::nullopt, {99})) == MeasureStatus::Behind);
    CHECK(statusOf(measure("m", Direction::Down, 20, std::nullopt, {21})) == MeasureStatus::Behind);
    // Values in history order: the newest (100) decides, not the first.
    CHECK(statusOf(measure("m", Direction::Up, 100, 80, {50, 100})) == MeasureStatus::Met);
    CHECK(statusOf(measure("m", Direction::Up, 100, 80, {100, 50})) == MeasureStatus::Behind);
    // File order is not date order: the newest date wins.
    core::Node n = measure("m", Direction::Up, 100, 80, {50});
    n.values.insert(n.values.begin(), {*core::Date::parse("2026-06-01"), 120, ""});
    CHECK(statusOf(n) == MeasureStatus::Met);
}

TEST_CASE("measure status: no data without a value, a target, or a measure", "[render][status]") {
    CHECK(statusOf(measure("m", Direction::Up, 100, 80, {})) == MeasureStatus::NoData);
    CHECK(statusOf(measure("m", Direction::Up, std::nullopt, 80, {120})) == MeasureStatus::NoData);
    core::Node objective = measure("o", Direction::Up, 100, 80, {120});
    objective.kind = NodeKind::Objective;
    CHECK(statusOf(objective) == MeasureStatus::NoData);
}

TEST_CASE("a result's status is the worst of its measures'", "[render][status]") {
    core::MapData d;
    d.teams.push_back({core::TeamId("t"), "Team", std::nullopt, ""});
    core::Node o;
    o.id = NodeId("o");
    o.title = "Result";
    core::Node lonely = o, other = o, initiative = o;
    lonely.id = NodeId("lonely");
    other.id = NodeId("other");
    initiative.id = NodeId("i");
    initiative.kind = NodeKind::Initiative;
    d.nodes = {o,
               lonely,
               other,
               initiative,
               measure("met", Direction::Up, 100, 80, {100}),
               measure("improving", Direction::Down, 20, 50, {30}),
               measure("behind", Direction::Up, 100, 80, {10}),
               measure("empty", Direction::Up, 100, 80, {})};
    d.links = {link("l1", core::LinkKind::Measures, "met", "o"),
               link("l2", core::LinkKind::Measures, "improving", "o"),
               link("l3", core::LinkKind::Measures, "empty", "o"),
               link("l4", core::LinkKind::Measures, "empty", "lonely"),
               link("l5", core::LinkKind::Measures, "met", "other"),
               link("l6", core::LinkKind::Drives, "other", "o"),
               link("l7", core::LinkKind::Supports, "i", "o")};
    core::Map map(std::move(d));
    const auto status = [&](const char* id) { return render::nodeStatus(map, *map.node(NodeId(id))); };
    CHECK(status("o") == MeasureStatus::Improving); // met + improving + no data
    CHECK(status("lonely") == MeasureStatus::NoData);
    CHECK(status("other") == MeasureStatus::Met);
    CHECK(status("i") == MeasureStatus::NoData);
    CHECK(status("behind") == MeasureStatus::Behind); // a measure: its own

    core::Link worse = link("l8", core::LinkKind::Measures, "behind", "o");
    REQUIRE(map.addLink(worse));
    CHECK(status("o") == MeasureStatus::Behind);

    // The measure card and the colour mode show the same status.
    render::MapScene scene(map, core::ViewKind::Results);
    scene.setHighlight(render::Highlight::none(render::ColourMode::MeasureStatus));
    for (const char* id : {"met", "improving", "behind", "empty"}) {
        auto* card = dynamic_cast<render::MeasureCardItem*>(scene.nodeItem(NodeId(id)));
        REQUIRE(card);
        CHECK(card->status() == render::measureStatus(*map.node(NodeId(id)), map.settings()));
        CHECK(scene.nodeColour(*map.node(NodeId(id))) == render::statusColour(card->status(), scene.style()));
    }
    CHECK(scene.nodeColour(*map.node(NodeId("o"))) == scene.style().bad);
}

TEST_CASE("measure status from the XmR summary once there are limits", "[render][status][xmr]") {
    using render::StatusBasis;
    // Six values lock CL 11 and limits 5.68 .. 16.32.
    auto standing = [](Direction d, std::optional<double> target, std::vector<double> after) {
        std::vector<double> v{12, 10, 12, 10, 12, 10};
        v.insert(v.end(), after.begin(), after.end());
        core::Node n = measure("m", d, target, std::nullopt, v);
        n.xmr.baselinePoints = 6;
        return render::measureStanding(n, core::Settings{});
    };
    // Downtime that rose month after month: a concern, whatever the latest value against target.
    const auto rising = standing(Direction::Down, 12, {11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5});
    CHECK(rising.basis == StatusBasis::Xmr);
    CHECK(rising.summary.variation == analysis::PointKind::Concern);
    CHECK(rising.status == MeasureStatus::Behind);
    // The same values when higher is better: a signal of improvement.
    CHECK(standing(Direction::Up, 20, {11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5}).status ==
          MeasureStatus::Improving);
    // No signal: the capability decides.
    CHECK(standing(Direction::Up, 5, {11}).status == MeasureStatus::Met);      // target below LNPL
    CHECK(standing(Direction::Up, 17, {11}).status == MeasureStatus::Behind);  // above UNPL
    CHECK(standing(Direction::Up, 12, {11}).status == MeasureStatus::Routine); // within the limits
    CHECK(standing(Direction::Up, std::nullopt, {11}).status == MeasureStatus::Routine);
    CHECK(standing(Direction::Up, std::nullopt, {11}).summary.capability == analysis::Capability::Unknown);
    // The latest value at the target says nothing once limits say the process misses it.
    CHECK(standing(Direction::Up, 17, {17}).status == MeasureStatus::Improving); // 17 is outside: a signal
}

TEST_CASE("measure status falls back to the latest value with too few values, and says so",
          "[render][status]") {
    using render::StatusBasis;
    const core::Node few = measure("m", Direction::Down, 100, 130, {116, 121, 126});
    const auto s = render::measureStanding(few, core::Settings{});
    CHECK(s.basis == StatusBasis::LatestValue);
    CHECK(s.status == MeasureStatus::Improving); // 126 is better than the baseline 130
    CHECK(s.status == render::latestValueStatus(few));
    CHECK(s.summary.variation == analysis::PointKind::None);
    core::Settings three;
    three.xmrMinPoints = 3; // the map asks for fewer values: limits, no signal, target hit and miss
    CHECK(render::measureStanding(few, three).basis == StatusBasis::Xmr);
    CHECK(render::measureStanding(measure("m", Direction::Up, std::nullopt, 80, {120}), core::Settings{})
              .basis == StatusBasis::None);
}
