// XmR limits, the `pump` signals, kinds and the summary (spec/measures.md).
#include "xmrhelpers.h"

#include <cmath>

using namespace sightline;
using namespace sightline::testing;
using analysis::Capability;
using analysis::PointKind;
using analysis::Signal;
using Catch::Detail::Approx;

TEST_CASE("xmr: limits from the mean and the average moving range", "[xmr]") {
    // CL 3, moving ranges 2 1 2 1 2: mR̄ 1.6.
    const auto chart = xmr({1, 3, 2, 4, 3, 5});
    REQUIRE(chart.segments.size() == 1);
    const auto& s = chart.segments[0];
    CHECK(s.hasLimits);
    CHECK(s.baseline == 6);
    CHECK(s.count == 6);
    CHECK(s.start == dayOf(0));
    CHECK(s.cl == Approx(3.0));
    CHECK(s.mrBar == Approx(1.6));
    CHECK(s.unpl == Approx(3 + 2.66 * 1.6));
    CHECK(s.lnpl == Approx(3 - 2.66 * 1.6));
    CHECK(s.url == Approx(3.268 * 1.6)); // pump: 3.268
    CHECK(kinds(chart) == "cccccc");
    CHECK(chart.points[3].movingRange == Approx(2.0));
    CHECK(chart.points[0].movingRange == 0.0);
}

TEST_CASE("xmr: values are sorted by date; each point knows its source", "[xmr]") {
    auto s = series({1, 3, 2, 4, 3, 5});
    std::swap(s[0], s[5]);
    const analysis::XmrChart chart = analysis::computeXmr(s, {}, {});
    REQUIRE(chart.points.size() == 6);
    CHECK(chart.points[0].value == 1);
    CHECK(chart.points[0].source == 5);
    CHECK(chart.points[5].value == 5);
    CHECK(chart.points[5].source == 0);
    CHECK(chart.segments[0].cl == Approx(3.0));
}

TEST_CASE("xmr: too few values give no limits, whatever baselinePoints says", "[xmr]") {
    analysis::XmrConfig c = locked(pump(), 3);
    c.target = 100; // far out of reach, yet unknown without limits
    const auto chart = xmr({1, 3, 2, 4, 30}, c);
    REQUIRE(chart.segments.size() == 1);
    CHECK_FALSE(chart.segments[0].hasLimits);
    CHECK(kinds(chart) == ".....");
    CHECK(flags(chart, Signal::Outside) == "00000");
    CHECK(chart.summary.variation == PointKind::None);
    CHECK(chart.summary.capability == Capability::Unknown);
    CHECK_FALSE(chart.hasLimits());

    c.minPoints = 5; // the map's xmrMinPoints
    CHECK(xmr({1, 3, 2, 4, 30}, c).hasLimits());
    CHECK(analysis::computeXmr(std::vector<analysis::XmrSample>{}, {}, c).summary.variation ==
          PointKind::None);
}

TEST_CASE("xmr: locked limits come from the first N values; signals count every point", "[xmr]") {
    const auto chart = xmr(lockedBaseline({20, 11.5, 11.5}), locked(pump(), 6));
    const auto& s = chart.segments[0];
    CHECK(s.baseline == 6);
    CHECK(s.count == 9);
    CHECK(s.cl == Approx(11.0));
    CHECK(s.mrBar == Approx(2.0));
    CHECK(s.unpl == Approx(16.32));
    CHECK(flags(chart, Signal::Outside) == "000000100");
    // Unlocked, the 20 would be inside its own wider limits.
    CHECK(flags(xmr(lockedBaseline({20, 11.5, 11.5})), Signal::Outside) == "000000000");
    // A baseline longer than the segment uses the whole segment.
    CHECK(xmr({1, 3, 2, 4, 3, 5}, locked(pump(), 50)).segments[0].baseline == 6);
}

TEST_CASE("xmr pump: outside the limits, either side", "[xmr]") {
    const auto chart = xmr(lockedBaseline({16.33, 16.32, 5.68, 5.67}), locked(pump(), 6));
    CHECK(flags(chart, Signal::Outside) == "0000001001"); // on a limit is not outside
    CHECK(sides(chart) == "      +  -");
    CHECK(kinds(chart) == "cccccciccx"); // up: high is an improvement, low a concern
}

