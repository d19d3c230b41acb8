#include "sightline/render/mapscene.h"

#include "sightline/layout/layout.h"
#include "sightline/render/backgrounditem.h"
#include "sightline/render/fallbackplacement.h"
#include "sightline/render/itemtypes.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/measurecarditem.h"
#include "sightline/render/nodeitem.h"

#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <type_traits>

namespace sightline::render {

using core::NodeId;
using core::NodeKind;

MapScene::MapScene(core::Map& map, core::ViewKind view, Style style, QObject* parent)
    : QGraphicsScene(parent), map_(map), view_(view), style_(std::move(style)) {
    setBackgroundBrush(style_.background);
    setItemIndexMethod(BspTreeIndex);
    background_ = new BackgroundItem;
    addItem(background_);
    backgroundTimer_.setSingleShot(true);
    connect(&backgroundTimer_, &QTimer::timeout, this, [this] {
        if (backgroundDirty_)
            refitBackground();
    });
    build();
    subscription_ = map_.subscribe([this](const core::ChangeSet& changes) { applyChanges(changes); });
}

MapScene::~MapScene() {
    map_.unsubscribe(subscription_);
    // Items read the style while leaving the scene: delete them while it still exists.
    clearMapItems();
}

void MapScene::setView(core::ViewKind view) {
    if (view == view_)
        return;
    view_ = view;
    clearMapItems();
    build();
    Q_EMIT changesApplied();
}

void MapScene::setStyle(Style style) {
    style_ = std::move(style);
    setBackgroundBrush(style_.background);
    clearMapItems();
    build();
    Q_EMIT changesApplied();
}

void MapScene::setHandlesVisible(bool visible) {
    handlesVisible_ = visible;
    update();
}

void MapScene::clearMapItems() {
    clearSelection();
    for (auto& [id, item] : links_)
        delete item;
    links_.clear();
    // Cards are children of bubbles: delete the top-level items only (they take their cards).
    std::vector<MapNodeItem*> topLevel;
    for (auto& [id, item] : nodes_)
        if (!item->parentItem())
            topLevel.push_back(item);
    for (MapNodeItem* item : topLevel)
        delete item;
    nodes_.clear();
    attachment_.clear();
    cards_.clear();
}

void MapScene::updateIndexDepth() {
    // A BSP tree deep enough for a few dozen items per leaf.
    const double n = static_cast<double>(nodes_.size() + links_.size()) + 1;
    setBspTreeDepth(std::clamp(static_cast<int>(std::ceil(std::log2(n / 32.0) / 2.0)) + 2, 3, 12));
}

void MapScene::build() {
    const core::MapData& data = map_.data();
    fallback_ = fallbackPlacement(data, view_, style_);
    // New nodes without a position go in a column right of everything.
    qreal right = 0, top = 0;
    bool first = true;
    auto extend = [&](const core::Point& p) {
        right = first ? p.x : std::max(right, p.x);
        top = first ? p.y : std::min(top, p.y);
        first = false;
    };
    for (const auto& [id, p] : fallback_)
        extend(p);
    for (const auto& [id, p] : map_.positions(view_))
        extend(p);
    nextFallback_ = {right + 2 * style_.objectiveSize.width(), top};

    setItemIndexMethod(NoIndex);
    nodes_.reserve(data.nodes.size());
    links_.reserve(data.links.size());
    for (const core::Node& n : data.nodes)
        createNodeItem(n);
    std::unordered_set<NodeId> restack;
    for (const core::Node& n : data.nodes)
        if (n.kind == NodeKind::Measure)
            if (NodeId o = computeAttachment(n.id); !o.empty())
                setAttachment(n.id, o, restack);
    for (const NodeId& o : restack)
        restackCards(o);
    for (const core::Link& l : data.links) {
        auto* item = new LinkItem(*this, l.id);
        links_.emplace(l.id, item);
        addItem(item);
    }
    setItemIndexMethod(BspTreeIndex);
    updateIndexDepth();
    refitBackground();
    const QRectF bounds = mapBounds();
    setSceneRect(bounds.adjusted(-2000, -2000, 2000, 2000));
    applyHighlight(false);
}

std::size_t MapScene::placementKey(const core::Node& node) {
    std::size_t h = std::hash<std::string>()(node.team ? node.team->str() : std::string());
    h = h * 31 + std::hash<std::string>()(node.perspective ? node.perspective->str() : std::string());
    return h * 31 + static_cast<std::size_t>(node.kind) * 2 + (node.goal ? 1 : 0);
}

MapNodeItem* MapScene::createNodeItem(const core::Node& node) {
    MapNodeItem* item = nullptr;
    if (node.kind == NodeKind::Measure)
        item = new MeasureCardItem(*this, node.id);
    else
        item = new NodeItem(*this, node.id);
    item->setPos(placedPosition(node.id));
    item->takePlacementKey(placementKey(node));
    nodes_[node.id] = item;
    addItem(item);
    return item;
}

MapNodeItem* MapScene::nodeItem(const NodeId& id) const {
    auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : it->second;
}

LinkItem* MapScene::linkItem(const core::LinkId& id) const {
    auto it = links_.find(id);
    return it == links_.end() ? nullptr : it->second;
}

QPointF MapScene::placedPosition(const NodeId& id) const {
    if (auto p = map_.position(view_, id))
        return {p->x, p->y};
    auto it = fallback_.find(id);
    if (it == fallback_.end()) {
        it = fallback_.emplace(id, nextFallback_).first;
        nextFallback_.y += style_.objectiveSize.height() + 40;
    }
    return {it->second.x, it->second.y};
}

QPointF MapScene::nodeCentre(const NodeId& id) const {
    if (MapNodeItem* item = nodeItem(id))
        return item->scenePos();
    return placedPosition(id);
}

NodeId MapScene::attachedTo(const NodeId& measure) const {
    auto it = attachment_.find(measure);
    return it == attachment_.end() ? NodeId() : it->second;
}

NodeId MapScene::computeAttachment(const NodeId& measure) const {
    const core::Node* n = map_.node(measure);
    if (!n || n->kind != NodeKind::Measure)
        return {};
    std::size_t best = SIZE_MAX;
    NodeId target;
    for (const core::LinkId& lid : map_.outLinks(measure)) {
        const core::Link* l = map_.link(lid);
        if (!l || l->kind != core::LinkKind::Measures)
            continue;
        const std::size_t index = *map_.linkIndex(lid);
        if (index < best && nodes_.count(l->to)) {
            best = index;
            target = l->to;
        }
    }
    return target;
}

void MapScene::setAttachment(const NodeId& measure, const NodeId& objective,
                             std::unordered_set<NodeId>& restack) {
    MapNodeItem* card = nodeItem(measure);
    if (!card)
        return;
    const NodeId old = attachedTo(measure);
    if (old == objective)
        return;
    if (!old.empty()) {
        auto& list = cards_[old];
        list.erase(std::remove(list.begin(), list.end(), measure), list.end());
        restack.insert(old);
        attachment_.erase(measure);
    }
    if (objective.empty()) {
        card->setParentItem(nullptr);
        card->setZValue(kNodeZ);
        card->setPos(placedPosition(measure));
        return;
    }
    MapNodeItem* parent = nodeItem(objective);
    attachment_[measure] = objective;
    cards_[objective].push_back(measure);
    card->setParentItem(parent);
    restack.insert(objective);
}

void MapScene::restackCards(const NodeId& objective) {
    auto it = cards_.find(objective);
    MapNodeItem* parent = nodeItem(objective);
    if (it == cards_.end() || !parent)
        return;
    auto& list = it->second;
    std::sort(list.begin(), list.end(), [this](const NodeId& a, const NodeId& b) {
        return map_.nodeIndex(a).value_or(0) < map_.nodeIndex(b).value_or(0);
    });
    qreal y = parent->size().height() / 2 + style_.cardGap;
    for (const NodeId& m : list) {
        MapNodeItem* card = nodeItem(m);
        if (!card)
            continue;
        card->setPos(0, y + card->size().height() / 2);
        y += card->size().height() + style_.cardGap;
    }
}

void MapScene::updateLinksOf(const NodeId& id, std::unordered_set<LinkItem*>& done) {
    auto touch = [&](const core::LinkId& lid) {
        if (LinkItem* item = linkItem(lid); item && done.insert(item).second)
            item->updateGeometry();
    };
    for (const core::LinkId& lid : map_.outLinks(id))
        touch(lid);
    for (const core::LinkId& lid : map_.inLinks(id))
        touch(lid);
}

void MapScene::deleteNodeItem(const NodeId& id, std::unordered_set<NodeId>& reattach,
                              std::unordered_set<NodeId>& restack) {
    MapNodeItem* item = nodeItem(id);
    if (!item)
        return;
    if (auto it = cards_.find(id); it != cards_.end()) {
        for (const NodeId& m : it->second) {
            if (MapNodeItem* card = nodeItem(m)) {
                card->setParentItem(nullptr);
                card->setPos(placedPosition(m));
            }
            attachment_.erase(m);
            reattach.insert(m);
        }
        cards_.erase(it);
    }
    if (NodeId parent = attachedTo(id); !parent.empty()) {
        auto& list = cards_[parent];
        list.erase(std::remove(list.begin(), list.end(), id), list.end());
        attachment_.erase(id);
        restack.insert(parent);
    }
    nodes_.erase(id);
    delete item;
}

void MapScene::applyChanges(const core::ChangeSet& changes) {
    std::unordered_set<NodeId> added, changed, moved, reattach, restack, removed;
    std::vector<core::LinkId> addedLinks, changedLinks;
    bool teams = false, people = false, all = false, perspectives = false;
    for (const core::ChangeEvent& event : changes.events) {
        std::visit(
            [&](const auto& e) {
                using E = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<E, core::change::NodeAdded>) {
                    added.insert(e.id);
                } else if constexpr (std::is_same_v<E, core::change::NodeChanged>) {
                    changed.insert(e.id);
                } else if constexpr (std::is_same_v<E, core::change::NodeRemoved>) {
                    removed.insert(e.id);
                    added.erase(e.id);
                    changed.erase(e.id);
                } else if constexpr (std::is_same_v<E, core::change::LinkAdded>) {
                    addedLinks.push_back(e.id);
                } else if constexpr (std::is_same_v<E, core::change::LinkChanged>) {
                    changedLinks.push_back(e.id);
                } else if constexpr (std::is_same_v<E, core::change::LinkRemoved>) {
                    if (auto it = links_.find(e.id); it != links_.end()) {
                        delete it->second;
                        links_.erase(it);
                    }
                    reattach.insert(e.from);
                } else if constexpr (std::is_same_v<E, core::change::PositionsChanged>) {
                    if (e.view == view_)
                        moved.insert(e.nodes.begin(), e.nodes.end());
                } else if constexpr (std::is_same_v<E, core::change::TeamAdded> ||
                                     std::is_same_v<E, core::change::TeamChanged> ||
                                     std::is_same_v<E, core::change::TeamRemoved>) {
                    teams = true;
                } else if constexpr (std::is_same_v<E, core::change::PersonAdded> ||
                                     std::is_same_v<E, core::change::PersonChanged> ||
                                     std::is_same_v<E, core::change::PersonRemoved>) {
                    people = true;
                } else if constexpr (std::is_same_v<E, core::change::PerspectiveAdded> ||
                                     std::is_same_v<E, core::change::PerspectiveChanged> ||
                                     std::is_same_v<E, core::change::PerspectiveRemoved>) {
                    perspectives = true;
                } else if constexpr (std::is_same_v<E, core::change::PropertiesChanged>) {
                    all = true; // the vocabulary changes labels
                }
            },
            event);
    }
    // Links removed above; now nodes that are gone (a node removed and re-added in one batch
    // is rebuilt).
    for (const NodeId& id : removed)
        deleteNodeItem(id, reattach, restack);
    std::unordered_set<NodeId> touched;
    bool placementChanged = false; // a node changed its team, perspective, kind or goal flag
    for (const NodeId& id : removed) {
        if (const core::Node* n = map_.node(id); n && !nodeItem(id)) {
            createNodeItem(*n);
            touched.insert(id);
            reattach.insert(id);
        }
    }
    for (const NodeId& id : added) {
        const core::Node* n = map_.node(id);
        if (!n)
            continue;
        if (!nodeItem(id))
            createNodeItem(*n);
        reattach.insert(id);
        touched.insert(id);
    }
    for (const NodeId& id : changed) {
        const core::Node* n = map_.node(id);
        MapNodeItem* item = nodeItem(id);
        if (!n || !item)
            continue;
        const bool isCard = item->type() == MeasureCardItem::Type;
        if (isCard != (n->kind == NodeKind::Measure)) {
            deleteNodeItem(id, reattach, restack);
            createNodeItem(*n);
            reattach.insert(id);
        } else {
            const QSizeF before = item->size();
            if (item->takePlacementKey(placementKey(*n)))
                placementChanged = true;
            item->refresh();
            if (item->size() != before)
                restack.insert(id);
        }
        touched.insert(id);
    }
    if (teams || people || all) {
        for (auto& [id, item] : nodes_) {
            const core::Node* n = map_.node(id);
            if (all || (teams && n->team) || (people && n->owner))
                item->refresh();
        }
    }
    for (const core::LinkId& id : addedLinks) {
        const core::Link* l = map_.link(id);
        if (!l || links_.count(id))
            continue;
        auto* item = new LinkItem(*this, id);
        links_.emplace(id, item);
        addItem(item);
        reattach.insert(l->from);
    }
    for (const core::LinkId& id : changedLinks) {
        if (LinkItem* item = linkItem(id)) {
            item->refresh();
            if (const core::Link* l = map_.link(id))
                reattach.insert(l->from);
        }
    }
    for (const NodeId& m : reattach) {
        const core::Node* n = map_.node(m);
        if (!n || n->kind != NodeKind::Measure || !nodeItem(m))
            continue;
        const NodeId target = computeAttachment(m);
        if (target != attachedTo(m)) {
            setAttachment(m, target, restack);
            touched.insert(m);
        }
    }
    for (const NodeId& id : moved) {
        MapNodeItem* item = nodeItem(id);
        if (item && !item->parentItem())
            item->setPos(placedPosition(id));
        touched.insert(id);
    }
    for (const NodeId& o : restack) {
        restackCards(o);
        touched.insert(o);
    }
    std::unordered_set<LinkItem*> done;
    for (const NodeId& id : touched) {
        updateLinksOf(id, done);
        if (auto it = cards_.find(id); it != cards_.end())
            for (const NodeId& m : it->second)
                updateLinksOf(m, done);
    }
    if (!added.empty() || !moved.empty()) {
        // Let the scene grow with the map (it never shrinks under the user's feet).
        QRectF r = sceneRect();
        for (const NodeId& id : touched)
            if (MapNodeItem* item = nodeItem(id))
                r |= item->sceneBoundingRect().adjusted(-1000, -1000, 1000, 1000);
        if (r != sceneRect())
            setSceneRect(r);
    }
    highlightAfterChanges();
    if (!added.empty() || !removed.empty() || !moved.empty() || placementChanged || teams || perspectives)
        scheduleBackground();
    Q_EMIT changesApplied();
}

