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
    const qreal side = std::max(fm.horizontalAdvance(date), band.height() * 1.1) + 2;
    const QRectF spark(band.left(), band.top() + 1, band.width() - side - 3, band.height() - 2);
    paintXmrSparkline(painter, spark, xmr, measure, {24, settings.requireApproval});
    const qreal icon = std::min(band.height() - fm.height(), (side - 2) / 2);
    const qreal right = band.right();
    if (hasLimits(xmr)) {
        paintCapabilityIcon(painter, QRectF(right - icon, band.top(), icon, icon), xmr.summary.capability);
        paintVariationIcon(painter, QRectF(right - 2 * icon - 1, band.top(), icon, icon), xmr);
    } else {
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(right - side, band.top(), side, icon), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("no limits"));
    }
    painter.setPen(style.mutedText);
    painter.drawText(QPointF(right - fm.horizontalAdvance(date), band.bottom() - fm.descent()), date);
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
