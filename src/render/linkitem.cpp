#include "sightline/render/linkitem.h"

#include "emphasispainter.h"
#include "sightline/render/itemtypes.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace sightline::render {

using core::LinkKind;

LinkItem::LinkItem(MapScene& scene, core::LinkId id) : scene_(scene), id_(std::move(id)) {
    setFlag(ItemIsSelectable);
    setZValue(kLinkZ);
    refresh();
}

void LinkItem::refresh() {
    const core::Link* l = scene_.map().link(id_);
    if (!l)
        return;
    const Style& s = scene_.style();
    kind_ = l->kind;
    negative_ = l->kind == LinkKind::Drives && l->polarity == core::Polarity::Negative;
    badge_.clear();
    switch (l->kind) {
    case LinkKind::Drives:
        width_ = 0.9 + 1.8 * l->weight;
        color_ = negative_ ? s.negativeLink : s.link;
        if (negative_)
            badge_ = QStringLiteral("−");
        break;
    case LinkKind::Measures:
        width_ = 0.9;
        color_ = s.cardBorder.darker(125);
        break;
    case LinkKind::Supports:
        width_ = 1.2;
        color_ = s.supportsLink;
        break;
    case LinkKind::Rollup:
        width_ = 1.5;
        color_ = s.rollupLink;
        switch (l->aggregate) {
        case core::Aggregate::Sum:
            badge_ = QStringLiteral("Σ");
            break;
        case core::Aggregate::Average:
            badge_ = QStringLiteral("avg");
            break;
        case core::Aggregate::Min:
            badge_ = QStringLiteral("min");
            break;
        case core::Aggregate::Max:
            badge_ = QStringLiteral("max");
            break;
        }
        break;
    }
    // What the link says, with its note, on hover.
    auto title = [&](const core::NodeId& id) {
        const core::Node* n = scene_.map().node(id);
        return QString::fromStdString(n ? n->title : id.str());
    };
    QString tip =
        negative_ ? QStringLiteral("Hurts: improving “%1” may worsen “%2”").arg(title(l->from), title(l->to))
                  : QStringLiteral("%1 → %2").arg(title(l->from), title(l->to));
    if (!l->note.empty())
        tip += QStringLiteral("\n") + QString::fromStdString(l->note);
    setToolTip(tip);
    updateGeometry();
    update();
}

void LinkItem::updateGeometry() {
    const core::Link* l = scene_.map().link(id_);
    if (!l)
        return;
    MapNodeItem* from = scene_.nodeItem(l->from);
    MapNodeItem* to = scene_.nodeItem(l->to);
    if (!from || !to)
        return;
    QLineF line;
    attached_ = l->kind == LinkKind::Measures && from->parentItem() == to;
    if (attached_) {
        // A short stem from the card's top edge up to the bubble or the card above.
        const QPointF top = from->scenePos() - QPointF(0, from->size().height() / 2);
        line = QLineF(top, top - QPointF(0, scene_.style().cardGap));
    } else {
        const QPointF a = from->scenePos(), b = to->scenePos();
        line = QLineF(from->outlinePoint(b), to->outlinePoint(a));
    }
    if (line != line_) {
        prepareGeometryChange();
        line_ = line;
    }
}

QRectF LinkItem::boundingRect() const {
    const qreal m = width_ + 16;
    return QRectF(line_.p1(), line_.p2()).normalized().adjusted(-m, -m, m, m);
}

QPainterPath LinkItem::shape() const {
    QPainterPath p(line_.p1());
    p.lineTo(line_.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(width_, 10));
    return stroker.createStroke(p);
}

QPen LinkItem::pen(qreal lod) const {
    QPen p(isSelected() ? scene_.style().selection : color_, width_);
    p.setCapStyle(Qt::FlatCap);
    if (lod < scene_.style().textLod)
        return p;
    if (negative_)
        p.setDashPattern({4, 2.5});
    else if (kind_ == LinkKind::Supports)
        p.setDashPattern({1, 2});
    return p;
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (line_.length() < 1)
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const Style& s = scene_.style();
    detail::paintLinkUnderlay(painter, scene_, id_, line_, width_, lod);
    if (lod < s.shapeLod) {
        QPen thin(isSelected() ? s.selection : color_, 0);
        painter->setPen(thin);
        painter->drawLine(line_);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod >= s.textLod);
    const bool arrow = !attached_ && kind_ != LinkKind::Measures;
    const QPointF dir = (line_.p2() - line_.p1()) / line_.length();
    const QPointF normal(-dir.y(), dir.x());
    const qreal head = 5 + width_ * 1.4;
    QLineF body = line_;
    if (arrow && line_.length() > head)
        body.setP2(line_.p2() - dir * head * 0.8);
    painter->setBrush(Qt::NoBrush);
    {
        const detail::DashPen dashes(painter, pen(lod));
        painter->drawLine(body);
    }
    const QColor c = isSelected() ? s.selection : color_;
    if (arrow) {
        QPolygonF tri;
        tri << line_.p2() << line_.p2() - dir * head + normal * head * 0.5
            << line_.p2() - dir * head - normal * head * 0.5;
        painter->setPen(Qt::NoPen);
        painter->setBrush(kind_ == LinkKind::Supports ? Qt::white : c);
        if (kind_ == LinkKind::Supports)
            painter->setPen(QPen(c, 1));
        painter->drawPolygon(tri);
    } else if (!attached_) {
        // A measure's link to a further objective ends in a dot.
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(line_.p2(), 2.5, 2.5);
    }
    if (!badge_.isEmpty() && lod >= s.textLod) {
        const QPointF mid = line_.pointAt(0.5);
        const qreal r = badge_.size() > 1 ? 8 : 6;
        painter->setPen(QPen(c, 1));
        painter->setBrush(Qt::white);
        painter->drawEllipse(mid, r, r);
        QFont f = s.smallFont;
        f.setBold(true);
        if (badge_.size() == 1)
            f.setPixelSize(f.pixelSize() + 2);
        painter->setFont(f);
        painter->setPen(c);
        painter->drawText(QRectF(mid.x() - r, mid.y() - r, 2 * r, 2 * r), Qt::AlignCenter, badge_);
    }
}

} // namespace sightline::render
