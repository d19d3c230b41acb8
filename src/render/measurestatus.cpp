#include "sightline/render/measurestatus.h"

#include <algorithm>
#include <cmath>

namespace sightline::render {

namespace {

// Short of the target: improving when the value is better than the baseline.
MeasureStatus shortOfTarget(bool betterThanBaseline) {
    return betterThanBaseline ? MeasureStatus::Improving : MeasureStatus::Behind;
}

// Worse statuses rank higher (the enum runs from best to worst); NoData below every status
// with data.
int severity(MeasureStatus s) {
    return s == MeasureStatus::NoData ? -1 : static_cast<int>(s);
}

MeasureStatus fromSummary(const analysis::XmrSummary& s) {
    switch (s.variation) {
    case analysis::PointKind::Concern:
        return MeasureStatus::Behind;
    case analysis::PointKind::Improvement:
        return MeasureStatus::Improving;
    case analysis::PointKind::None:
    case analysis::PointKind::CommonCause:
    case analysis::PointKind::Neutral:
        break;
    }
    switch (s.capability) {
    case analysis::Capability::ConsistentlyMeets:
        return MeasureStatus::Met;
    case analysis::Capability::ConsistentlyMisses:
        return MeasureStatus::Behind;
    case analysis::Capability::HitAndMiss:
    case analysis::Capability::Unknown:
        break;
    }
    return MeasureStatus::Routine;
}

} // namespace

MeasureStatus latestValueStatus(const core::Node& n) {
    const core::MeasureValue* latest = n.latestValue();
    if (n.kind != core::NodeKind::Measure || !latest || !n.target)
        return MeasureStatus::NoData;
    const double v = latest->value, t = *n.target;
    switch (n.direction) {
    case core::Direction::Up:
        return v >= t ? MeasureStatus::Met : shortOfTarget(n.baseline && v > *n.baseline);
    case core::Direction::Down:
        return v <= t ? MeasureStatus::Met : shortOfTarget(n.baseline && v < *n.baseline);
    case core::Direction::Target: {
        const double tolerance = std::max(std::abs(t) * 0.05, 1e-9);
        if (std::abs(v - t) <= tolerance)
            return MeasureStatus::Met;
        return shortOfTarget(n.baseline && std::abs(v - t) < std::abs(*n.baseline - t));
    }
    }
    return MeasureStatus::NoData;
}

MeasureStanding measureStanding(const core::Node& n, const core::Settings& settings) {
    if (n.kind != core::NodeKind::Measure || n.values.empty())
        return {};
    return measureStanding(n, analysis::computeXmr(n, settings));
}

MeasureStanding measureStanding(const core::Node& n, const analysis::XmrChart& chart) {
    MeasureStanding s;
    if (n.kind != core::NodeKind::Measure || n.values.empty())
        return s;
    if (chart.hasLimits()) {
        s.summary = chart.summary;
        s.status = fromSummary(chart.summary);
        s.basis = StatusBasis::Xmr;
        return s;
    }
    s.status = latestValueStatus(n);
    s.basis = s.status == MeasureStatus::NoData ? StatusBasis::None : StatusBasis::LatestValue;
    return s;
}

MeasureStatus measureStatus(const core::Node& measure, const core::Settings& settings) {
    return measureStanding(measure, settings).status;
}

MeasureStatus nodeStatus(const core::Map& map, const core::Node& node) {
    if (node.kind == core::NodeKind::Measure)
        return measureStatus(node, map.settings());
    if (node.kind != core::NodeKind::Objective)
        return MeasureStatus::NoData;
    MeasureStatus worst = MeasureStatus::NoData;
    for (const core::LinkId& lid : map.inLinks(node.id)) {
        const core::Link* l = map.link(lid);
        if (!l || l->kind != core::LinkKind::Measures)
            continue;
        if (const core::Node* m = map.node(l->from)) {
            const MeasureStatus s = measureStatus(*m, map.settings());
            if (severity(s) > severity(worst))
                worst = s;
        }
    }
    return worst;
}

} // namespace sightline::render
