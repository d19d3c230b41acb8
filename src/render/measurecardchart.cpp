// The measure card's picture of its values (measurecardchart.h).
#include "measurecardchart.h"

#include "sightline/render/style.h"
#include "sightline/render/xmrchart.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace sightline::render::detail {

namespace {

QString monthYear(const core::Date& d) {
    return QLocale::c().toString(QDate(d.year(), d.month(), d.day()), QStringLiteral("MMM yyyy"));
}

bool hasLimits(const analysis::XmrChart& xmr) {
    return xmr.hasLimits();
}

} // namespace

void paintCardChart(QPainter& painter, const QRectF& band, const core::Node& measure,
                    const analysis::XmrChart& xmr, const core::Settings& settings, const Style& style) {
    const QFontMetricsF fm(style.smallFont);
    painter.setFont(style.smallFont);
    if (xmr.points.empty()) {
        painter.setPen(style.mutedText);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("no values yet"));
        return;
    }
    const core::Date latest = xmr.points.back().date;
    const QString date = monthYear(latest);
    const qreal dateWidth = fm.horizontalAdvance(date);
    // Room for the icons above the date; else (a long title left a thin band) all in one row.
    const bool stacked = band.height() >= fm.height() + 7;
    const qreal icon = std::min<qreal>(stacked ? band.height() - fm.height() : band.height(), 9);
    const qreal side = stacked ? std::max(dateWidth, 2 * icon + 1) : dateWidth + 2 * icon + 4;
    const QRectF spark(band.left(), band.top() + 0.5, band.width() - side - 3, band.height() - 1);
    paintXmrSparkline(painter, spark, xmr, measure, {24, settings.requireApproval});
    const qreal iconsRight = stacked ? band.right() : band.right() - dateWidth - 3;
    const qreal iconTop = stacked ? band.top() : band.center().y() - icon / 2;
    if (hasLimits(xmr)) {
        paintCapabilityIcon(painter, QRectF(iconsRight - icon, iconTop, icon, icon), xmr.summary.capability);
        paintVariationIcon(painter, QRectF(iconsRight - 2 * icon - 1, iconTop, icon, icon), xmr);
    } else if (stacked) {
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(band.right() - side, band.top(), side, icon),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("no limits"));
    }
    painter.setPen(style.mutedText);
    const qreal baseline = stacked ? band.bottom() - fm.descent() : band.center().y() + fm.ascent() / 2 - 0.5;
    painter.drawText(QPointF(band.right() - dateWidth, baseline), date);
}

QStringList cardSummary(const analysis::XmrChart& xmr, const QString& status, bool latestValueOnly) {
    QStringList lines{QStringLiteral("Status: %1").arg(status)};
    if (hasLimits(xmr))
        lines << QStringLiteral("Latest value: %1").arg(pointKindLabel(xmr.summary.variation))
              << QStringLiteral("Against the target: %1").arg(capabilityLabel(xmr.summary.capability));
    else if (latestValueOnly)
        lines << QStringLiteral("Too few values for limits: the latest value against the target");
    return lines;
}

} // namespace sightline::render::detail
