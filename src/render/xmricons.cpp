// Colours, words and icons of XmR point kinds and capability.
#include "sightline/render/xmrchart.h"
#include "xmrseries.h"

#include <QPainter>
#include <QPainterPath>

namespace sightline::render {

using analysis::Capability;
using analysis::PointKind;

QColor pointKindColour(PointKind kind) {
    switch (kind) {
    case PointKind::Improvement:
        return QColor(0x28, 0x9d, 0xe0);
    case PointKind::Concern:
        return QColor(0xe8, 0x8f, 0x00);
    case PointKind::Neutral:
        return QColor(0x6a, 0x1b, 0x9a);
    case PointKind::CommonCause:
        return QColor(0x7b, 0x7d, 0x7d);
    case PointKind::None:
        break;
    }
    return QColor(0xb0, 0xb8, 0xc2);
}

QString pointKindLabel(PointKind kind) {
    switch (kind) {
    case PointKind::Improvement:
        return QStringLiteral("Improvement");
    case PointKind::Concern:
        return QStringLiteral("Concern");
    case PointKind::Neutral:
        return QStringLiteral("Signal (neither better nor worse)");
    case PointKind::CommonCause:
        return QStringLiteral("Routine variation");
    case PointKind::None:
        break;
    }
    return QStringLiteral("No limits yet");
}

QString capabilityLabel(Capability capability) {
    switch (capability) {
    case Capability::ConsistentlyMeets:
        return QStringLiteral("Consistently meets the target");
    case Capability::HitAndMiss:
        return QStringLiteral("Hit and miss: the target lies within the limits");
    case Capability::ConsistentlyMisses:
        return QStringLiteral("Consistently misses the target");
    case Capability::Unknown:
        break;
    }
    return QStringLiteral("Capability unknown (no target or no limits)");
}

void paintVariationIcon(QPainter& painter, const QRectF& rect, const analysis::XmrChart& xmr) {
    const QRectF r =
        rect.adjusted(rect.width() * 0.05, rect.height() * 0.05, -rect.width() * 0.05, -rect.height() * 0.05);
    const PointKind kind = xmr.summary.variation;
    const qreal u = r.width() / 10.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (kind == PointKind::None) {
        painter.setPen(QPen(pointKindColour(kind), u, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(u / 2, u / 2, -u / 2, -u / 2));
        painter.restore();
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(pointKindColour(kind));
    painter.drawEllipse(r);
    const QPointF c = r.center();
    painter.setPen(QPen(Qt::white, 1.3 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const std::optional<bool> high = detail::latestSideHigh(xmr);
    if (kind == PointKind::CommonCause || !high) {
        QPainterPath wave(c + QPointF(-3.2 * u, 0.4 * u));
        wave.cubicTo(c + QPointF(-2 * u, -2.4 * u), c + QPointF(-0.6 * u, -2.4 * u), c + QPointF(0, 0));
        wave.cubicTo(c + QPointF(0.6 * u, 2.4 * u), c + QPointF(2 * u, 2.4 * u),
                     c + QPointF(3.2 * u, -0.4 * u));
        painter.drawPath(wave);
    } else {
        const qreal d = *high ? -1 : 1; // arrow up for a signal above the central line
        painter.drawLine(c + QPointF(0, 3 * u * -d), c + QPointF(0, 3 * u * d));
        painter.drawPolyline(QPolygonF({c + QPointF(-2.2 * u, d * -0.8 * u), c + QPointF(0, 3 * u * d),
                                        c + QPointF(2.2 * u, d * -0.8 * u)}));
    }
    painter.restore();
}

void paintCapabilityIcon(QPainter& painter, const QRectF& rect, Capability capability) {
    const qreal u = rect.width() / 10.0;
    const QRectF r = rect.adjusted(u, u, -u, -u);
    const QPointF c = r.center();
    QColor colour = pointKindColour(PointKind::CommonCause);
    if (capability == Capability::ConsistentlyMeets)
        colour = pointKindColour(PointKind::Improvement);
    else if (capability == Capability::ConsistentlyMisses)
        colour = pointKindColour(PointKind::Concern);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(colour, 1.4 * u, capability == Capability::Unknown ? Qt::DashLine : Qt::SolidLine));
    painter.drawEllipse(r);
    painter.setPen(QPen(colour, 1.3 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (capability) {
    case Capability::ConsistentlyMeets:
        painter.drawPolyline(QPolygonF(
            {c + QPointF(-2.2 * u, 0), c + QPointF(-0.6 * u, 1.8 * u), c + QPointF(2.4 * u, -1.8 * u)}));
        break;
    case Capability::ConsistentlyMisses:
        painter.drawLine(c + QPointF(-1.8 * u, -1.8 * u), c + QPointF(1.8 * u, 1.8 * u));
        painter.drawLine(c + QPointF(-1.8 * u, 1.8 * u), c + QPointF(1.8 * u, -1.8 * u));
        break;
    case Capability::HitAndMiss:
        painter.drawLine(c + QPointF(-2.2 * u, 0), c + QPointF(2.2 * u, 0));
        break;
    case Capability::Unknown:
        break;
    }
    painter.restore();
}

} // namespace sightline::render
