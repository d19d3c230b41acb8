// The XmR chart painter: the Measure dock and the board pack's measure pages draw with it.
#include "sightline/render/xmrchart.h"

#include "xmrchartparts.h"
#include "xmrseries.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sightline::render {

using detail::Series;

QFont XmrChartOptions::defaultFont() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(10);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal XmrChartGeometry::xOf(const core::Date& date) const {
    const double span = static_cast<double>(std::max(1LL, lastDay - firstDay));
    const qreal pad = std::min<qreal>(12.0, xPlot.width() * 0.04);
    return xPlot.left() + pad +
           (xPlot.width() - 2 * pad) * static_cast<double>(date.toDays() - firstDay) / span;
}

qreal XmrChartGeometry::yOf(double value) const {
    return xPlot.bottom() - xPlot.height() * (value - low) / (high - low);
}

qreal XmrChartGeometry::mrYOf(double movingRange) const {
    return mrPlot.bottom() - mrPlot.height() * movingRange / mrHigh;
}

std::optional<std::size_t> XmrChartGeometry::pointAt(QPointF pos, qreal radius) const {
    std::optional<std::size_t> best;
    qreal bestDistance = radius * radius;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF d = points[i] - pos;
        const qreal d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestDistance) {
            bestDistance = d2;
            best = i;
        }
    }
    return best;
}

namespace {

// The value range of the X chart: values, limits, target and forecast, with a margin.
std::pair<double, double> valueRange(const Series& s) {
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    auto take = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (const auto& p : s.points)
        take(p.value);
    for (const auto& seg : s.segments)
        if (seg.limits) {
            take(seg.limits->lnpl);
            take(seg.limits->unpl);
        }
    for (const auto& f : s.forecast)
        take(f.second);
    if (s.target)
        take(*s.target);
    if (lo > hi)
        return {0.0, 1.0};
    const double span = hi - lo > 0 ? hi - lo : std::max(1.0, std::abs(hi) * 0.1);
    return {lo - span * 0.08, hi + span * 0.08};
}

QString dateLabel(const core::Date& d) {
    return QLocale::c().toString(QDate(d.year(), d.month(), d.day()), QStringLiteral("MMM yy"));
}

} // namespace

XmrChartGeometry xmrChartGeometry(const QRectF& rect, const analysis::XmrChart& xmr,
                                  const core::Node& measure, const XmrChartOptions& options) {
    const Series s = detail::makeSeries(xmr, measure, options.requireApproval);
    XmrChartGeometry g;
    std::tie(g.low, g.high) = valueRange(s);
    const QFontMetricsF fm(options.font);
    const detail::Ticks ticks = detail::niceTicks(g.low, g.high, 5);
    qreal axis = 0;
    for (double t : ticks.values)
        axis = std::max(axis, fm.horizontalAdvance(detail::number(t, ticks.step)));
    const qreal right = fm.horizontalAdvance(QStringLiteral("UNPL 00000.0")) + 6;
    const qreal top = fm.height() * 1.5; // the chart's title and the notes
    const qreal bottom = fm.height() + 6;
    const QRectF plots = rect.adjusted(axis + 8, top, -right, -bottom);
    if (options.movingRange) {
        const qreal gap = fm.height() * 1.4;
        const qreal mrHeight = std::max<qreal>(0, (plots.height() - gap) * 0.3);
        g.xPlot = QRectF(plots.left(), plots.top(), plots.width(), plots.height() - gap - mrHeight);
        g.mrPlot = QRectF(plots.left(), g.xPlot.bottom() + gap, plots.width(), mrHeight);
    } else {
        g.xPlot = plots;
    }
    long long first = LLONG_MAX, last = LLONG_MIN;
    auto takeDay = [&](const core::Date& d) {
        first = std::min(first, d.toDays());
        last = std::max(last, d.toDays());
    };
    for (const auto& p : s.points)
        takeDay(p.date);
    for (const auto& f : s.forecast)
        takeDay(f.first);
    if (first > last)
        first = last = 0;
    g.firstDay = first;
    g.lastDay = last > first ? last : first + 1;
    g.mrHigh = 1;
    double mrMax = 0;
    for (const auto& p : s.points)
        mrMax = std::max(mrMax, p.movingRange.value_or(0));
    for (const auto& seg : s.segments)
        if (seg.limits)
            mrMax = std::max(mrMax, seg.limits->url);
    if (mrMax > 0)
        g.mrHigh = mrMax * 1.1;
    for (const auto& p : s.points)
        g.points.emplace_back(g.xOf(p.date), g.yOf(p.value));
    return g;
}

void paintXmrChart(QPainter& painter, const QRectF& rect, const analysis::XmrChart& xmr,
                   const core::Node& measure, const XmrChartOptions& options) {
    const Series s = detail::makeSeries(xmr, measure, options.requireApproval);
    const XmrChartGeometry g = xmrChartGeometry(rect, xmr, measure, options);
    const detail::ChartPainter chart{painter, g, s, options.font};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    chart.frame(g.xPlot, g.low, g.high, QStringLiteral("Values"));
    chart.limits();
    chart.breaks();
    chart.target(measure.unit);
    chart.forecast();
    chart.values(options.selected);
    if (options.notes)
        chart.notes();
    chart.limitLabels();
    if (!g.mrPlot.isEmpty()) {
        chart.frame(g.mrPlot, 0, g.mrHigh, QStringLiteral("Moving range"));
        chart.movingRanges();
    }
    chart.dateAxis(g.mrPlot.isEmpty() ? g.xPlot : g.mrPlot, dateLabel);
    if (s.points.empty()) {
        painter.setPen(detail::kMuted);
        painter.setFont(options.font);
        painter.drawText(g.xPlot, Qt::AlignCenter, QStringLiteral("No values yet"));
    }
    painter.restore();
}

} // namespace sightline::render
