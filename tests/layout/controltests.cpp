#include "sightline/layout/layout.h"
#include "syntheticmap.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace sightline;
using core::ViewKind;
using Clock = std::chrono::steady_clock;

TEST_CASE("progress starts at 0, only grows, and ends at 1", "[layout][progress]") {
    const auto view = GENERATE(ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy);
    const core::MapData map = test::syntheticOrganisation(2000, 1);
    std::vector<double> seen;
    layout::LayoutOptions options;
    options.progress = [&](double f) { seen.push_back(f); };
    const auto result = layout::layoutView(map, view, options);
    REQUIRE_FALSE(result.cancelled);
    REQUIRE(seen.size() >= 3);
    CHECK(seen.size() <= 110);
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == 1.0);
    for (std::size_t i = 1; i < seen.size(); ++i)
        CHECK(seen[i] > seen[i - 1]);
}

TEST_CASE("a cancelled layout returns nothing and changes nothing", "[layout][cancel]") {
    const auto view = GENERATE(ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy);
    const core::MapData map = test::syntheticOrganisation(2000, 1);
    const core::MapData copy = map;
    std::atomic<bool> cancel{false};
    layout::LayoutOptions options;
    options.cancel = &cancel;
    double last = -1.0;
    SECTION("cancelled before it starts") {
        cancel = true;
        options.progress = [&](double f) { last = f; };
    }
    SECTION("cancelled while it runs") {
        options.progress = [&](double f) {
            last = f;
            if (f > 0.0)
                cancel = true;
        };
    }
    const auto result = layout::layoutView(map, view, options);
    CHECK(result.cancelled);
    CHECK(result.positions.empty());
    CHECK(result.background.empty());
    CHECK(last < 1.0);
    CHECK(map == copy);
}

TEST_CASE("20,000 nodes: first progress within 200 ms, cancel honoured within 500 ms", "[layout][cancel]") {
    const auto view = GENERATE(ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy);
    const core::MapData map = test::syntheticOrganisation(20000, 7);
    std::atomic<bool> cancel{false};
    std::atomic<bool> started{false};
    layout::LayoutOptions options;
    options.cancel = &cancel;
    options.progress = [&](double) { started = true; };
    const auto begin = Clock::now();
    Clock::time_point firstProgress{}, cancelled{}, returned{};
    layout::LayoutResult result;
    std::thread worker([&] {
        result = layout::layoutView(map, view, options);
        returned = Clock::now();
    });
    // Wait (without sleeping) for the first progress, then cancel.
    while (!started.load())
        std::this_thread::yield();
    firstProgress = Clock::now();
    cancelled = Clock::now();
    cancel = true;
    worker.join();
    using std::chrono::milliseconds;
    CHECK(std::chrono::duration_cast<milliseconds>(firstProgress - begin).count() < 200);
    CHECK(std::chrono::duration_cast<milliseconds>(returned - cancelled).count() < 500);
    CHECK(result.cancelled);
}
