#include "layouthelpers.h"
#include "sightline/layout/layout.h"
#include "sightline/layout/nodesize.h"
#include "syntheticmap.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <numbers>
#include <unordered_map>

using namespace sightline;
using core::LinkKind;
using core::NodeKind;
using core::ViewKind;

namespace {

std::unordered_map<core::TeamId, int> teamLevels(const core::MapData& map) {
    std::unordered_map<core::TeamId, const core::Team*> byId;
    for (const auto& t : map.teams)
        byId.emplace(t.id, &t);
    std::unordered_map<core::TeamId, int> level;
    for (const auto& t : map.teams) {
        int l = 0;
        for (const core::Team* at = &t; at->parent; at = byId.at(*at->parent))
            ++l;
        level[t.id] = l;
    }
    return level;
}

// Every view lays the map out completely, without overlaps.
void checkEveryView(const core::MapData& map) {
    for (auto view : core::kAllViews) {
        CAPTURE(core::toString(view));
        test::checkPlacedApart(map, layout::layoutView(map, view).positions);
    }
}

} // namespace

TEST_CASE("every view places every node without overlaps", "[layout]") {
    const auto view = GENERATE(ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy);
    const int size = GENERATE(0, 1, 300, 3000);
    core::MapData map = size == 1 ? test::smallOrganisation() : test::syntheticOrganisation(size, 3);
    if (size == 0)
        map = core::MapData{};
    CAPTURE(core::toString(view), map.nodes.size());
    const auto result = layout::layoutView(map, view);
    REQUIRE_FALSE(result.cancelled);
    test::checkPlacedApart(map, result.positions);
}

TEST_CASE("layout is deterministic and leaves the map alone", "[layout]") {
    const auto view = GENERATE(ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy);
    const core::MapData map = test::syntheticOrganisation(500, 11);
    const core::MapData copy = map;
    const auto a = layout::layoutView(map, view);
    CHECK(map == copy);
    // Built again from the seed: the same map at other addresses gives the same positions (no
    // order from pointers or hash seeds).
    const core::MapData again = test::syntheticOrganisation(500, 11);
    REQUIRE(again == map);
    CHECK(layout::layoutView(again, view).positions == a.positions);
}

TEST_CASE("results map: rings grow outward with team level, measures stay under their objective",
          "[layout][results]") {
    const core::MapData map = test::syntheticOrganisation(3000, 5);
    const auto result = layout::layoutResults(map);
    const auto levels = teamLevels(map);
    std::map<int, std::pair<double, int>> byLevel; // level -> sum of distances, count
    for (const auto& n : map.nodes) {
        if (n.kind != NodeKind::Objective || n.goal || !n.team)
            continue;
        const core::Point p = result.positions.at(n.id);
        auto& acc = byLevel[levels.at(*n.team)];
        acc.first += std::hypot(p.x, p.y);
        acc.second += 1;
    }
    REQUIRE(byLevel.size() >= 3);
    double previous = 0.0;
    for (const auto& [level, acc] : byLevel) {
        const double mean = acc.first / acc.second;
        CAPTURE(level);
        CHECK(mean > previous);
        previous = mean;
    }
    // Top goals at the centre: nearer than any other objective.
    double farthestGoal = 0.0, nearestOther = 1e18;
    for (const auto& n : map.nodes) {
        if (n.kind != NodeKind::Objective)
            continue;
        const core::Point p = result.positions.at(n.id);
        const double d = std::hypot(p.x, p.y);
        if (n.goal)
            farthestGoal = std::max(farthestGoal, d);
        else
            nearestOther = std::min(nearestOther, d);
    }
    CHECK(farthestGoal < nearestOther);
    // A measure that measures an objective sits right under it (the first one it measures).
    std::unordered_map<core::NodeId, bool> seen;
    for (const auto& l : map.links) {
        if (l.kind != LinkKind::Measures || seen[l.from])
            continue;
        seen[l.from] = true;
        const core::Point m = result.positions.at(l.from), o = result.positions.at(l.to);
        CHECK(m.x == Approx(o.x));
        CHECK(m.y > o.y);
        CHECK(m.y - o.y <
              3 * (layout::kMeasureSize.height + layout::kAttachedGap) + layout::kObjectiveSize.height);
    }
}

