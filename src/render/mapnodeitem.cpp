#include "sightline/render/mapnodeitem.h"

#include "sightline/render/itemtypes.h"
#include "sightline/render/mapscene.h"

#include <QPainter>
#include <cmath>

namespace sightline::render {

MapNodeItem::MapNodeItem(MapScene& scene, core::NodeId id) : scene_(scene), id_(std::move(id)) {
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(kNodeZ);
}

void MapNodeItem::setGeometry(QSizeF size, qreal cornerRadius) {
    if (size != size_ || cornerRadius != radius_) {
        prepareGeometryChange();
        size_ = size;
        radius_ = cornerRadius;
    }
}

QRectF MapNodeItem::boundingRect() const {
    const qreal m = 4 + scene_.style().handleRadius;
    return nodeRect().adjusted(-4, -4, m, 4);
}

QPainterPath MapNodeItem::shape() const {
    QPainterPath p;
    p.setFillRule(Qt::WindingFill); // the handle overlaps the edge: no hole where they meet
    p.addRoundedRect(nodeRect(), radius_, radius_);
    if (showHandle())
        p.addEllipse(handlePos(), scene_.style().handleRadius + 3, scene_.style().handleRadius + 3);
    return p;
}

QPointF MapNodeItem::outlinePoint(const QPointF& sceneTarget) const {
    const QPointF c = scenePos();
    QPointF d = sceneTarget - c;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 1e-9)
        return c;
    d /= len;
    const qreal hw = size_.width() / 2, hh = size_.height() / 2;
    // Exit of the ray from the rectangle.
    const qreal tx = std::abs(d.x()) > 1e-12 ? hw / std::abs(d.x()) : 1e18;
    const qreal ty = std::abs(d.y()) > 1e-12 ? hh / std::abs(d.y()) : 1e18;
    qreal t = std::min(tx, ty);
    const qreal r = std::min({radius_, hw, hh});
    QPointF p = d * t;
    // In a rounded corner: intersect with the corner's circle instead.
    if (r > 0 && std::abs(p.x()) > hw - r && std::abs(p.y()) > hh - r) {
        const QPointF cc(std::copysign(hw - r, d.x()), std::copysign(hh - r, d.y()));
        const qreal b = d.x() * cc.x() + d.y() * cc.y();
        const qreal disc = b * b - (cc.x() * cc.x() + cc.y() * cc.y() - r * r);
        if (disc >= 0)
            t = b + std::sqrt(disc);
        p = d * t;
    }
    return c + p;
}

bool MapNodeItem::isOnHandle(const QPointF& itemPos) const {
    const QPointF d = itemPos - handlePos();
    const qreal r = scene_.style().handleRadius + 4;
    return d.x() * d.x() + d.y() * d.y() <= r * r;
}

bool MapNodeItem::showHandle() const {
    return scene_.handlesVisible() && (hovered_ || isSelected());
}

void MapNodeItem::paintHandle(QPainter* painter) const {
    if (!showHandle())
        return;
    const Style& s = scene_.style();
    painter->setPen(QPen(s.selection, 1.2));
    painter->setBrush(Qt::white);
    painter->drawEllipse(handlePos(), s.handleRadius, s.handleRadius);
    painter->setPen(QPen(s.selection, 1.2, Qt::SolidLine, Qt::RoundCap));
    const qreal a = s.handleRadius * 0.45;
    painter->drawLine(handlePos() + QPointF(-a, 0), handlePos() + QPointF(a, 0));
    painter->drawLine(handlePos() + QPointF(0, -a), handlePos() + QPointF(0, a));
}

void MapNodeItem::paintSelection(QPainter* painter) const {
    if (!isSelected())
        return;
    painter->setPen(QPen(scene_.style().selection, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(nodeRect().adjusted(-2, -2, 2, 2), radius_ + 2, radius_ + 2);
}

void MapNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    hovered_ = true;
    prepareGeometryChange();
    update();
}

void MapNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    hovered_ = false;
    prepareGeometryChange();
    update();
}

QVariant MapNodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemParentChange)
        prepareGeometryChange(); // an orphan card's tag depends on having no parent
    if (change == ItemSelectedHasChanged) {
        prepareGeometryChange();
        if (!parentItem())
            setZValue(value.toBool() ? kSelectedNodeZ : kNodeZ);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace sightline::render
