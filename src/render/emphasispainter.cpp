#include "emphasispainter.h"

#include "sightline/render/findingmarks.h"
#include "sightline/render/highlightlooks.h"
#include "sightline/render/legend.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>

namespace sightline::render {

namespace detail {

namespace {

QColor severityColour(analysis::Severity s) {
    switch (s) {
    case analysis::Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case analysis::Severity::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case analysis::Severity::Info:
        return QColor(0x1e, 0x88, 0xe5);
    }
    return QColor(0x1e, 0x88, 0xe5);
}

qreal haloWidth(const Look& look) {
    switch (look.emphasis) {
    case Emphasis::Focus:
    case Emphasis::Source:
        return 8;
    case Emphasis::Goal:
        return 7;
    case Emphasis::Path:
        return 6;
    default:
        return 3 + 5 * look.strength;
    }
}

} // namespace

void paintNodeOverlay(QPainter* painter, const MapNodeItem& item, qreal lod) {
    const MapScene& scene = item.mapScene();
    const QRectF r = item.nodeRect();
    const Look look = scene.looks().node(item.nodeId());
    if (look.standsOut()) {
        QColor c = emphasisColour(static_cast<int>(look.emphasis));
        c.setAlphaF(std::clamp(0.35f + 0.65f * look.strength, 0.0f, 1.0f));
        const qreal w = haloWidth(look);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        // Centred on the outline: half outside the node, within the item's bounding margin.
        painter->setPen(QPen(c, lod < scene.style().shapeLod ? std::max<qreal>(w, 2.0 / lod) : w));
        const qreal radius = std::min({r.width() / 2, r.height() / 2, r.height() * 0.3});
        painter->drawRoundedRect(r, radius, radius);
        painter->restore();
    }
    if (lod < scene.style().shapeLod || !scene.style().showFindingMarks)
        return;
    const auto& marks = scene.findingMarks();
    const auto it = marks.find(item.nodeId());
    if (it == marks.end() || it->second.count == 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal rad = 8;
    const QPointF centre(r.right() - 3, r.top() + 4.5);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(severityColour(it->second.severity));
    painter->drawEllipse(centre, rad, rad);
    QFont f = scene.style().smallFont;
    f.setBold(true);
    f.setPixelSize(11);
    painter->setFont(f);
    painter->setPen(Qt::white);
    const QString text = it->second.count > 9 ? QStringLiteral("9+") : QString::number(it->second.count);
    painter->drawText(QRectF(centre.x() - rad, centre.y() - rad, 2 * rad, 2 * rad), Qt::AlignCenter, text);
    painter->restore();
}

void paintLinkUnderlay(QPainter* painter, const MapScene& scene, const core::LinkId& id, const QLineF& line,
                       qreal width, qreal lod) {
    const Look look = scene.looks().link(id);
    if (!look.standsOut())
        return;
    QColor c = emphasisColour(static_cast<int>(look.emphasis));
    c.setAlphaF(std::clamp(0.30f + 0.45f * look.strength, 0.0f, 1.0f));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, lod >= scene.style().textLod);
    QPen pen(c, lod < scene.style().shapeLod ? std::max<qreal>(width + 8, 3.0 / lod) : width + 8);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->drawLine(line);
    painter->restore();
}

DashPen::DashPen(QPainter* painter, QPen pen) : painter_(painter), opacity_(painter->opacity()) {
    const QPaintEngine* engine = painter->paintEngine();
    if (opacity_ < 1 && pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen && engine &&
        engine->type() == QPaintEngine::Pdf) {
        const QColor c = pen.color();
        const qreal a = opacity_ * c.alphaF();
        pen.setColor(QColor::fromRgbF(static_cast<float>(1 - (1 - c.redF()) * a),
                                      static_cast<float>(1 - (1 - c.greenF()) * a),
                                      static_cast<float>(1 - (1 - c.blueF()) * a)));
        painter->setOpacity(1);
        restore_ = true;
    }
    painter->setPen(pen);
}

DashPen::~DashPen() {
    if (restore_)
        painter_->setOpacity(opacity_);
}

} // namespace detail
} // namespace sightline::render
