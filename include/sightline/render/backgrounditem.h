#pragma once

#ifndef Q_MOC_RUN
#include "sightline/layout/background.h"
#endif

#include <QColor>
#include <QFont>
#include <QGraphicsItem>

namespace sightline::render {

// What a view shows behind its nodes (layout::Background): on a results map faint ring
// guides with their level labels, sector dividers and the divisions' names; on a strategy map
// the perspective bands with their titles at the left. Part of the scene, so exports show it
// too. It takes no mouse events: clicks and rubber bands go through to the canvas.
class BackgroundItem : public QGraphicsItem {
public:
    BackgroundItem();

    enum { Type = QGraphicsItem::UserType + 4 };
    int type() const override { return Type; }

    const layout::Background& background() const { return background_; }
    void setBackground(layout::Background background);

    QRectF boundingRect() const override { return bounds_; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintResults(QPainter* painter, qreal lod) const;
    void paintStrategy(QPainter* painter, qreal lod) const;
    qreal labelPixels() const;

    layout::Background background_;
    QRectF bounds_;
    QColor guide_{0x8a, 0x94, 0xa3, 70};
    QColor text_{0x5b, 0x65, 0x72, 190};
    QColor band_{0x5b, 0x65, 0x72, 14};
};

} // namespace sightline::render
