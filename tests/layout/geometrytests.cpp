#include "sightline/layout/geometry.h"

#include <catch2/catch.hpp>
#include <cstdint>

using namespace sightline;
using layout::Box;
using layout::Segment;

TEST_CASE("findOverlap finds intersecting boxes and ignores touching ones", "[layout][geometry]") {
    std::vector<Box> boxes{{0, 0, 100, 40}, {100, 0, 100, 40}, {0, 40, 100, 40}};
    CHECK_FALSE(layout::findOverlap(boxes));
    boxes.push_back({150, 20, 20, 20}); // reaches into boxes 1 and 2's corner area
    const auto hit = layout::findOverlap(boxes);
    REQUIRE(hit);
    CHECK(hit->second == 3);
    CHECK(hit->first == 1);
}

TEST_CASE("findOverlap agrees with comparing every pair", "[layout][geometry]") {
    std::uint32_t s = 12345;
    auto next = [&] {
        s = s * 1664525u + 1013904223u;
        return static_cast<double>(s >> 8) / static_cast<double>(1u << 24);
    };
    for (int round = 0; round < 20; ++round) {
        std::vector<Box> boxes;
        for (int i = 0; i < 60; ++i)
            boxes.push_back({next() * 2000, next() * 2000, 20 + next() * 100, 10 + next() * 40});
        bool brute = false;
        for (std::size_t i = 0; i < boxes.size() && !brute; ++i)
            for (std::size_t j = i + 1; j < boxes.size() && !brute; ++j)
                brute = std::abs(boxes[i].x - boxes[j].x) < (boxes[i].width + boxes[j].width) / 2 &&
                        std::abs(boxes[i].y - boxes[j].y) < (boxes[i].height + boxes[j].height) / 2;
        CHECK(layout::findOverlap(boxes).has_value() == brute);
    }
}

TEST_CASE("countCrossings counts proper crossings, not shared ends", "[layout][geometry]") {
    std::vector<Segment> segs{{{0, 0}, {10, 10}, 0, 1}, {{0, 10}, {10, 0}, 2, 3}};
    CHECK(layout::countCrossings(segs) == 1);
    segs.push_back({{0, 0}, {10, 0}, 0, 3}); // shares node 0 with the first, node 3 with the second
    CHECK(layout::countCrossings(segs) == 1);
    segs.push_back({{5, -5}, {5, 20}, 4, 5}); // crosses all three
    CHECK(layout::countCrossings(segs) == 4);
}

TEST_CASE("countCrossings agrees with testing every pair", "[layout][geometry]") {
    std::uint32_t s = 777;
    auto next = [&] {
        s = s * 1664525u + 1013904223u;
        return static_cast<double>(s >> 8) / static_cast<double>(1u << 24);
    };
    std::vector<Segment> segs;
    for (std::uint32_t i = 0; i < 300; ++i) {
        const double x = next() * 1000, y = next() * 1000;
        // Mostly short segments, some long ones.
        const double len = i % 10 == 0 ? 600 : 60;
        segs.push_back({{x, y}, {x + (next() - 0.5) * len, y + (next() - 0.5) * len}, 2 * i, 2 * i + 1});
    }
    auto orient = [](core::Point a, core::Point b, core::Point c) {
        return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    };
    std::size_t brute = 0;
    for (std::size_t i = 0; i < segs.size(); ++i) {
        for (std::size_t j = i + 1; j < segs.size(); ++j) {
            const auto &p = segs[i], &q = segs[j];
            const double o1 = orient(p.from, p.to, q.from), o2 = orient(p.from, p.to, q.to);
            const double o3 = orient(q.from, q.to, p.from), o4 = orient(q.from, q.to, p.to);
            if (o1 * o2 < 0 && o3 * o4 < 0)
                ++brute;
        }
    }
    CHECK(brute > 20);
    CHECK(layout::countCrossings(segs) == brute);
}
