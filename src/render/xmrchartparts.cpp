#include "xmrchartparts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sightline::render::detail {

Ticks niceTicks(double low, double high, int count) {
    Ticks t;
    const double span = high - low;
    if (!(span > 0) || !std::isfinite(span))
        return t;
    const double raw = span / std::max(1, count);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / mag;
    t.step = (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
    for (double v = std::ceil(low / t.step) * t.step; v <= high + t.step * 1e-9; v += t.step)
        t.values.push_back(std::abs(v) < t.step * 1e-9 ? 0.0 : v);
    return t;
}

QString number(double value, double step) {
    const int decimals = step >= 1 ? 0 : std::min(6, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
    return QString::number(value, 'f', decimals);
}

void drawPoint(QPainter& painter, QPointF at, qreal radius, const SeriesPoint& point) {
    const QColor colour = pointKindColour(point.kind);
    const qreal r = point.signal ? radius * 1.3 : radius;
    if (point.provisional) {
        painter.setPen(QPen(colour, std::max<qreal>(0.6, radius * 0.45)));
        painter.setBrush(Qt::white);
    } else {
        painter.setPen(QPen(Qt::white, std::max<qreal>(0.3, radius * 0.25)));
        painter.setBrush(colour);
    }
    painter.drawEllipse(at, r, r);
}

std::pair<qreal, qreal> ChartPainter::segmentSpan(std::size_t i) const {
    const SeriesSegment& seg = s.segments[i];
    const qreal left = i == 0 ? g.xPlot.left() : (g.points[seg.first - 1].x() + g.points[seg.first].x()) / 2;
    const qreal right =
        i + 1 == s.segments.size()
            ? g.xPlot.right()
            : (g.points[seg.first + seg.count - 1].x() + g.points[seg.first + seg.count].x()) / 2;
    return {left, right};
}

void ChartPainter::frame(const QRectF& plot, double low, double high, const QString& title) const {
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRect(plot);
    const QFontMetricsF fm(font);
    p.setFont(font);
    const Ticks ticks = niceTicks(low, high, plot.height() > fm.height() * 6 ? 5 : 2);
    for (double t : ticks.values) {
        const qreal y = plot.bottom() - plot.height() * (t - low) / (high - low);
        p.setPen(QPen(kGrid, 0.8 * scale()));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        const QString text = number(t, ticks.step);
        p.drawText(QPointF(plot.left() - 5 - fm.horizontalAdvance(text), y + fm.ascent() / 2 - 1), text);
    }
    p.setPen(QPen(kGrid.darker(115), 0.8 * scale()));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.setPen(kMuted);
    p.drawText(QPointF(plot.left(), plot.top() - fm.descent() - 2), title);
}

void ChartPainter::limits() const {
    const qreal w = scale();
    for (std::size_t i = 0; i < s.segments.size(); ++i) {
        const SeriesSegment& seg = s.segments[i];
        const auto [left, right] = segmentSpan(i);
        if (!seg.limits) {
            if (seg.count > 0 &&
                right - left > QFontMetricsF(font).horizontalAdvance(QStringLiteral("no limits"))) {
                p.setPen(kMuted);
                p.setFont(font);
                p.drawText(QRectF(left, g.xPlot.bottom() - QFontMetricsF(font).height() - 2, right - left,
                                  QFontMetricsF(font).height()),
                           Qt::AlignCenter, QStringLiteral("no limits"));
            }
            continue;
        }
        const SeriesLimits& l = *seg.limits;
        // Limits locked on the first values: solid over those, dashed beyond.
        qreal locked = right;
        if (l.baseline > 0 && l.baseline < seg.count)
            locked = (g.points[seg.first + l.baseline - 1].x() + g.points[seg.first + l.baseline].x()) / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(kBand);
        p.drawRect(QRectF(QPointF(left, g.yOf(l.unpl)), QPointF(right, g.yOf(l.lnpl))));
        auto line = [&](double v, const QColor& c, qreal width) {
            p.setPen(QPen(c, width, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(left, g.yOf(v)), QPointF(locked, g.yOf(v)));
            if (locked < right) {
                p.setPen(QPen(c, width, Qt::DashLine, Qt::FlatCap));
                p.drawLine(QPointF(locked, g.yOf(v)), QPointF(right, g.yOf(v)));
            }
        };
        line(l.unpl, kLimit, 1.1 * w);
        line(l.lnpl, kLimit, 1.1 * w);
        line(l.cl, kCentre, 1.4 * w);
    }
}

void ChartPainter::breaks() const {
    const QFontMetricsF fm(font);
    for (std::size_t i = 1; i < s.segments.size(); ++i) {
        const qreal x = segmentSpan(i).first;
        p.setPen(QPen(kMuted, scale(), Qt::DashLine));
        p.drawLine(QPointF(x, g.xPlot.top()), QPointF(x, g.xPlot.bottom()));
        if (!g.mrPlot.isEmpty())
            p.drawLine(QPointF(x, g.mrPlot.top()), QPointF(x, g.mrPlot.bottom()));
        p.setPen(kMuted);
        p.setFont(font);
        p.drawText(QPointF(x + 3, g.xPlot.top() + fm.ascent() * 2 + 4), QStringLiteral("new limits"));
    }
}

void ChartPainter::target(const std::string&) const {
    if (!s.target)
        return;
    p.setPen(QPen(kTarget, 1.3 * scale(), Qt::DashDotLine, Qt::FlatCap));
    const qreal y = g.yOf(*s.target);
    p.drawLine(QPointF(g.xPlot.left(), y), QPointF(g.xPlot.right(), y));
}

void ChartPainter::forecast() const {
    if (s.forecast.empty())
        return;
    QPainterPath path;
    for (std::size_t i = 0; i < s.forecast.size(); ++i) {
        const QPointF at(g.xOf(s.forecast[i].first), g.yOf(s.forecast[i].second));
        i == 0 ? path.moveTo(at) : path.lineTo(at);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kForecast, 1.4 * scale(), Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    const qreal r = 2.6 * scale();
    p.setPen(QPen(kForecast, scale()));
    p.setBrush(Qt::white);
    for (const auto& [date, value] : s.forecast) {
        const QPointF c(g.xOf(date), g.yOf(value));
        p.drawPolygon(
            QPolygonF({c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)}));
    }
}

void ChartPainter::values(std::optional<std::size_t> selected) const {
    if (g.points.empty())
        return;
    p.setPen(QPen(kLine, 1.2 * scale(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(g.points.data(), static_cast<int>(g.points.size()));
    const qreal r = 3.5 * scale();
    for (std::size_t i = 0; i < s.points.size(); ++i)
        drawPoint(p, g.points[i], r, s.points[i]);
    if (selected && *selected < g.points.size()) {
        p.setPen(QPen(kCentre, 1.5 * scale()));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(g.points[*selected], r * 2.2, r * 2.2);
    }
}

void ChartPainter::notes() const {
    const QFontMetricsF fm(font);
    std::vector<std::size_t> withNotes;
    for (std::size_t i = 0; i < s.points.size(); ++i)
        if (!s.points[i].note.isEmpty())
            withNotes.push_back(i);
    p.setFont(font);
    const qreal baseline = g.xPlot.top() - fm.descent() - 3;
    for (std::size_t k = 0; k < withNotes.size(); ++k) {
        const std::size_t i = withNotes[k];
        const QPointF at = g.points[i];
        p.setPen(QPen(kMuted, 0.8 * scale(), Qt::DotLine));
        p.drawLine(QPointF(at.x(), g.xPlot.top()), QPointF(at.x(), at.y() - 4 * scale()));
        const qreal next = k + 1 < withNotes.size() ? g.points[withNotes[k + 1]].x() : g.xPlot.right() + 40;
        const qreal room = std::min<qreal>(fm.averageCharWidth() * 28, next - at.x() - 6);
        p.setPen(kCentre);
        p.drawText(QPointF(at.x() - 2, baseline), fm.elidedText(QStringLiteral("✎ ") + s.points[i].note,
                                                                Qt::ElideRight, std::max<qreal>(room, 8)));
    }
}

namespace {

struct Label {
    qreal y;
    QString text;
    QColor colour;
};

// Right-margin labels at their values' heights, nudged apart so that none overlap.
void placeLabels(QPainter& p, std::vector<Label> labels, qreal x, const QRectF& plot, const QFont& font) {
    const QFontMetricsF fm(font);
    const qreal h = fm.height();
    std::sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.y < b.y; });
    for (std::size_t i = 1; i < labels.size(); ++i)
        labels[i].y = std::max(labels[i].y, labels[i - 1].y + h);
    if (!labels.empty() && labels.back().y > plot.bottom() + h / 2) {
        labels.back().y = plot.bottom() + h / 2;
        for (std::size_t i = labels.size() - 1; i-- > 0;)
            labels[i].y = std::min(labels[i].y, labels[i + 1].y - h);
    }
    p.setFont(font);
    for (const Label& l : labels) {
        p.setPen(l.colour);
        p.drawText(QPointF(x, l.y + fm.ascent() / 2 - 1), l.text);
    }
}

} // namespace

void ChartPainter::limitLabels() const {
    std::vector<Label> labels;
    const Ticks ticks = niceTicks(g.low, g.high, 5);
    const double step = ticks.step / 100;
    for (std::size_t i = s.segments.size(); i-- > 0;)
        if (const auto& l = s.segments[i].limits) {
            labels.push_back({g.yOf(l->unpl), QStringLiteral("UNPL ") + number(l->unpl, step), kLimit});
            labels.push_back({g.yOf(l->cl), QStringLiteral("CL ") + number(l->cl, step), kCentre});
            labels.push_back({g.yOf(l->lnpl), QStringLiteral("LNPL ") + number(l->lnpl, step), kLimit});
            break;
        }
    if (s.target)
        labels.push_back({g.yOf(*s.target), QStringLiteral("Target ") + number(*s.target, step), kTarget});
    placeLabels(p, std::move(labels), g.xPlot.right() + 4, g.xPlot, font);
}

void ChartPainter::movingRanges() const {
    const qreal w = scale();
    for (std::size_t i = 0; i < s.segments.size(); ++i) {
        const SeriesSegment& seg = s.segments[i];
        const auto [left, right] = segmentSpan(i);
        if (seg.limits) {
            p.setPen(QPen(kCentre, 1.2 * w, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(left, g.mrYOf(seg.limits->mrBar)), QPointF(right, g.mrYOf(seg.limits->mrBar)));
            p.setPen(QPen(kLimit, 1.1 * w, Qt::DashLine, Qt::FlatCap));
            p.drawLine(QPointF(left, g.mrYOf(seg.limits->url)), QPointF(right, g.mrYOf(seg.limits->url)));
        }
        QPolygonF line;
        for (std::size_t k = seg.first; k < seg.first + seg.count; ++k)
            if (s.points[k].movingRange)
                line << QPointF(g.points[k].x(), g.mrYOf(*s.points[k].movingRange));
        p.setPen(QPen(kLine, 1.1 * w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        p.setPen(Qt::NoPen);
        p.setBrush(pointKindColour(analysis::PointKind::CommonCause));
        for (const QPointF& at : line)
            p.drawEllipse(at, 2.0 * w, 2.0 * w);
    }
    std::vector<Label> labels;
    const double step = niceTicks(0, g.mrHigh, 3).step / 100;
    for (std::size_t i = s.segments.size(); i-- > 0;)
        if (const auto& l = s.segments[i].limits) {
            labels.push_back({g.mrYOf(l->url), QStringLiteral("URL ") + number(l->url, step), kLimit});
            labels.push_back({g.mrYOf(l->mrBar), QStringLiteral("mR̄ ") + number(l->mrBar, step), kCentre});
            break;
        }
    placeLabels(p, std::move(labels), g.mrPlot.right() + 4, g.mrPlot, font);
}

void ChartPainter::dateAxis(const QRectF& plot,
                            const std::function<QString(const core::Date&)>& label) const {
    const QFontMetricsF fm(font);
    std::vector<std::pair<qreal, core::Date>> dates;
    for (std::size_t i = 0; i < s.points.size(); ++i)
        dates.emplace_back(g.points[i].x(), s.points[i].date);
    for (const auto& f : s.forecast)
        if (s.points.empty() || f.first > s.points.back().date)
            dates.emplace_back(g.xOf(f.first), f.first);
    p.setFont(font);
    qreal lastRight = -1e9;
    for (const auto& [x, date] : dates) {
        const QString text = label(date);
        const qreal width = fm.horizontalAdvance(text);
        if (x - width / 2 < lastRight + 8 || x + width / 2 > plot.right() + 30)
            continue;
        p.setPen(QPen(kGrid.darker(130), 0.8 * scale()));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        p.setPen(kMuted);
        p.drawText(QPointF(x - width / 2, plot.bottom() + 4 + fm.ascent()), text);
        lastRight = x + width / 2;
    }
}

} // namespace sightline::render::detail