TEST_CASE("results map: one sector per division holding its objectives, rings as data", "[layout][results]") {
    const core::MapData map = test::syntheticOrganisation(1000, 9);
    const auto result = layout::layoutResults(map);
    const auto& bg = result.background;
    std::vector<const core::Team*> divisions;
    for (const auto& t : map.teams)
        if (t.parent && t.parent->str() == "t1")
            divisions.push_back(&t);
    REQUIRE(bg.sectors.size() == divisions.size());
    double at = bg.sectors.front().startAngle;
    for (std::size_t s = 0; s < bg.sectors.size(); ++s) {
        CHECK(bg.sectors[s].startAngle == Approx(at));
        CHECK(bg.sectors[s].endAngle > bg.sectors[s].startAngle);
        REQUIRE(bg.sectors[s].team);
        CHECK(*bg.sectors[s].team == divisions[s]->id);
        CHECK(bg.sectors[s].label == divisions[s]->name);
        at = bg.sectors[s].endAngle;
    }
    CHECK(at - bg.sectors.front().startAngle == Approx(2 * std::numbers::pi));
    REQUIRE(bg.rings.size() >= 3);
    CHECK(bg.rings.front().label == "Top goals");
    for (std::size_t k = 1; k < bg.rings.size(); ++k) {
        CHECK(bg.rings[k].radius > bg.rings[k - 1].radius);
        CHECK(bg.rings[k].inner >= bg.rings[k - 1].outer);
    }
    // Each division's objectives lie within its sector's angles.
    std::unordered_map<core::TeamId, core::TeamId> divisionOf;
    for (const auto* d : divisions)
        divisionOf[d->id] = d->id;
    for (int pass = 0; pass < 6; ++pass)
        for (const auto& t : map.teams)
            if (t.parent && divisionOf.contains(*t.parent))
                divisionOf[t.id] = divisionOf[*t.parent];
    for (const auto& n : map.nodes) {
        if (n.kind != NodeKind::Objective || !n.team || !divisionOf.contains(*n.team))
            continue;
        const core::Point p = result.positions.at(n.id);
        double a = std::atan2(p.x, -p.y);
        const auto& sector = *std::find_if(bg.sectors.begin(), bg.sectors.end(),
                                           [&](const auto& s) { return *s.team == divisionOf[*n.team]; });
        while (a < sector.startAngle)
            a += 2 * std::numbers::pi;
        CAPTURE(n.id.str());
        CHECK(a <= sector.endAngle);
    }
}

TEST_CASE("strategy map: bands in perspective order, Unassigned last, no overlap between bands",
          "[layout][strategy]") {
    const core::MapData map = test::syntheticOrganisation(1000, 4);
    const auto result = layout::layoutStrategy(map);
    const auto& bands = result.background.bands;
    REQUIRE(bands.size() == map.perspectives.size() + 1);
    for (std::size_t b = 0; b < map.perspectives.size(); ++b) {
        REQUIRE(bands[b].perspective);
        CHECK(*bands[b].perspective == map.perspectives[b].id);
        CHECK(bands[b].title == map.perspectives[b].name);
    }
    CHECK(map.perspectives.front().name == "Financial");
    CHECK_FALSE(bands.back().perspective);
    CHECK(bands.back().title == "Unassigned");
    for (std::size_t b = 0; b < bands.size(); ++b) {
        CHECK(bands[b].top < bands[b].bottom);
        CHECK(bands[b].titlePosition.x < bands[b].left + 200);
        if (b > 0)
            CHECK(bands[b].top >= bands[b - 1].bottom);
    }
    // Objectives inside their band; drives links inside a band run upward.
    std::unordered_map<core::PerspectiveId, std::size_t> bandOf;
    for (std::size_t b = 0; b < map.perspectives.size(); ++b)
        bandOf[map.perspectives[b].id] = b;
    for (const auto& n : map.nodes) {
        if (n.kind != NodeKind::Objective)
            continue;
        const auto& band = bands[n.perspective ? bandOf.at(*n.perspective) : bands.size() - 1];
        const core::Point p = result.positions.at(n.id);
        CAPTURE(n.id.str());
        CHECK(p.y - layout::kObjectiveSize.height / 2 >= band.top);
        CHECK(p.y + layout::kObjectiveSize.height / 2 <= band.bottom);
        CHECK(p.x - layout::kObjectiveSize.width / 2 >= band.left);
    }
    for (const auto& l : map.links) {
        if (l.kind != LinkKind::Drives)
            continue;
        const auto *from = test::findNode(map, l.from), *to = test::findNode(map, l.to);
        if (from->perspective && from->perspective == to->perspective)
            CHECK(result.positions.at(l.to).y < result.positions.at(l.from).y);
    }
}

