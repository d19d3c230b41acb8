// Rules about measures over time (measures.md, "New findings"): measure-concern,
// target-out-of-reach, activity-without-progress, forecast-miss, unapproved-value.
#include "rulecontext.h"

#include <algorithm>
#include <cmath>

namespace sightline::analysis::detail {

using core::LinkKind;
using core::NodeKind;

namespace {

bool isMeasure(const RuleContext& ctx, std::uint32_t v) {
    return ctx.map.nodes[v].kind == NodeKind::Measure;
}

// The `to` of the node's out-links of one kind.
std::vector<std::uint32_t> linked(const RuleContext& ctx, std::uint32_t v, LinkKind kind) {
    std::vector<std::uint32_t> out;
    for (const core::Graph::Edge& e : ctx.index.sightGraph().out(v))
        if (ctx.map.links[e.link].kind == kind)
            out.push_back(e.node);
    return out;
}

// The `from` of the node's in-links of one kind.
std::vector<std::uint32_t> linking(const RuleContext& ctx, std::uint32_t v, LinkKind kind) {
    std::vector<std::uint32_t> out;
    for (const core::Graph::Edge& e : ctx.index.sightGraph().in(v))
        if (ctx.map.links[e.link].kind == kind)
            out.push_back(e.node);
    return out;
}

const char* above(Side s) {
    return s == Side::High ? "above" : "below";
}

// What the latest point's first signal says, e.g. "7 values in a row below its central line
// since 2026-03-31".
std::string describeSignal(const XmrChart& chart) {
    const XmrPoint& last = chart.points.back();
    const XmrSegment& seg = chart.segments[last.segment];
    const std::span<const XmrPoint> pts(chart.points.data() + seg.first, seg.count);
    const std::size_t n = pts.size();
    const bool high = last.side == Side::High;
    const auto sideOf = [&](double x) {
        return x > seg.cl ? Side::High : x < seg.cl ? Side::Low : Side::None;
    };
    if (last.signals.contains(Signal::Outside))
        return "its latest value, " + number(last.value) + " on " + last.date.toString() + ", is " +
               (high ? "above its upper" : "below its lower") + " natural process limit of " +
               approx(high ? seg.unpl : seg.lnpl);
    if (last.signals.contains(Signal::Trend)) {
        std::size_t k = n - 1;
        while (k > 0 && (high ? pts[k].value > pts[k - 1].value : pts[k].value < pts[k - 1].value))
            --k;
        return std::to_string(n - k) + " values in a row, each " + (high ? "higher" : "lower") +
               " than the one before, since " + pts[k].date.toString();
    }
    if (last.signals.contains(Signal::ShortRun) || last.signals.contains(Signal::TwoOfThree)) {
        const bool shortRun = last.signals.contains(Signal::ShortRun);
        const std::size_t window = shortRun ? 4 : 3;
        const double line = shortRun ? 1.33 : 2.0 * (2.66 / 3.0);
        const double edge = high ? seg.cl + line * seg.mrBar : seg.cl - line * seg.mrBar;
        int count = 0;
        for (std::size_t k = n - std::min(n, window); k < n; ++k)
            count += high ? pts[k].value > edge : pts[k].value < edge;
        return std::to_string(count) + " of its last " + std::to_string(window) + " values are " +
               (shortRun
                    ? std::string("beyond the halfway line to its ") + (high ? "upper" : "lower") + " limit"
                    : std::string("close to its ") + (high ? "upper" : "lower") + " limit");
    }
    std::size_t k = n - 1;
    while (k > 0 && sideOf(pts[k - 1].value) == last.side)
        --k;
    return std::to_string(n - k) + " values in a row " + above(last.side) + " its central line since " +
           pts[k].date.toString();
}

// Whether an initiative with status proposed or active supports the measure or an objective it
// measures.
bool workedOn(const RuleContext& ctx, std::uint32_t measure) {
    auto active = [&](std::uint32_t v) {
        const auto& s = ctx.map.nodes[v].status;
        return ctx.map.nodes[v].kind == NodeKind::Initiative &&
               (s == core::InitiativeStatus::Proposed || s == core::InitiativeStatus::Active);
    };
    for (std::uint32_t i : linking(ctx, measure, LinkKind::Supports))
        if (active(i))
            return true;
    for (std::uint32_t o : linked(ctx, measure, LinkKind::Measures))
        for (std::uint32_t i : linking(ctx, o, LinkKind::Supports))
            if (active(i))
                return true;
    return false;
}

} // namespace

void measureConcern(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        if (!isMeasure(ctx, v))
            continue;
        const XmrChart& chart = ctx.xmr(v);
        if (chart.summary.variation != PointKind::Concern)
            continue;
        std::string msg = "The " + std::string(w.measure()) + " " + ctx.label(v) +
                          " shows a signal of concern: " + describeSignal(chart) +
                          ". That is more than routine variation: something in the process has changed "
                          "for the worse. Ask what changed in the process, and act on the cause.";
        out.push_back(
            ctx.finding(Rule::MeasureConcern, v, linked(ctx, v, LinkKind::Measures), std::move(msg)));
    }
}

void targetOutOfReach(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        if (!isMeasure(ctx, v))
            continue;
        const XmrChart& chart = ctx.xmr(v);
        if (chart.summary.capability != Capability::ConsistentlyMisses || workedOn(ctx, v))
            continue;
        const XmrSegment& seg = *chart.lastSegment();
        std::string msg = "The " + std::string(w.measure()) + " " + ctx.label(v) +
                          " cannot reach its target of " + number(*ctx.map.nodes[v].target) +
                          " as its process runs now: its values vary " + "between " + approx(seg.lnpl) +
                          " and " + approx(seg.unpl) +
                          " (its natural process limits), and nothing on the map is working to change that. "
                          "Link an initiative that changes how the work is done, or agree a target the "
                          "process can reach.";
        out.push_back(ctx.finding(Rule::TargetOutOfReach, v, {}, std::move(msg)));
    }
}