TEST_CASE("xmr pump: a long run is runLength points on one side", "[xmr]") {
    const auto seven = xmr(lockedBaseline({11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5}), locked(pump(), 6));
    CHECK(flags(seven, Signal::LongRun) == "0000001111111");
    CHECK(kinds(seven) == "cccccciiiiiii");

    SECTION("6 in a row is not a run of 7") {
        const auto six = xmr(lockedBaseline({11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 10.5}), locked(pump(), 6));
        CHECK(flags(six, Signal::LongRun) == "0000000000000");
        CHECK(kinds(six) == "ccccccccccccc");
    }
    SECTION("a point exactly on the central line breaks the run") {
        const auto broken =
            xmr(lockedBaseline({11.5, 11.5, 11.5, 11, 11.5, 11.5, 11.5, 11.5}), locked(pump(), 6));
        CHECK(broken.segments[0].cl == 11.0);
        CHECK(flags(broken, Signal::LongRun) == "00000000000000");
    }
    SECTION("runLength comes from the settings") {
        analysis::XmrConfig c = locked(pump(), 6);
        c.runLength = 5;
        // The baseline's last value (10) and four 10.5s: five below CL.
        CHECK(flags(xmr(lockedBaseline({10.5, 10.5, 10.5, 10.5, 12}), c), Signal::LongRun) == "00000111110");
        CHECK(kinds(xmr(lockedBaseline({10.5, 10.5, 10.5, 10.5, 12}), c)) == "cccccxxxxxc");
    }
}

TEST_CASE("xmr pump: a short run is 3 of 4 beyond the halfway line", "[xmr]") {
    // Halfway lines: 11 ± 1.33 × 2 = 13.66 and 8.34.
    const auto chart = xmr(lockedBaseline({14, 14, 12, 14}), locked(pump(), 6));
    CHECK(flags(chart, Signal::ShortRun) == "0000001101");
    CHECK(kinds(chart) == "cccccciici");

    SECTION("2 of 4 beyond the halfway line is not a short run") {
        CHECK(flags(xmr(lockedBaseline({14, 12, 12, 14}), locked(pump(), 6)), Signal::ShortRun) ==
              "0000000000");
    }
    SECTION("on the halfway line is not beyond it") {
        CHECK(flags(xmr(lockedBaseline({13.66, 14, 12, 14}), locked(pump(), 6)), Signal::ShortRun) ==
              "0000000000");
    }
    SECTION("points outside the limits count") {
        const auto out = xmr(lockedBaseline({17, 14, 12, 14}), locked(pump(), 6));
        CHECK(flags(out, Signal::ShortRun) == "0000001101");
        CHECK(flags(out, Signal::Outside) == "0000001000");
    }
    SECTION("below the lower halfway line") {
        const auto low = xmr(lockedBaseline({8, 9, 8, 8}), locked(pump(), 6));
        CHECK(flags(low, Signal::ShortRun) == "0000001011");
        CHECK(sides(low) == "      - --");
        CHECK(kinds(low) == "ccccccxcxx");
    }
}

TEST_CASE("xmr: a point's kind follows the measure's direction and target", "[xmr]") {
    const auto values = lockedBaseline({17, 5});
    auto kindsWith = [&](core::Direction d, std::optional<double> target) {
        analysis::XmrConfig c = locked(pump(), 6);
        c.direction = d;
        c.target = target;
        return kinds(xmr(values, c));
    };
    CHECK(kindsWith(core::Direction::Up, std::nullopt) == "ccccccix");
    CHECK(kindsWith(core::Direction::Down, std::nullopt) == "ccccccxi");
    CHECK(kindsWith(core::Direction::Target, 12) == "ccccccix"); // target above CL 11
    CHECK(kindsWith(core::Direction::Target, 10) == "ccccccxi"); // below
    CHECK(kindsWith(core::Direction::Target, 11) == "ccccccnn"); // on CL
    CHECK(kindsWith(core::Direction::Target, std::nullopt) == "ccccccnn");
}

TEST_CASE("xmr: the side of a point's first signal decides its kind", "[xmr]") {
    // A long run above CL whose last point is also outside.
    const auto chart = xmr(lockedBaseline({11.5, 11.5, 11.5, 11.5, 11.5, 14, 17}), locked(pump(), 6));
    const auto& last = chart.points.back();
    CHECK(last.signals.list(core::XmrRules::Pump) == std::vector<Signal>{Signal::Outside, Signal::LongRun});
    CHECK(last.side == analysis::Side::High);
    CHECK(last.kind == PointKind::Improvement);
}