TEST_CASE("strategy map: no Unassigned band when every objective has a perspective", "[layout][strategy]") {
    core::MapData map = test::smallOrganisation();
    for (auto& n : map.nodes)
        if (!n.perspective)
            n.perspective = core::PerspectiveId("learning");
    const auto result = layout::layoutStrategy(map);
    REQUIRE(result.background.bands.size() == 4);
    CHECK(result.background.bands.back().title == "Learning & Growth");
}

TEST_CASE("hierarchy: goals on top, every link of an acyclic map points upward", "[layout][hierarchy]") {
    const core::MapData map = test::syntheticOrganisation(3000, 8);
    const auto result = layout::layoutHierarchy(map);
    double goalY = -1e18;
    for (const auto& n : map.nodes)
        if (n.goal)
            goalY = std::max(goalY, result.positions.at(n.id).y);
    for (const auto& n : map.nodes)
        CHECK(result.positions.at(n.id).y >= goalY);
    for (const auto& l : map.links)
        CHECK(result.positions.at(l.to).y < result.positions.at(l.from).y);
    CHECK(result.background.empty());
}

TEST_CASE("hierarchy: cycles are broken, not looped on", "[layout][hierarchy]") {
    core::MapData map = test::smallOrganisation();
    // o3 drives o1 already; close a cycle o1 -> o4 -> o3 -> o1.
    core::Link l;
    l.id = core::LinkId("cycle");
    l.kind = LinkKind::Drives;
    l.from = core::NodeId("o3");
    l.to = core::NodeId("o6");
    map.links.push_back(l);
    checkEveryView(map);
}

TEST_CASE("hierarchy: grouping teams keeps each layer's team members together", "[layout][hierarchy]") {
    const core::MapData map = test::syntheticOrganisation(600, 2);
    layout::LayoutOptions options;
    options.groupTeams = true;
    const auto result = layout::layoutHierarchy(map, options);
    test::checkPlacedApart(map, result.positions);
    // Within each layer (same y), the nodes of a team form one run from left to right.
    std::map<double, std::vector<std::pair<double, std::string>>> rows;
    for (const auto& n : map.nodes) {
        const auto p = result.positions.at(n.id);
        rows[p.y].emplace_back(p.x, n.team ? n.team->str() : "");
    }
    for (auto& [y, row] : rows) {
        std::sort(row.begin(), row.end());
        std::map<std::string, int> runs;
        for (std::size_t i = 0; i < row.size(); ++i)
            if (i == 0 || row[i].second != row[i - 1].second)
                ++runs[row[i].second];
        for (const auto& [team, count] : runs) {
            CAPTURE(y, team);
            CHECK(count == 1);
        }
    }
}

TEST_CASE("maps that are not valid still lay out without crashing", "[layout]") {
    core::MapData map = test::smallOrganisation();
    core::Link dangling;
    dangling.kind = LinkKind::Drives;
    dangling.from = core::NodeId("nowhere");
    dangling.to = core::NodeId("o1");
    map.links.push_back(dangling);
    map.teams[0].parent = map.teams[3].id; // a team cycle
    map.nodes[2].team = core::TeamId("no-such-team");
    map.nodes[3].perspective = core::PerspectiveId("no-such-perspective");
    checkEveryView(map);
}
