// MapScene's background guides, shown positions (layout animation), painting fast path and
// bounds; the rest of MapScene is in mapscene.cpp.
#include "sightline/layout/layout.h"
#include "sightline/render/backgrounditem.h"
#include "sightline/render/itemtypes.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/measurecarditem.h"
#include "sightline/render/nodeitem.h"

#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sightline::render {

using core::NodeId;

const layout::Background& MapScene::background() const {
    if (backgroundDirty_)
        refitBackground();
    return background_->background();
}

void MapScene::setGuidesVisible(bool visible) {
    background_->setVisible(visible);
}

void MapScene::scheduleBackground() {
    if (backgroundDirty_)
        return;
    backgroundDirty_ = true;
    // Many changes in a row (a drag, typing) refit once: on a big map only when the edits pause,
    // so that a refit (tens of milliseconds at 20,000 nodes) never lands between keystrokes.
    backgroundTimer_.start(nodes_.size() > kBigMap ? 400 : 0);
}

void MapScene::refitBackground() const {
    backgroundDirty_ = false;
    const core::ViewPositions& own = map_.positions(view_);
    if (view_ == core::ViewKind::Hierarchy) {
        background_->setBackground({});
        return;
    }
    layout::Background bg;
    if (own.size() >= map_.nodes().size()) {
        bg = layout::fitBackground(map_.data(), view_, own);
    } else {
        core::ViewPositions placed = own;
        for (const auto& [id, item] : nodes_)
            if (!placed.count(id)) {
                const QPointF p = item->scenePos();
                placed.emplace(id, core::Point{p.x(), p.y()});
            }
        bg = layout::fitBackground(map_.data(), view_, placed);
    }
    background_->setBackground(std::move(bg));
}

void MapScene::showPositions(const std::vector<std::pair<core::NodeId, QPointF>>& positions) {
    std::unordered_set<NodeId> touched;
    for (const auto& [id, p] : positions)
        if (MapNodeItem* item = nodeItem(id); item && !item->parentItem()) {
            item->setPos(p);
            touched.insert(id);
        }
    updateLinksAround(touched);
}

void MapScene::resetShownPositions() {
    std::vector<std::pair<core::NodeId, QPointF>> back;
    back.reserve(nodes_.size());
    for (const auto& [id, item] : nodes_)
        if (!item->parentItem())
            back.emplace_back(id, placedPosition(id));
    showPositions(back);
}

void MapScene::drawItems(QPainter* painter, int numItems, QGraphicsItem* items[],
                         const QStyleOptionGraphicsItem options[], QWidget* widget) {
    const QTransform view = painter->worldTransform();
    const int device = painter->device() ? painter->device()->devType() : 0;
    const bool raster =
        device == QInternal::Image || device == QInternal::Pixmap || device == QInternal::Widget;
    // Vector devices (PDF, SVG) and normal zoom keep Qt's careful per-item painting.
    if (!raster || QStyleOptionGraphicsItem::levelOfDetailFromTransform(view) >= style_.shapeLod) {
        QGraphicsScene::drawItems(painter, numItems, items, options, widget);
        return;
    }
    // Below shapeLod map items draw a plain box or a hairline and set their own pen and brush:
    // no save/restore per item (the bulk of the time on 20,000 nodes), no antialiasing.
    const bool antialiasing = painter->testRenderHint(QPainter::Antialiasing);
    const qreal opacity = painter->opacity();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < numItems; ++i) {
        QGraphicsItem* item = items[i];
        if (!item->isVisible())
            continue;
        const int type = item->type();
        const bool mapItem =
            type == NodeItem::Type || type == MeasureCardItem::Type || type == LinkItem::Type;
        if (!mapItem)
            painter->save();
        painter->setWorldTransform(item->sceneTransform() * view);
        painter->setOpacity(opacity * item->effectiveOpacity());
        item->paint(painter, &options[i], widget);
        if (!mapItem)
            painter->restore();
    }
    painter->setWorldTransform(view);
    painter->setOpacity(opacity);
    painter->setRenderHint(QPainter::Antialiasing, antialiasing);
}

QRectF MapScene::mapBounds() const {
    QRectF r;
    if (!nodes_.empty() && !background().empty())
        r = background_->mapRectToScene(background_->boundingRect());
    for (const auto& [id, item] : nodes_)
        if (!item->parentItem())
            r |= item->sceneBoundingRect();
    for (const auto& [id, items] : cards_)
        if (!items.empty())
            if (MapNodeItem* last = nodeItem(items.back()))
                r |= last->sceneBoundingRect();
    return r;
}

} // namespace sightline::render
