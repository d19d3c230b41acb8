// The `nhs` rule set reproduces NHSRplotthedots 0.2.2.
//
// The series and expected values marked "NHSRplotthedots" are copied from that package's tests
// (tests/testthat/test-ptd_spc_standard.R, test-ptd_spc.R, test-ptd_calculate_point_type.R and
// their snapshots in tests/testthat/_snaps/), https://github.com/nhs-r-community/NHSRplotthedots,
// MIT licence, Copyright (c) NHS-R Community. `set.seed(123); rnorm(20)` is written out below.
#include "xmrhelpers.h"

using namespace sightline;
using namespace sightline::testing;
using analysis::PointKind;
using analysis::Signal;
using Catch::Detail::Approx;

namespace {

// NHSRplotthedots: set.seed(123); y = rnorm(20), dated 2020-01-02 .. 2020-01-21.
const std::vector<double> kRnorm{-0.56047565, -0.23017749, 1.55870831,  0.07050839,  0.12928774,
                                 1.71506499,  0.46091621,  -1.26506123, -0.68685285, -0.44566197,
                                 1.22408180,  0.35981383,  0.40077145,  0.11068272,  -0.55584113,
                                 1.78691314,  0.49785048,  -1.96661716, 0.70135590,  -0.47279141};

// The snapshots print 7 significant digits.
constexpr double kSnapshot = 5e-7;

} // namespace

TEST_CASE("nhs: NHSRplotthedots ptd_spc_standard snapshot r1", "[xmr][nhs]") {
    const auto chart = xmr(kRnorm, nhs());
    const auto& s = chart.segments.at(0);
    CHECK(s.cl == Approx(0.1416238).margin(kSnapshot));
    CHECK(s.lnpl == Approx(-3.01138).margin(5e-6));
    CHECK(s.unpl == Approx(3.294627).margin(kSnapshot));
    // relative_to_mean
    std::string side;
    for (const auto& p : chart.points)
        side += p.value > s.cl ? '+' : '-';
    CHECK(side == "--+--++---+++--++-+-");
    // summary(): 20 common cause, none special.
    CHECK(kinds(chart) == std::string(20, 'c'));
}

TEST_CASE("nhs: NHSRplotthedots screen_outliers (r2, r3)", "[xmr][nhs]") {
    auto y = kRnorm;
    y[14] = 10; // data$y[15] <- 10
    const auto screened = xmr(y, nhs()).segments.at(0);
    CHECK(screened.cl == Approx(0.6694159).margin(kSnapshot));
    CHECK(screened.lnpl == Approx(-2.383666).margin(kSnapshot));
    CHECK(screened.unpl == Approx(3.722497).margin(kSnapshot));
    CHECK(screened.url == Approx(3.267 * screened.mrBar));
    // screen_outliers = FALSE gives pump's limits.
    const auto plain = xmr(y, pump()).segments.at(0);
    CHECK(plain.cl == Approx(0.6694159).margin(kSnapshot));
    CHECK(plain.lnpl == Approx(-4.596625).margin(kSnapshot));
    CHECK(plain.unpl == Approx(5.935457).margin(kSnapshot));
    CHECK(plain.unpl - plain.lnpl > screened.unpl - screened.lnpl);
    // The 10 is outside the screened limits.
    CHECK(flags(xmr(y, nhs()), Signal::Outside) == "00000000000000100000");
}

TEST_CASE("nhs: NHSRplotthedots facets of 10 as segments, rebase before the data", "[xmr][nhs]") {
    // summary(s3): facet 0 (first 10): 0.0746 -2.60 2.75; facet 1: 0.209 -3.28 3.70.
    const auto chart = xmr(kRnorm, nhs(), {dayOf(10)});
    REQUIRE(chart.segments.size() == 2);
    CHECK(chart.segments[0].cl == Approx(0.0746).margin(5e-5));
    CHECK(chart.segments[0].lnpl == Approx(-2.60).margin(5e-3));
    CHECK(chart.segments[0].unpl == Approx(2.75).margin(5e-3));
    CHECK(chart.segments[1].cl == Approx(0.209).margin(5e-4));
    CHECK(chart.segments[1].lnpl == Approx(-3.28).margin(5e-3));
    CHECK(chart.segments[1].unpl == Approx(3.70).margin(5e-3));
    CHECK(kinds(chart) == std::string(20, 'c'));
    // summary(s2): rebase = 2020-01-01, before the first value: one group, r1's limits.
    const auto rebased = xmr(kRnorm, nhs(), {*core::Date::fromYmd(2020, 1, 1)});
    REQUIRE(rebased.segments.size() == 1);
    CHECK(rebased.segments[0].unpl == Approx(3.294627).margin(kSnapshot));
}

