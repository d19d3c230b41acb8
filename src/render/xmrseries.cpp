#include "xmrseries.h"

#include <algorithm>
#include <cmath>

namespace sightline::render::detail {

Series makeSeries(const analysis::XmrChart& xmr, const core::Node& measure, bool requireApproval) {
    Series s;
    s.target = measure.target;
    for (const analysis::XmrSegment& seg : xmr.segments) {
        SeriesSegment out{seg.first, seg.count, std::nullopt};
        if (seg.hasLimits)
            out.limits = SeriesLimits{seg.cl, seg.lnpl, seg.unpl, seg.mrBar, seg.url, seg.baseline};
        s.segments.push_back(out);
    }
    s.points.reserve(xmr.points.size());
    for (std::size_t i = 0; i < xmr.points.size(); ++i) {
        const analysis::XmrPoint& p = xmr.points[i];
        SeriesPoint out;
        out.date = p.date;
        out.value = p.value;
        out.segment = p.segment;
        out.kind = p.kind;
        out.signal = !p.signals.empty();
        if (i > 0 && xmr.points[i - 1].segment == p.segment)
            out.movingRange = p.movingRange;
        if (p.source < measure.values.size()) {
            const core::MeasureValue* v = &measure.values[p.source];
            out.provisional = requireApproval && !v->approvedBy;
            out.note = QString::fromStdString(v->note);
        }
        s.points.push_back(std::move(out));
    }
    for (const core::ForecastValue& f : measure.forecast)
        s.forecast.emplace_back(f.date, f.value);
    std::sort(s.forecast.begin(), s.forecast.end());
    return s;
}

std::optional<bool> latestSideHigh(const analysis::XmrChart& xmr) {
    if (xmr.points.empty())
        return std::nullopt;
    const analysis::XmrPoint& p = xmr.points.back();
    if (p.side == analysis::Side::None)
        return std::nullopt;
    return p.side == analysis::Side::High;
}

} // namespace sightline::render::detail
