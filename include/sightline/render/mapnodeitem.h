#pragma once

#include "sightline/core/id.h"

#include <QGraphicsItem>
#include <cstddef>

namespace sightline::render {

class MapScene;

// The common part of every node's item: it holds only the node's id and re-reads the model
// in refresh(), which the scene calls when the model reports a change of the node.
class MapNodeItem : public QGraphicsItem {
public:
    MapNodeItem(MapScene& scene, core::NodeId id);

    const core::NodeId& nodeId() const { return id_; }
    MapScene& mapScene() const { return scene_; }

    // Re-reads the node (and its team, owner, ...) from the model.
    virtual void refresh() = 0;

    QSizeF size() const { return size_; }

    // Whether the item draws its text; on by default. A print of a whole big map turns it off
    // for nodes too small to read on paper (they stay as small unlabelled shapes).
    void setLabelled(bool labelled) { labelled_ = labelled; }
    bool labelled() const { return labelled_; }
    // The node's outline rectangle in item coordinates, centred on (0, 0).
    QRectF nodeRect() const {
        return {-size_.width() / 2, -size_.height() / 2, size_.width(), size_.height()};
    }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;

    // Where a straight line from the node's centre towards `sceneTarget` crosses its outline,
    // in scene coordinates (arrowheads land here).
    QPointF outlinePoint(const QPointF& sceneTarget) const;

    // The link handle on the right edge, in item coordinates; shown when hovered or selected.
    QPointF handlePos() const { return {size_.width() / 2, 0}; }
    bool isOnHandle(const QPointF& itemPos) const;

    // What the view's background guides depend on (kind, top goal, team, perspective), as a
    // hash; returns whether it differs from the last one taken.
    bool takePlacementKey(std::size_t key) {
        const bool changed = key != placementKey_;
        placementKey_ = key;
        return changed;
    }

protected:
    void setGeometry(QSizeF size, qreal cornerRadius);
    qreal cornerRadius() const { return radius_; }
    bool hovered() const { return hovered_; }
    bool showHandle() const;
    void paintHandle(QPainter* painter) const;
    void paintSelection(QPainter* painter) const;

    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    MapScene& scene_;
    core::NodeId id_;
    QSizeF size_{100, 50};
    qreal radius_ = 0;
    bool hovered_ = false;
    bool labelled_ = true;
    std::size_t placementKey_ = 0;
};

} // namespace sightline::render