TEST_CASE("nhs: NHSRplotthedots 2 of 3 close to the limits on opposite sides is common cause", "[xmr][nhs]") {
    std::vector<double> d;
    for (int i = 0; i < 8; ++i)
        d.insert(d.end(), {1, -1});
    d[14] = 5.5;
    d[15] = -5.5;
    const auto chart = xmr(d, nhs());
    CHECK(kinds(chart).substr(14) == "cc");
    CHECK(flags(chart, Signal::TwoOfThree) == std::string(16, '0'));
}

TEST_CASE("nhs: a trend is runLength points each strictly beyond the one before", "[xmr][nhs]") {
    // Locked limits (CL 4, mR̄ 8) wide enough that nothing else fires; `base` ends high (so a
    // rising trend starts after it), `falling` ends low.
    const auto after = [](std::vector<double> v, std::initializer_list<double> then) {
        v.insert(v.end(), then.begin(), then.end());
        return xmr(v, locked(nhs(), 6));
    };
    const auto base = [&](std::initializer_list<double> then) { return after({0, 8, 0, 8, 0, 8}, then); };
    const auto falling = [&](std::initializer_list<double> then) { return after({8, 0, 8, 0, 8, 0}, then); };
    // NHSRplotthedots ptd_seven_point_trend: 1:7 is a trend, 1:6 is not, c(1:3, 3:6) is not.
    CHECK(flags(base({1, 2, 3, 4, 5, 6, 7}), Signal::Trend) == "0000001111111");
    CHECK(flags(base({1, 2, 3, 4, 5, 6}), Signal::Trend) == "000000000000");
    CHECK(flags(base({1, 2, 3, 3, 4, 5, 6}), Signal::Trend) == "0000000000000");
    // c(2, 1:7, 3): the 2 and the 3 are not part of it.
    CHECK(flags(base({2, 1, 2, 3, 4, 5, 6, 7, 3}), Signal::Trend) == "000000011111110");
    // 7:1 decreasing.
    const auto down = falling({7, 6, 5, 4, 3, 2, 1});
    CHECK(flags(down, Signal::Trend) == "0000001111111");
    CHECK(sides(down) == "      -------");
    CHECK(kinds(down) == "ccccccxxxxxxx");

    SECTION("a trend point between two trends takes the side of the trend it starts") {
        // 1..7 up then 6..1 down: the 7 ends one and starts the other.
        const auto peak = base({1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1});
        CHECK(flags(peak, Signal::Trend) == "0000001111111111111");
        CHECK(sides(peak) == "      ++++++-------");
        CHECK(kinds(peak) == "cccccciiiiiixxxxxxx");
        // Two trends that share no point, joined by a flat step: the end of the first takes the
        // side of that step, which is not a rise (NHSRplotthedots: sign(diff) == 1 or not).
        const auto flat = base({1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1});
        CHECK(flags(flat, Signal::Trend) == "00000011111111111111");
        CHECK(sides(flat) == "      ++++++--------");
    }
    SECTION("runLength comes from the settings") {
        analysis::XmrConfig c = locked(nhs(), 6);
        c.runLength = 5;
        CHECK(flags(xmr({0, 8, 0, 8, 0, 8, 1, 2, 3, 4, 5}, c), Signal::Trend) == "00000011111");
    }
}

