#include "sightline/editor/editcontroller.h"

#include "commands/additemscommand.h"
#include "commands/changeentitiescommand.h"
#include "commands/movenodescommand.h"
#include "commands/removeitemscommand.h"
#include "newnodeplacement.h"
#include "sightline/editor/document.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"

#include <QGraphicsItem>
#include <algorithm>
#include <cmath>

namespace sightline::editor {

using core::NodeId;
using core::NodeKind;

EditController::EditController(Document& document, render::MapScene& scene, QObject* parent)
    : QObject(parent), document_(document), scene_(scene) {}

QPointF EditController::snapped(QPointF p) const {
    if (!snap_)
        return p;
    const qreal g = scene_.style().gridSize;
    return {std::round(p.x() / g) * g, std::round(p.y() / g) * g};
}

std::optional<NodeId> EditController::createNode(NodeKind kind, QPointF pos, const QString& title) {
    core::Map& map = document_.map();
    core::Node node;
    node.id = map.newNodeId(kind);
    node.kind = kind;
    const QString label = render::kindLabel(map.properties().vocabulary, kind);
    node.title = (title.isEmpty() ? QStringLiteral("New %1").arg(label.toLower()) : title).toStdString();
    if (kind == NodeKind::Initiative)
        node.status = core::InitiativeStatus::Proposed;
    // The first result of a map is what everything else leads to: its top goal.
    node.goal = kind == NodeKind::Objective &&
                std::none_of(map.nodes().begin(), map.nodes().end(),
                             [](const core::Node& n) { return n.kind == NodeKind::Objective; });
    Additions add;
    add.view = document_.view();
    const QPointF p = snapped(placeFreeNode(scene_, node, pos));
    add.positions.emplace_back(node.id, core::Point{p.x(), p.y()});
    add.nodes.push_back(node);
    if (!document_.push(
            std::make_unique<AddItemsCommand>(map, std::move(add), tr("Add %1").arg(label.toLower()))))
        return std::nullopt;
    scene_.selectNodes({node.id});
    return node.id;
}

std::optional<core::LinkKind> EditController::defaultLinkKind(NodeKind from, NodeKind to) {
    if (from == NodeKind::Initiative)
        return to == NodeKind::Initiative ? std::nullopt : std::optional(core::LinkKind::Supports);
    if (to == NodeKind::Initiative)
        return std::nullopt;
    if (from == NodeKind::Measure && to == NodeKind::Objective)
        return core::LinkKind::Measures;
    return core::LinkKind::Drives;
}

std::optional<NodeId> EditController::createLinked(NodeKind kind, QPointF fallbackPos) {
    const std::vector<NodeId> selected = scene_.selectedNodeIds();
    core::Map& map = document_.map();
    const core::Node* anchor = selected.size() == 1 ? map.node(selected.front()) : nullptr;
    std::optional<core::LinkKind> linkKind;
    bool outward = true; // the new node is the link's `from`
    if (anchor) {
        linkKind = defaultLinkKind(kind, anchor->kind);
        if (!linkKind && (linkKind = defaultLinkKind(anchor->kind, kind)))
            outward = false;
    }
    if (!linkKind) {
        auto id = createNode(kind, fallbackPos);
        if (id)
            Q_EMIT editTitleRequested(*id);
        return id;
    }
    core::Node node;
    node.id = map.newNodeId(kind);
    node.kind = kind;
    node.team = anchor->team;
    node.perspective = anchor->perspective;
    core::Link link;
    link.id = map.newLinkId();
    link.kind = *linkKind;
    link.from = outward ? node.id : anchor->id;
    link.to = outward ? anchor->id : node.id;
    const QString label = render::kindLabel(map.properties().vocabulary, kind);
    return addPlaced(std::move(node), link, tr("Add linked %1").arg(label.toLower()));
}

std::optional<NodeId> EditController::addPlaced(core::Node node, std::optional<core::Link> link,
                                                const QString& text, std::optional<NodeId> besideOf) {
    core::Map& map = document_.map();
    if (node.kind == NodeKind::Initiative)
        node.status = core::InitiativeStatus::Proposed;
    const QString label = render::kindLabel(map.properties().vocabulary, node.kind);
    node.title = QStringLiteral("New %1").arg(label.toLower()).toStdString();
    // Next to what it links to, on a free spot; nothing else moves.
    const QPointF p =
        snapped(link ? placeNewNode(map, scene_, node, link) : placeFreeNode(scene_, node, {}, besideOf));
    Additions add;
    add.view = document_.view();
    add.nodes.push_back(node);
    if (link)
        add.links.push_back(*link);
    add.positions.emplace_back(node.id, core::Point{p.x(), p.y()});
    if (!document_.push(std::make_unique<AddItemsCommand>(map, std::move(add), text)))
        return std::nullopt;
    scene_.selectNodes({node.id});
    Q_EMIT editTitleRequested(node.id);
    return node.id;
}

void EditController::placeNodes(const std::vector<std::pair<NodeId, QPointF>>& positions, int gesture) {
    MoveNodesCommand::Positions to;
    for (const auto& [id, p] : positions) {
        const QPointF q = snapped(p);
        to.emplace_back(id, core::Point{q.x(), q.y()});
    }
    if (to.empty())
        return;
    if (!document_.push(std::make_unique<MoveNodesCommand>(document_.map(), document_.view(), std::move(to),
                                                           gesture, tr("Move"))))
        return; // refused: the document reported why
}

std::optional<core::LinkId> EditController::linkNodes(const NodeId& from, const NodeId& to) {
    core::Map& map = document_.map();
    const core::Node* a = map.node(from);
    const core::Node* b = map.node(to);
    if (!a || !b || from == to)
        return std::nullopt;
    const auto kind = defaultLinkKind(a->kind, b->kind);
    const core::Vocabulary v = map.properties().vocabulary;
    if (!kind) {
        Q_EMIT document_.errorOccurred(
            tr("A %1 cannot be linked to a %2.")
                .arg(render::kindLabel(v, a->kind).toLower(), render::kindLabel(v, b->kind).toLower()));
        return std::nullopt;
    }
    core::Link link;
    link.id = map.newLinkId();
    link.kind = *kind;
    link.from = from;
    link.to = to;
    Additions add;
    add.links.push_back(link);
    if (!document_.push(std::make_unique<AddItemsCommand>(map, std::move(add), tr("Draw link"))))
        return std::nullopt;
    return link.id;
}

bool EditController::setLinkKind(const core::LinkId& id, core::LinkKind kind) {
    const core::Link* l = document_.map().link(id);
    if (!l)
        return false;
    core::Link changed = *l;
    changed.kind = kind;
    changed.polarity = core::Polarity::Positive;
    changed.weight = 1.0;
    changed.aggregate = core::Aggregate::Sum;
    return bool(document_.push(std::make_unique<ChangeEntitiesCommand<core::Link>>(
        document_.map(), std::vector<core::Link>{changed}, tr("Change link kind"))));
}

bool EditController::renameNode(const NodeId& id, const QString& title) {
    const core::Node* n = document_.map().node(id);
    if (!n)
        return false;
    core::Node changed = *n;
    changed.title = title.toStdString();
    if (changed == *n)
        return true;
    return bool(document_.push(std::make_unique<ChangeEntitiesCommand<core::Node>>(
        document_.map(), std::vector<core::Node>{changed}, tr("Rename"))));
}

void EditController::deleteSelection() {
    std::vector<NodeId> nodes = scene_.selectedNodeIds();
    std::vector<core::LinkId> links = scene_.selectedLinkIds();
    if (nodes.empty() && links.empty())
        return;
    const QString text =
        nodes.empty() ? tr("Delete link") : tr("Delete %n item(s)", nullptr, static_cast<int>(nodes.size()));
    if (!document_.push(
            std::make_unique<RemoveItemsCommand>(document_.map(), std::move(nodes), std::move(links), text)))
        return; // refused: the document reported why
}

void EditController::moveSelection(QPointF delta, int gesture) {
    moveNodes(scene_.selectedNodeIds(), delta, gesture);
}

void EditController::moveNodes(const std::vector<NodeId>& ids, QPointF delta, int gesture) {
    MoveNodesCommand::Positions to;
    for (const NodeId& id : ids) {
        // Attached cards move with their bubble.
        if (!scene_.attachedTo(id).empty())
            continue;
        const QPointF p = scene_.placedPosition(id) + delta;
        to.emplace_back(id, core::Point{p.x(), p.y()});
    }
    if (to.empty())
        return;
    if (!document_.push(std::make_unique<MoveNodesCommand>(document_.map(), document_.view(), std::move(to),
                                                           gesture, tr("Move"))))
        return; // refused: the document reported why
}

void EditController::alignSelection(Align how) {
    std::vector<NodeId> ids;
    for (const NodeId& id : scene_.selectedNodeIds())
        if (scene_.attachedTo(id).empty())
            ids.push_back(id);
    if (ids.size() < 2)
        return;
    QRectF bounds;
    for (const NodeId& id : ids)
        bounds |= scene_.nodeItem(id)->mapRectToScene(scene_.nodeItem(id)->nodeRect());
    MoveNodesCommand::Positions to;
    for (const NodeId& id : ids) {
        const render::MapNodeItem* item = scene_.nodeItem(id);
        QPointF p = item->scenePos();
        const QSizeF s = item->size();
        switch (how) {
        case Align::Left:
            p.setX(bounds.left() + s.width() / 2);
            break;
        case Align::HCentre:
            p.setX(bounds.center().x());
            break;
        case Align::Right:
            p.setX(bounds.right() - s.width() / 2);
            break;
        case Align::Top:
            p.setY(bounds.top() + s.height() / 2);
            break;
        case Align::VCentre:
            p.setY(bounds.center().y());
            break;
        case Align::Bottom:
            p.setY(bounds.bottom() - s.height() / 2);
            break;
        }
        to.emplace_back(id, core::Point{p.x(), p.y()});
    }
    if (!document_.push(std::make_unique<MoveNodesCommand>(document_.map(), document_.view(), std::move(to),
                                                           newGesture(), tr("Align"))))
        return; // refused: the document reported why
}

void EditController::distributeSelection(Qt::Orientation orientation) {
    std::vector<std::pair<qreal, NodeId>> items;
    for (const NodeId& id : scene_.selectedNodeIds())
        if (scene_.attachedTo(id).empty()) {
            const QPointF p = scene_.placedPosition(id);
            items.emplace_back(orientation == Qt::Horizontal ? p.x() : p.y(), id);
        }
    if (items.size() < 3)
        return;
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const qreal first = items.front().first, last = items.back().first;
    const qreal step = (last - first) / static_cast<qreal>(items.size() - 1);
    MoveNodesCommand::Positions to;
    for (std::size_t i = 0; i < items.size(); ++i) {
        QPointF p = scene_.placedPosition(items[i].second);
        (orientation == Qt::Horizontal ? p.rx() : p.ry()) = first + step * static_cast<qreal>(i);
        to.emplace_back(items[i].second, core::Point{p.x(), p.y()});
    }
    if (!document_.push(std::make_unique<MoveNodesCommand>(document_.map(), document_.view(), std::move(to),
                                                           newGesture(), tr("Distribute"))))
        return; // refused: the document reported why
}

void EditController::selectAll() {
    for (QGraphicsItem* item : scene_.items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
}

} // namespace sightline::editor
