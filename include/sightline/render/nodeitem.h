#pragma once

#include "sightline/render/mapnodeitem.h"

#include <QColor>
#include <memory>

namespace sightline::render {

namespace detail {
struct TextBlock;
}

// An objective (a bubble in its team's colour; top goals filled and marked) or an initiative
// (a chevron-ended box). Measures have their own item, MeasureCardItem.
class NodeItem : public MapNodeItem {
public:
    NodeItem(MapScene& scene, core::NodeId id);
    ~NodeItem() override;

    enum { Type = QGraphicsItem::UserType + 1 };
    int type() const override { return Type; }

    void refresh() override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QPainterPath shape() const override;

private:
    void paintObjective(QPainter* painter, qreal lod) const;
    void paintInitiative(QPainter* painter, qreal lod) const;
    QPainterPath initiativePath() const;

    bool initiative_ = false;
    bool goal_ = false;
    QColor color_;
    std::unique_ptr<detail::TextBlock> title_;
    std::unique_ptr<detail::TextBlock> caption_; // owner / team, or status / due date
};

} // namespace sightline::render
