// The sparkline of a measure: the card's picture of its recent values.
#include "sightline/render/xmrchart.h"
#include "xmrchartparts.h"
#include "xmrseries.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace sightline::render {

namespace {

std::size_t firstShown(const analysis::XmrChart& xmr, const SparklineOptions& options) {
    const auto n = xmr.points.size();
    const auto max = static_cast<std::size_t>(std::max(1, options.maxPoints));
    return n > max ? n - max : 0;
}

} // namespace

XmrChartGeometry sparklineGeometry(const QRectF& rect, const analysis::XmrChart& xmr,
                                   const SparklineOptions& options) {
    XmrChartGeometry g;
    g.xPlot = rect;
    const std::size_t from = firstShown(xmr, options);
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (std::size_t i = from; i < xmr.points.size(); ++i) {
        lo = std::min(lo, xmr.points[i].value);
        hi = std::max(hi, xmr.points[i].value);
        const analysis::XmrSegment& seg = xmr.segments[xmr.points[i].segment];
        if (seg.hasLimits) {
            lo = std::min(lo, seg.lnpl);
            hi = std::max(hi, seg.unpl);
        }
    }
    if (lo > hi)
        return g;
    const double span = hi - lo > 0 ? hi - lo : std::max(1.0, std::abs(hi) * 0.1);
    g.low = lo - span * 0.1;
    g.high = hi + span * 0.1;
    g.firstDay = xmr.points[from].date.toDays();
    g.lastDay = std::max(g.firstDay + 1, xmr.points.back().date.toDays());
    for (std::size_t i = from; i < xmr.points.size(); ++i)
        g.points.emplace_back(g.xOf(xmr.points[i].date), g.yOf(xmr.points[i].value));
    return g;
}

void paintXmrSparkline(QPainter& painter, const QRectF& rect, const analysis::XmrChart& xmr,
                       const core::Node& measure, const SparklineOptions& options) {
    if (xmr.points.empty())
        return;
    const detail::Series s = detail::makeSeries(xmr, measure, options.requireApproval);
    const XmrChartGeometry g = sparklineGeometry(rect, xmr, options);
    const std::size_t from = firstShown(xmr, options);
    const qreal unit = std::clamp<qreal>(rect.height() / 14.0, 0.5, 3.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Each shown segment's limits: the band between them and its central line.
    for (std::size_t k = 0; k < s.segments.size(); ++k) {
        const detail::SeriesSegment& seg = s.segments[k];
        const std::size_t end = seg.first + seg.count;
        if (!seg.limits || end <= from)
            continue;
        const std::size_t a = std::max(seg.first, from) - from, b = end - 1 - from;
        const qreal left = a == 0 ? rect.left() : (g.points[a - 1].x() + g.points[a].x()) / 2;
        const qreal right =
            b + 1 == g.points.size() ? rect.right() : (g.points[b].x() + g.points[b + 1].x()) / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(detail::kBand);
        painter.drawRect(
            QRectF(QPointF(left, g.yOf(seg.limits->unpl)), QPointF(right, g.yOf(seg.limits->lnpl))));
        painter.setPen(QPen(detail::kLimit, 0.5 * unit, Qt::SolidLine, Qt::FlatCap));
        for (double v : {seg.limits->unpl, seg.limits->lnpl})
            painter.drawLine(QPointF(left, g.yOf(v)), QPointF(right, g.yOf(v)));
        painter.setPen(QPen(detail::kCentre, 0.7 * unit, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(left, g.yOf(seg.limits->cl)), QPointF(right, g.yOf(seg.limits->cl)));
    }
    painter.setPen(QPen(detail::kLine, 0.8 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(g.points.data(), static_cast<int>(g.points.size()));
    for (std::size_t i = 0; i < g.points.size(); ++i)
        detail::drawPoint(painter, g.points[i], 1.1 * unit, s.points[from + i]);
    painter.restore();
}

} // namespace sightline::render
