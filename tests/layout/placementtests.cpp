#include "layouthelpers.h"
#include "sightline/layout/layout.h"
#include "sightline/layout/nodesize.h"
#include "syntheticmap.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline;
using core::NodeKind;
using core::ViewKind;

TEST_CASE("placeNear puts a new node by what it links to, moving nothing", "[layout][placement]") {
    const auto view = GENERATE(ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy);
    core::MapData map = test::syntheticOrganisation(400, 6);
    const auto laid = layout::layoutView(map, view);
    // A new measure of objective o7.
    core::Node m;
    m.id = core::NodeId("new-measure");
    m.kind = NodeKind::Measure;
    m.title = "Rework hours";
    map.nodes.push_back(m);
    core::Link l;
    l.id = core::LinkId("new-link");
    l.kind = core::LinkKind::Measures;
    l.from = m.id;
    l.to = core::NodeId("o7");
    map.links.push_back(l);

    const core::Point p = layout::placeNear(map, view, laid.positions, m.id);
    auto positions = laid.positions;
    positions[m.id] = p;
    CHECK_FALSE(test::overlapIn(map, positions));
    const core::Point o = laid.positions.at(core::NodeId("o7"));
    CHECK(std::hypot(p.x - o.x, p.y - o.y) < 600);
}

TEST_CASE("placeNear without links puts the node below the map", "[layout][placement]") {
    core::MapData map = test::smallOrganisation();
    const auto laid = layout::layoutHierarchy(map);
    core::Node n;
    n.id = core::NodeId("lonely");
    n.title = "A result nobody links to yet";
    map.nodes.push_back(n);
    const core::Point p = layout::placeNear(map, ViewKind::Hierarchy, laid.positions, n.id);
    double bottom = -1e18;
    for (const auto& [id, q] : laid.positions)
        bottom = std::max(bottom, q.y);
    CHECK(p.y > bottom);
    auto positions = laid.positions;
    positions[n.id] = p;
    CHECK_FALSE(test::overlapIn(map, positions));
}

TEST_CASE("tidySelection moves only the selection, near where it was, onto free space",
          "[layout][placement]") {
    const auto view = GENERATE(ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy);
    const core::MapData map = test::syntheticOrganisation(400, 6);
    auto positions = layout::layoutView(map, view).positions;
    // Pile a measure, its objective and what that drives on top of each other, then tidy them.
    const core::Link *measures = nullptr, *drives = nullptr;
    for (const auto& m : map.links) {
        for (const auto& d : map.links) {
            if (!drives && m.kind == core::LinkKind::Measures && d.kind == core::LinkKind::Drives &&
                d.from == m.to) {
                measures = &m;
                drives = &d;
            }
        }
    }
    REQUIRE(drives);
    const std::vector<core::NodeId> selection{measures->from, measures->to, drives->to,
                                              core::NodeId("not-a-node")};
    const core::Point anchor = positions.at(measures->to);
    for (const auto& id : selection)
        if (positions.contains(id))
            positions[id] = anchor;
    REQUIRE(test::overlapIn(map, positions));
    const auto tidy = layout::tidySelection(map, view, positions, selection);
    CHECK(tidy.size() == 3);
    CHECK_FALSE(tidy.contains(core::NodeId("not-a-node")));
    for (const auto& [id, p] : tidy) {
        positions[id] = p;
        CHECK(std::hypot(p.x - anchor.x, p.y - anchor.y) < 2000);
    }
    CHECK_FALSE(test::overlapIn(map, positions));
}

TEST_CASE("fitBackground follows positions people have moved", "[layout][background]") {
    const core::MapData map = test::syntheticOrganisation(800, 12);
    SECTION("results: rings by level, from the current positions") {
        const auto laid = layout::layoutResults(map);
        const auto fitted = layout::fitBackground(map, ViewKind::Results, laid.positions);
        REQUIRE(fitted.rings.size() == laid.background.rings.size());
        for (std::size_t k = 1; k < fitted.rings.size(); ++k)
            CHECK(fitted.rings[k].radius > fitted.rings[k - 1].radius);
        CHECK(fitted.sectors.size() == laid.background.sectors.size());
        // Moving everything moves the centre.
        auto moved = laid.positions;
        for (auto& [id, p] : moved)
            p.x += 1000;
        CHECK(layout::fitBackground(map, ViewKind::Results, moved).centre.x ==
              Approx(laid.background.centre.x + 1000));
    }
    SECTION("strategy: bands in order that hold their objectives") {
        const auto laid = layout::layoutStrategy(map);
        const auto fitted = layout::fitBackground(map, ViewKind::Strategy, laid.positions);
        REQUIRE(fitted.bands.size() == laid.background.bands.size());
        for (std::size_t b = 1; b < fitted.bands.size(); ++b)
            CHECK(fitted.bands[b].top >= fitted.bands[b - 1].bottom);
    }
    SECTION("hierarchy has no background") {
        CHECK(
            layout::fitBackground(map, ViewKind::Hierarchy, layout::layoutHierarchy(map).positions).empty());
    }
}
