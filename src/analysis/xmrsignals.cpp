// The signals of the `pump` and `nhs` rule sets (measures.md), never across a break: every
// function here sees the points of one segment.
#include "xmrsignals.h"

#include <cstddef>
#include <vector>

namespace sightline::analysis::detail {

namespace {

Side sideOf(double x, double line) {
    return x > line ? Side::High : x < line ? Side::Low : Side::None;
}

// Flags `signal` on point i with `side`; the first signal flagged on a point gives its side
// (callers go in the order of precedence).
void flag(XmrPoint& p, Signal signal, Side side) {
    if (p.signals.empty())
        p.side = side;
    p.signals.insert(signal);
}

void outside(std::span<XmrPoint> pts, const XmrSegment& seg) {
    for (XmrPoint& p : pts) {
        if (p.value > seg.unpl)
            flag(p, Signal::Outside, Side::High);
        else if (p.value < seg.lnpl)
            flag(p, Signal::Outside, Side::Low);
    }
}

// Every point of a maximal run of >= runLength points on one side of the central line (a point
// on the line breaks the run).
void runs(std::span<XmrPoint> pts, const XmrSegment& seg, Signal signal, int runLength) {
    const std::size_t n = pts.size(), need = static_cast<std::size_t>(std::max(runLength, 1));
    std::size_t start = 0;
    for (std::size_t i = 1; i <= n; ++i) {
        const Side s = sideOf(pts[start].value, seg.cl);
        if (i < n && sideOf(pts[i].value, seg.cl) == s)
            continue;
        if (s != Side::None && i - start >= need)
            for (std::size_t k = start; k < i; ++k)
                flag(pts[k], signal, s);
        start = i;
    }
}

// Pump: in any 4 consecutive points, 3 or more beyond the same halfway line (CL ± 1.33 mR̄).
void shortRuns(std::span<XmrPoint> pts, const XmrSegment& seg) {
    const std::size_t n = pts.size();
    if (n < 4)
        return;
    const double hi = seg.cl + 1.33 * seg.mrBar, lo = seg.cl - 1.33 * seg.mrBar;
    std::vector<Side> beyond(n, Side::None);
    for (std::size_t i = 0; i < n; ++i)
        beyond[i] = pts[i].value > hi ? Side::High : pts[i].value < lo ? Side::Low : Side::None;
    std::vector<Side> hit(n, Side::None);
    for (std::size_t w = 0; w + 4 <= n; ++w) {
        for (Side s : {Side::High, Side::Low}) {
            int count = 0;
            for (std::size_t k = w; k < w + 4; ++k)
                count += beyond[k] == s;
            if (count >= 3)
                for (std::size_t k = w; k < w + 4; ++k)
                    if (beyond[k] == s)
                        hit[k] = s;
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (hit[i] != Side::None)
            flag(pts[i], Signal::ShortRun, hit[i]);
}

// Nhs: every point of k >= runLength points each strictly above (or below) the one before.
// The side follows NHSRplotthedots' "use the right side": a trend point whose next point is a
// trend point takes the side of the step to it, any other that of the step from the one before
// (a step up is high, anything else low, as sign(diff) == 1 there).
void trends(std::span<XmrPoint> pts, int runLength) {
    const std::size_t n = pts.size(), need = static_cast<std::size_t>(std::max(runLength, 2));
    std::vector<char> in(n, 0);
    for (int dir : {1, -1}) {
        std::size_t start = 0;
        for (std::size_t i = 1; i <= n; ++i) {
            const bool continues =
                i < n && (dir > 0 ? pts[i].value > pts[i - 1].value : pts[i].value < pts[i - 1].value);
            if (continues)
                continue;
            if (i - start >= need)
                for (std::size_t k = start; k < i; ++k)
                    in[k] = 1;
            start = i;
        }
    }
    const auto stepSide = [&](std::size_t to) {
        return to > 0 && pts[to].value > pts[to - 1].value ? Side::High : Side::Low;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!in[i])
            continue;
        flag(pts[i], Signal::Trend, i + 1 < n && in[i + 1] ? stepSide(i + 1) : stepSide(i));
    }
}

// Nhs: in any 3 consecutive points all on one side, 2 or more close to the limits (beyond
// CL ± (2/3) 2.66 mR̄ and not outside): each close point.
void twoOfThree(std::span<XmrPoint> pts, const XmrSegment& seg) {
    const std::size_t n = pts.size();
    const double limitClose = 2.0 * (2.66 / 3.0); // as NHSRplotthedots writes it
    const double hi = seg.cl + limitClose * seg.mrBar, lo = seg.cl - limitClose * seg.mrBar;
    std::vector<char> close(n, 0), hit(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = pts[i].value;
        close[i] = !(x > seg.unpl || x < seg.lnpl) && (x < lo || x > hi);
    }
    for (std::size_t w = 0; w + 3 <= n; ++w) {
        const Side s = sideOf(pts[w].value, seg.cl);
        if (s == Side::None || sideOf(pts[w + 1].value, seg.cl) != s || sideOf(pts[w + 2].value, seg.cl) != s)
            continue;
        if (close[w] + close[w + 1] + close[w + 2] < 2)
            continue;
        for (std::size_t k = w; k < w + 3; ++k)
            if (close[k])
                hit[k] = 1;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (hit[i])
            flag(pts[i], Signal::TwoOfThree, sideOf(pts[i].value, seg.cl));
}

PointKind kindOf(Side side, const XmrSegment& seg, const XmrConfig& config) {
    Side better = Side::High;
    switch (config.direction) {
    case core::Direction::Up:
        break;
    case core::Direction::Down:
        better = Side::Low;
        break;
    case core::Direction::Target:
        if (!config.target || *config.target == seg.cl)
            return PointKind::Neutral;
        better = *config.target > seg.cl ? Side::High : Side::Low;
        break;
    }
    return side == better ? PointKind::Improvement : PointKind::Concern;
}

} // namespace

void markSignals(std::span<XmrPoint> pts, const XmrSegment& seg, const XmrConfig& config) {
    outside(pts, seg);
    if (config.rules == core::XmrRules::Nhs) {
        trends(pts, config.runLength);
        twoOfThree(pts, seg);
        runs(pts, seg, Signal::Shift, config.runLength);
    } else {
        shortRuns(pts, seg);
        runs(pts, seg, Signal::LongRun, config.runLength);
    }
    for (XmrPoint& p : pts)
        p.kind = p.signals.empty() ? PointKind::CommonCause : kindOf(p.side, seg, config);
}

} // namespace sightline::analysis::detail