void activityWithoutProgress(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const std::size_t need = static_cast<std::size_t>(std::max(ctx.map.settings.progressPoints, 1));
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const core::Node& node = ctx.map.nodes[v];
        if (node.kind != NodeKind::Initiative || !node.start ||
            (node.status != core::InitiativeStatus::Active && node.status != core::InitiativeStatus::Done))
            continue;
        const core::Date start = *node.start;
        std::vector<std::uint32_t> measures;
        for (std::uint32_t t : linked(ctx, v, LinkKind::Supports)) {
            if (isMeasure(ctx, t))
                measures.push_back(t);
            else
                for (std::uint32_t m : linking(ctx, t, LinkKind::Measures))
                    measures.push_back(m);
        }
        std::sort(measures.begin(), measures.end());
        measures.erase(std::unique(measures.begin(), measures.end()), measures.end());
        std::vector<std::uint32_t> stalled;
        std::size_t longest = 0;
        for (std::uint32_t m : measures) {
            const core::Node& measure = ctx.map.nodes[m];
            if (std::any_of(measure.xmr.breaks.begin(), measure.xmr.breaks.end(),
                            [&](const core::Date& d) { return d >= start; }))
                continue;
            const XmrChart& chart = ctx.xmr(m);
            if (!chart.hasLimits())
                continue;
            std::size_t since = 0;
            bool improved = false;
            for (auto it = chart.points.rbegin(); it != chart.points.rend() && it->date >= start; ++it) {
                ++since;
                improved = improved || it->kind == PointKind::Improvement;
            }
            // Without a break on or after the start, those values all lie in the last segment.
            if (since < need || improved ||
                chart.points[chart.points.size() - since].segment + 1 != chart.segments.size())
                continue;
            stalled.push_back(m);
            longest = std::max(longest, since);
        }
        if (stalled.empty())
            continue;
        std::sort(stalled.begin(), stalled.end(), [&](std::uint32_t a, std::uint32_t b) {
            return ctx.index.idRank(a) < ctx.index.idRank(b);
        });
        const std::string which = stalled.size() == 1
                                      ? "the " + std::string(w.measure()) + " " + ctx.label(stalled[0]) +
                                            " shows no signal of improvement in its " +
                                            std::to_string(longest) + " values since then"
                                      : "its " + std::string(w.measures()) + " " + ctx.labels(stalled) +
                                            " show no signal of improvement in their values since then";
        std::string msg = "The initiative " + ctx.label(v) + " has been under way since " + start.toString() +
                          ", but " + which +
                          ". Either it is not changing the process, or what it changes does not show in " +
                          (stalled.size() == 1 ? "this " + std::string(w.measure())
                                               : "these " + std::string(w.measures())) +
                          ". Review it with its owner: change it, stop it, or measure what it "
                          "is meant to change.";
        out.push_back(ctx.finding(Rule::ActivityWithoutProgress, v, std::move(stalled), std::move(msg)));
    }
}

void forecastMiss(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const core::Node& node = ctx.map.nodes[v];
        if (node.kind != NodeKind::Measure || node.forecast.empty())
            continue;
        const XmrChart& chart = ctx.xmr(v);
        if (!chart.hasLimits())
            continue;
        const XmrPoint& last = chart.points.back();
        const core::ForecastValue* f = node.forecastOn(last.date);
        if (!f)
            continue;
        const double x = last.value;
        bool worse = false;
        switch (node.direction) {
        case core::Direction::Up:
            worse = x < f->value;
            break;
        case core::Direction::Down:
            worse = x > f->value;
            break;
        case core::Direction::Target:
            worse = node.target && std::abs(x - *node.target) > std::abs(f->value - *node.target);
            break;
        }
        const double routine = 2.66 * chart.lastSegment()->mrBar;
        if (!worse || !(std::abs(x - f->value) > routine))
            continue;
        std::string msg = "The " + std::string(w.measure()) + " " + ctx.label(v) + " came in at " +
                          number(x) + " on " + last.date.toString() + " against a forecast of " +
                          number(f->value) + ": a gap wider than its routine variation (" + approx(routine) +
                          "). Ask whether the forecast still holds and what would close the gap.";
        out.push_back(ctx.finding(Rule::ForecastMiss, v, {}, std::move(msg)));
    }
}

void unapprovedValue(RuleContext& ctx, std::vector<Finding>& out) {
    if (!ctx.map.settings.requireApproval)
        return;
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const core::Node& node = ctx.map.nodes[v];
        if (node.kind != NodeKind::Measure)
            continue;
        const core::MeasureValue* latest = node.latestValue();
        if (!latest || latest->approvedBy)
            continue;
        std::string msg = "The latest value of the " + std::string(w.measure()) + " " + ctx.label(v) + " (" +
                          number(latest->value) + " on " + latest->date.toString() +
                          ") is not approved. This map requires approval, so the value is provisional "
                          "and should not be reported as fact yet. Ask whoever validates the data to "
                          "check and approve it.";
        out.push_back(ctx.finding(Rule::UnapprovedValue, v, {}, std::move(msg)));
    }
}

} // namespace sightline::analysis::detail
