#pragma once

#include "sightline/core/id.h"
#include "sightline/core/types.h"

#include <QColor>
#include <QGraphicsItem>

namespace sightline::render {

class MapScene;

// A link between two nodes, drawn by kind: `drives` as an arrow (negative polarity red and
// dashed with a minus badge, weight as thickness), `measures` as a short attachment,
// `supports` dotted, `rollup` with a sum badge. Holds only the link's id; the end points are
// re-read from the node items whenever either end moves.
class LinkItem : public QGraphicsItem {
public:
    LinkItem(MapScene& scene, core::LinkId id);

    enum { Type = QGraphicsItem::UserType + 3 };
    int type() const override { return Type; }

    const core::LinkId& linkId() const { return id_; }
    core::LinkKind kind() const { return kind_; }

    // Re-reads the link from the model and its end points from the node items.
    void refresh();
    void updateGeometry();

    QLineF line() const { return line_; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPen pen(qreal lod) const;

    MapScene& scene_;
    core::LinkId id_;
    core::LinkKind kind_ = core::LinkKind::Drives;
    bool negative_ = false;
    bool attached_ = false; // a measure card's link to the bubble it hangs from
    qreal width_ = 2;
    QColor color_;
    QString badge_; // "Σ", "−", "avg", ...
    QLineF line_;
};

} // namespace sightline::render
