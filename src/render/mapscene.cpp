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
    : MapScene(map, view, std::move(style), BuildProgress(), parent) {}

MapScene::MapScene(core::Map& map, core::ViewKind view, Style style, BuildProgress progress, QObject* parent)
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
    build(progress);
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

void MapScene::build(const BuildProgress& progress) {
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
    const std::size_t total = data.nodes.size() + data.links.size();
    std::size_t done = 0;
    // Every 2,000 items: tell the caller, who may stop the build.
    auto report = [&] {
        if (progress && ++done % 2000 == 0 && !progress(done, total))
            buildCancelled_ = true;
        return !buildCancelled_;
    };
    for (const core::Node& n : data.nodes) {
        createNodeItem(n);
        if (!report())
            return;
    }
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
        if (!report())
            return;
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
    if (style_.cardsAsDots) { // a row of status dots on the result's lower edge, from the right
        qreal x = parent->size().width() / 2 - 10 - style_.dotSize / 2;
        for (const NodeId& m : list)
            if (MapNodeItem* card = nodeItem(m)) {
                card->setPos(x, parent->size().height() / 2);
                x -= style_.dotSize + 3;
            }
        return;
    }
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

void MapScene::updateLinksAround(const std::unordered_set<NodeId>& nodes) {
    std::unordered_set<LinkItem*> done;
    for (const NodeId& id : nodes) {
        updateLinksOf(id, done);
        if (auto it = cards_.find(id); it != cards_.end())
            for (const NodeId& m : it->second)
                updateLinksOf(m, done);
    }
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

} // namespace sightline::render