const layout::Background& MapScene::background() const {
    if (backgroundDirty_)
        refitBackground();
    return background_->background();
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
    std::unordered_set<LinkItem*> done;
    for (const NodeId& id : touched) {
        updateLinksOf(id, done);
        if (auto it = cards_.find(id); it != cards_.end())
            for (const NodeId& m : it->second)
                updateLinksOf(m, done);
    }
}

void MapScene::resetShownPositions() {
    std::vector<std::pair<core::NodeId, QPointF>> back;
    back.reserve(nodes_.size());
    for (const auto& [id, item] : nodes_)
        if (!item->parentItem())
            back.emplace_back(id, placedPosition(id));
    showPositions(back);
}

std::vector<NodeId> MapScene::selectedNodeIds() const {
    std::vector<std::pair<std::size_t, NodeId>> ids;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == NodeItem::Type || item->type() == MeasureCardItem::Type) {
            const NodeId& id = static_cast<MapNodeItem*>(item)->nodeId();
            ids.emplace_back(map_.nodeIndex(id).value_or(0), id);
        }
    std::sort(ids.begin(), ids.end());
    std::vector<NodeId> out;
    for (auto& p : ids)
        out.push_back(p.second);
    return out;
}

std::vector<core::LinkId> MapScene::selectedLinkIds() const {
    std::vector<std::pair<std::size_t, core::LinkId>> ids;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == LinkItem::Type) {
            const core::LinkId& id = static_cast<LinkItem*>(item)->linkId();
            ids.emplace_back(map_.linkIndex(id).value_or(0), id);
        }
    std::sort(ids.begin(), ids.end());
    std::vector<core::LinkId> out;
    for (auto& p : ids)
        out.push_back(p.second);
    return out;
}

void MapScene::selectNodes(const std::vector<NodeId>& ids) {
    clearSelection();
    for (const NodeId& id : ids)
        if (MapNodeItem* item = nodeItem(id))
            item->setSelected(true);
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
