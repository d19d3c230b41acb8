#pragma once

#include "sightline/analysis/xmr.h"
#include "sightline/core/node.h"

#include <QString>
#include <optional>
#include <vector>

namespace sightline::render::detail {

// The limits of one segment of an XmR chart, as the painters use them.
struct SeriesLimits {
    double cl = 0, lnpl = 0, unpl = 0, mrBar = 0, url = 0;
    std::size_t baseline = 0; // values the limits were computed from
};

struct SeriesSegment {
    std::size_t first = 0, count = 0; // points of the segment
    std::optional<SeriesLimits> limits;
};

struct SeriesPoint {
    core::Date date;
    double value = 0;
    std::size_t segment = 0;
    analysis::PointKind kind = analysis::PointKind::None;
    bool signal = false;
    bool provisional = false;          // no approval (only flagged when the map requires approval)
    std::optional<double> movingRange; // none on a segment's first point
    QString note;
};

// What the chart painters draw, read from an XmR result and its measure: the one place that
// knows the analysis layer's result types.
struct Series {
    std::vector<SeriesPoint> points;
    std::vector<SeriesSegment> segments;
    std::vector<std::pair<core::Date, double>> forecast; // by date
    std::optional<double> target;
};

Series makeSeries(const analysis::XmrChart& xmr, const core::Node& measure, bool requireApproval);

// Whether the latest point's signal lies above its central line (true), below (false), or it has
// no signal.
std::optional<bool> latestSideHigh(const analysis::XmrChart& xmr);

} // namespace sightline::render::detail