TEST_CASE("xmr: breaks start segments; no signal crosses a break", "[xmr]") {
    const auto values = lockedBaseline({11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 10.5, 12.5, 10.5});
    const auto whole = xmr(values, locked(pump(), 6));
    CHECK(flags(whole, Signal::LongRun) == "0000001111111000");

    const auto cut = xmr(values, locked(pump(), 6), {dayOf(10)});
    REQUIRE(cut.segments.size() == 2);
    CHECK(cut.segments[0].count == 10);
    CHECK(cut.segments[1].first == 10);
    CHECK(cut.segments[1].start == dayOf(10));
    CHECK(cut.segments[1].cl == Approx(68.0 / 6)); // its own first 6 values
    CHECK(cut.points[12].segment == 1);
    CHECK(cut.points[10].movingRange == 0.0); // no moving range across a break
    CHECK(flags(cut, Signal::LongRun) == "0000000000000000");

    SECTION("a short last segment has no limits; the summary comes from it") {
        analysis::XmrConfig c = locked(pump(), 6);
        c.target = 11;
        const auto late = xmr(values, c, {dayOf(13)});
        REQUIRE(late.segments.size() == 2);
        CHECK_FALSE(late.segments[1].hasLimits);
        CHECK(kinds(late).substr(13) == "...");
        CHECK(late.summary.variation == PointKind::None);
        CHECK(late.summary.capability == Capability::Unknown);
    }
    SECTION("a break on the first value, or unsorted breaks") {
        CHECK(xmr(values, locked(pump(), 6), {dayOf(0)}).segments.size() == 1);
        CHECK(xmr(values, locked(pump(), 6), {dayOf(12), dayOf(6)}).segments.size() == 3);
    }
}

TEST_CASE("xmr: capability of the last segment against the target", "[xmr]") {
    // Limits 5.68 .. 16.32.
    auto capability = [](core::Direction d, std::optional<double> target) {
        analysis::XmrConfig c = locked(pump(), 6);
        c.direction = d;
        c.target = target;
        return xmr(lockedBaseline({}), c).summary.capability;
    };
    using D = core::Direction;
    CHECK(capability(D::Up, 17) == Capability::ConsistentlyMisses);
    CHECK(capability(D::Up, 16.3) == Capability::HitAndMiss);
    const double unpl = xmr(lockedBaseline({}), locked(pump(), 6)).segments[0].unpl;
    CHECK(capability(D::Up, unpl) == Capability::HitAndMiss); // on the limit
    CHECK(capability(D::Up, std::nextafter(unpl, 100.0)) == Capability::ConsistentlyMisses);
    CHECK(capability(D::Up, 12) == Capability::HitAndMiss);
    CHECK(capability(D::Up, 5) == Capability::ConsistentlyMeets);
    CHECK(capability(D::Down, 5) == Capability::ConsistentlyMisses);
    CHECK(capability(D::Down, 17) == Capability::ConsistentlyMeets);
    CHECK(capability(D::Down, 6) == Capability::HitAndMiss);
    CHECK(capability(D::Target, 16) == Capability::HitAndMiss);
    CHECK(capability(D::Target, 17) == Capability::ConsistentlyMisses);
    CHECK(capability(D::Target, 5) == Capability::ConsistentlyMisses);
    CHECK(capability(D::Up, std::nullopt) == Capability::Unknown);
}

TEST_CASE("xmr: variation is the kind of the latest point", "[xmr]") {
    CHECK(xmr(lockedBaseline({17}), locked(pump(), 6)).summary.variation == PointKind::Improvement);
    CHECK(xmr(lockedBaseline({5}), locked(pump(), 6)).summary.variation == PointKind::Concern);
    CHECK(xmr(lockedBaseline({11}), locked(pump(), 6)).summary.variation == PointKind::CommonCause);
}

TEST_CASE("xmr: all-equal values have zero limits and no signal", "[xmr]") {
    const auto chart = xmr({5, 5, 5, 5, 5, 5, 5, 5});
    CHECK(chart.segments[0].mrBar == 0.0);
    CHECK(chart.segments[0].unpl == 5.0);
    CHECK(kinds(chart) == "cccccccc");
    CHECK(kinds(xmr({5, 5, 5, 5, 5, 5, 5, 5}, nhs())) == "cccccccc");
}

TEST_CASE("xmr: names of signals, kinds and capabilities", "[xmr]") {
    CHECK(analysis::toString(Signal::LongRun) == "long-run");
    CHECK(analysis::toString(Signal::TwoOfThree) == "two-of-three");
    CHECK(analysis::toString(PointKind::CommonCause) == "common-cause");
    CHECK(analysis::toString(Capability::ConsistentlyMisses) == "consistently-misses");
    analysis::SignalSet s;
    s.insert(Signal::TwoOfThree);
    s.insert(Signal::Shift);
    s.insert(Signal::Outside);
    CHECK(s.list(core::XmrRules::Nhs) ==
          std::vector<Signal>{Signal::Outside, Signal::Shift, Signal::TwoOfThree});
}
