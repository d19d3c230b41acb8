// XmR limits per segment (measures.md, "Computation") and the measure's summary.
#include "sightline/analysis/xmr.h"

#include "xmrsignals.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sightline::analysis {

std::string_view toString(Signal signal) {
    switch (signal) {
    case Signal::Outside:
        return "outside";
    case Signal::LongRun:
        return "long-run";
    case Signal::ShortRun:
        return "short-run";
    case Signal::Shift:
        return "shift";
    case Signal::Trend:
        return "trend";
    case Signal::TwoOfThree:
        break;
    }
    return "two-of-three";
}

std::vector<Signal> SignalSet::list(core::XmrRules rules) const {
    static constexpr Signal kPump[] = {Signal::Outside, Signal::LongRun, Signal::ShortRun};
    static constexpr Signal kNhs[] = {Signal::Outside, Signal::Shift, Signal::Trend, Signal::TwoOfThree};
    std::vector<Signal> out;
    for (Signal s :
         rules == core::XmrRules::Nhs ? std::span<const Signal>(kNhs) : std::span<const Signal>(kPump))
        if (contains(s))
            out.push_back(s);
    return out;
}

std::string_view toString(PointKind kind) {
    switch (kind) {
    case PointKind::None:
        return "none";
    case PointKind::CommonCause:
        return "common-cause";
    case PointKind::Improvement:
        return "improvement";
    case PointKind::Concern:
        return "concern";
    case PointKind::Neutral:
        break;
    }
    return "neutral";
}

std::string_view toString(Capability capability) {
    switch (capability) {
    case Capability::Unknown:
        return "unknown";
    case Capability::ConsistentlyMeets:
        return "consistently-meets";
    case Capability::HitAndMiss:
        return "hit-and-miss";
    case Capability::ConsistentlyMisses:
        break;
    }
    return "consistently-misses";
}

namespace {

// CL, mR̄ and the limits of a segment from its first b values.
void computeLimits(XmrSegment& seg, std::span<const XmrPoint> pts, const XmrConfig& config) {
    const std::size_t n = pts.size();
    std::size_t b = n;
    if (config.baselinePoints && *config.baselinePoints >= 0)
        b = std::min(n, static_cast<std::size_t>(*config.baselinePoints));
    seg.hasLimits = true;
    seg.baseline = b;
    long double sum = 0.0L;
    for (std::size_t i = 0; i < b; ++i)
        sum += pts[i].value;
    seg.cl = b == 0 ? 0.0 : static_cast<double>(sum / static_cast<long double>(b));

    long double mrSum = 0.0L;
    for (std::size_t i = 1; i < b; ++i)
        mrSum += std::abs(pts[i].value - pts[i - 1].value);
    double mrBar = b < 2 ? 0.0 : static_cast<double>(mrSum / static_cast<long double>(b - 1));
    const bool nhs = config.rules == core::XmrRules::Nhs;
    if (nhs && b >= 2) {
        // NHSRplotthedots' screen_outliers: drop moving ranges >= 3.267 mR̄, recompute once.
        const double cut = 3.267 * mrBar;
        long double kept = 0.0L;
        std::size_t count = 0;
        for (std::size_t i = 1; i < b; ++i) {
            const double mr = std::abs(pts[i].value - pts[i - 1].value);
            if (mr < cut) {
                kept += mr;
                ++count;
            }
        }
        mrBar = count == 0 ? 0.0 : static_cast<double>(kept / static_cast<long double>(count));
    }
    seg.mrBar = mrBar;
    seg.unpl = seg.cl + 2.66 * mrBar;
    seg.lnpl = seg.cl - 2.66 * mrBar;
    seg.url = (nhs ? 3.267 : 3.268) * mrBar;
}

Capability capabilityOf(const XmrSegment& seg, const XmrConfig& config) {
    if (!seg.hasLimits || !config.target)
        return Capability::Unknown;
    const double t = *config.target;
    switch (config.direction) {
    case core::Direction::Up:
        if (t > seg.unpl)
            return Capability::ConsistentlyMisses;
        if (t < seg.lnpl)
            return Capability::ConsistentlyMeets;
        return Capability::HitAndMiss;
    case core::Direction::Down:
        if (t < seg.lnpl)
            return Capability::ConsistentlyMisses;
        if (t > seg.unpl)
            return Capability::ConsistentlyMeets;
        return Capability::HitAndMiss;
    case core::Direction::Target:
        break;
    }
    return seg.lnpl <= t && t <= seg.unpl ? Capability::HitAndMiss : Capability::ConsistentlyMisses;
}

} // namespace

XmrChart computeXmr(std::span<const XmrSample> samples, std::span<const core::Date> breaks,
                    const XmrConfig& config) {
    XmrChart chart;
    const std::size_t n = samples.size();
    if (n == 0)
        return chart;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    const bool sorted =
        std::is_sorted(samples.begin(), samples.end(),
                       [](const XmrSample& a, const XmrSample& b) { return a.date < b.date; });
    if (!sorted)
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return samples[a].date < samples[b].date; });
    chart.points.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        XmrPoint& p = chart.points[i];
        p.date = samples[order[i]].date;
        p.value = samples[order[i]].value;
        p.source = order[i];
    }

    // Segment starts: the first point, and the first point on or after each break.
    std::vector<core::Date> cuts(breaks.begin(), breaks.end());
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::size_t> starts{0};
    std::size_t i = 0;
    for (const core::Date& cut : cuts) {
        while (i < n && chart.points[i].date < cut)
            ++i;
        if (i < n && i > starts.back())
            starts.push_back(i);
    }
    starts.push_back(n);

    for (std::size_t s = 0; s + 1 < starts.size(); ++s) {
        XmrSegment seg;
        seg.first = starts[s];
        seg.count = starts[s + 1] - starts[s];
        seg.start = chart.points[seg.first].date;
        const std::span<XmrPoint> pts(chart.points.data() + seg.first, seg.count);
        for (std::size_t k = 0; k < pts.size(); ++k) {
            pts[k].segment = s;
            pts[k].movingRange = k == 0 ? 0.0 : std::abs(pts[k].value - pts[k - 1].value);
        }
        if (seg.count >= static_cast<std::size_t>(std::max(config.minPoints, 1))) {
            computeLimits(seg, pts, config);
            detail::markSignals(pts, seg, config);
        }
        chart.segments.push_back(seg);
    }

    chart.summary.variation = chart.points.back().kind;
    chart.summary.capability = capabilityOf(chart.segments.back(), config);
    return chart;
}

XmrConfig xmrConfig(const core::Node& measure, const core::Settings& settings) {
    XmrConfig c;
    c.rules = measure.xmr.rules;
    c.baselinePoints = measure.xmr.baselinePoints;
    c.runLength = settings.runLength;
    c.minPoints = settings.xmrMinPoints;
    c.direction = measure.direction;
    c.target = measure.target;
    return c;
}

XmrChart computeXmr(const core::Node& measure, const core::Settings& settings) {
    std::vector<XmrSample> samples;
    samples.reserve(measure.values.size());
    for (const core::MeasureValue& v : measure.values)
        samples.push_back({v.date, v.value});
    return computeXmr(samples, measure.xmr.breaks, xmrConfig(measure, settings));
}

} // namespace sightline::analysis