TEST_CASE("nhs: a shift is runLength points on one side", "[xmr][nhs]") {
    // NHSRplotthedots ptd_seven_point_one_side_mean: c(rep(1, 8), -1) flags the 8.
    const auto eight =
        xmr(lockedBaseline({11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 10.5}), locked(nhs(), 6));
    CHECK(flags(eight, Signal::Shift) == "000000111111110");
    CHECK(flags(eight, Signal::LongRun) == std::string(15, '0')); // pump's name is not used
    // rep(1, 6) and c(rep(1, 6), -1): no shift.
    CHECK(flags(xmr(lockedBaseline({11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 10.5}), locked(nhs(), 6)),
                Signal::Shift) == std::string(13, '0'));
    // A point on the central line breaks it.
    CHECK(flags(xmr(lockedBaseline({11.5, 11.5, 11.5, 11, 11.5, 11.5, 11.5, 11.5}), locked(nhs(), 6)),
                Signal::Shift) == std::string(14, '0'));
}

TEST_CASE("nhs: two of three close to a limit, on one side", "[xmr][nhs]") {
    // Close: beyond 11 ± 2 × (2.66 / 3) × 2 = 14.5467 / 7.4533, and inside 5.68 .. 16.32.
    const auto two = xmr(lockedBaseline({15, 12, 15}), locked(nhs(), 6));
    CHECK(flags(two, Signal::TwoOfThree) == "000000101");
    CHECK(kinds(two) == "cccccci"
                        "ci");

    SECTION("a point outside the limits does not count toward two-of-three") {
        const auto out = xmr(lockedBaseline({17, 12, 15}), locked(nhs(), 6));
        CHECK(flags(out, Signal::TwoOfThree) == "000000000");
        CHECK(flags(out, Signal::Outside) == "000000100");
        CHECK(kinds(out) == "ccccccicc");
    }
    SECTION("the three must be on one side") {
        CHECK(flags(xmr(lockedBaseline({15, 10, 15}), locked(nhs(), 6)), Signal::TwoOfThree) == "000000000");
    }
    SECTION("NHSRplotthedots ptd_two_in_three patterns") {
        // close c(0, 0, 1, 0, 1, 0, 0) all above: the two close points.
        CHECK(flags(xmr(lockedBaseline({12, 12, 15, 12, 15, 12}), locked(nhs(), 6)), Signal::TwoOfThree) ==
              "000000001010");
        // c(1, 0, 0, 1): too far apart.
        CHECK(flags(xmr(lockedBaseline({15, 12, 12, 15}), locked(nhs(), 6)), Signal::TwoOfThree) ==
              "0000000000");
        // c(1, 0, 0, 1, 1): the last two.
        CHECK(flags(xmr(lockedBaseline({15, 12, 12, 15, 15}), locked(nhs(), 6)), Signal::TwoOfThree) ==
              "00000000011");
        // below
        const auto low = xmr(lockedBaseline({7, 7, 10}), locked(nhs(), 6));
        CHECK(flags(low, Signal::TwoOfThree) == "000000110");
        CHECK(kinds(low) == "ccccccxxc");
    }
}

TEST_CASE("nhs: precedence of the side: outside, trend, two-of-three, shift", "[xmr][nhs]") {
    // NHSRplotthedots ptd_special_cause_type: outside first, then the trend.
    // A rising trend that ends outside the upper limit.
    const auto chart = xmr(lockedBaseline({6, 7, 8, 9, 10, 10.5, 17}), locked(nhs(), 6));
    const auto& last = chart.points.back();
    CHECK(last.signals.list(core::XmrRules::Nhs) == std::vector<Signal>{Signal::Outside, Signal::Trend});
    CHECK(last.side == analysis::Side::High);
    // 10, 6, 7, 8, 9, 10, 10.5 are also a shift below CL, and 6, 7 two of three close to the
    // lower limit: the trend's points take the trend's side (high), the 10 before it only has
    // the shift (low).
    analysis::XmrConfig down = locked(nhs(), 6);
    down.direction = core::Direction::Down;
    const auto d = xmr(lockedBaseline({6, 7, 8, 9, 10, 10.5, 17}), down);
    CHECK(flags(d, Signal::Shift) == "0000011111110");
    CHECK(flags(d, Signal::TwoOfThree) == "0000001100000");
    CHECK(sides(d) == "     -+++++++");
    CHECK(kinds(d) == "cccccixxxxxxx");
}

TEST_CASE("nhs: url is 3.267 mR̄", "[xmr][nhs]") {
    const auto s = xmr({1, 3, 2, 4, 3, 5}, nhs()).segments[0];
    CHECK(s.url == Approx(3.267 * 1.6));
}
