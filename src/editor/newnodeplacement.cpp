#include "newnodeplacement.h"

#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QGraphicsItem>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_set>
#include <vector>

namespace sightline::editor {

namespace {

using render::MapNodeItem;

// Space kept between what is drawn and a new node's footprint.
constexpr qreal kClearance = 14.0;
// Rows and arcs tried before giving up on the view's logic (then: below everything).
constexpr int kRows = 40;
constexpr int kStepsPerRow = 48;

qreal reserveBelow(const render::Style& s) {
    return 2 * (s.measureSize.height() + s.cardGap);
}

MapNodeItem* topLevel(QGraphicsItem* item) {
    while (item && item->parentItem())
        item = item->parentItem();
    return dynamic_cast<MapNodeItem*>(item);
}

QRectF boxOf(const MapNodeItem* item) {
    return item->mapRectToScene(item->nodeRect());
}

QRectF footprintOf(const render::MapScene& scene, const MapNodeItem* item) {
    QRectF r = boxOf(item);
    for (QGraphicsItem* child : item->childItems())
        if (auto* card = dynamic_cast<MapNodeItem*>(child))
            r |= boxOf(card);
    const core::Node* n = scene.map().node(item->nodeId());
    if (n && n->kind == core::NodeKind::Objective)
        r.setBottom(std::max(r.bottom(), boxOf(item).bottom() + reserveBelow(scene.style())));
    return r;
}

// The footprint a new node of `size` centred at `c` will have.
QRectF newFootprint(const render::MapScene& scene, const core::Node& node, QPointF c) {
    const QSizeF s = scene.style().nodeSize(node);
    QRectF r(c.x() - s.width() / 2, c.y() - s.height() / 2, s.width(), s.height());
    if (node.kind == core::NodeKind::Objective)
        r.setBottom(r.bottom() + reserveBelow(scene.style()));
    return r;
}

class Space {
public:
    explicit Space(const render::MapScene& scene) : scene_(scene), reserve_(reserveBelow(scene.style())) {}

    bool isFree(const QRectF& footprint) const {
        // Results above reach down into the query with the room kept for their cards.
        const QRectF query =
            footprint.adjusted(-kClearance, -kClearance - reserve_ - 400, kClearance, kClearance);
        std::unordered_set<const MapNodeItem*> seen;
        for (QGraphicsItem* item : scene_.items(query, Qt::IntersectsItemBoundingRect)) {
            const MapNodeItem* top = topLevel(item);
            if (!top || !seen.insert(top).second)
                continue;
            if (footprintOf(scene_, top)
                    .adjusted(-kClearance, -kClearance, kClearance, kClearance)
                    .intersects(footprint))
                return false;
        }
        return true;
    }

private:
    const render::MapScene& scene_;
    qreal reserve_;
};

// Below everything drawn: always free.
QPointF belowEverything(const render::MapScene& scene, const core::Node& node, qreal x) {
    qreal bottom = 0;
    for (QGraphicsItem* item : scene.items())
        if (const MapNodeItem* top = topLevel(item))
            bottom = std::max(bottom, footprintOf(scene, top).bottom());
    const QSizeF s = scene.style().nodeSize(node);
    return {x, bottom + 2 * kClearance + s.height() / 2};
}

// Rows of candidates (layers, bands): row k at y0 + k * dy, along each row the spots nearest
// to x0 first, half a box apart.
std::optional<QPointF> searchRows(const render::MapScene& scene, const Space& space, const core::Node& node,
                                  QPointF start, qreal dy, int rows) {
    const QSizeF s = scene.style().nodeSize(node);
    const qreal dx = (s.width() + kClearance) / 2;
    for (int row = 0; row < rows; ++row) {
        const qreal y = start.y() + dy * row;
        for (int i = 0; i <= kStepsPerRow; ++i)
            for (int sign : {1, -1}) {
                if (i == 0 && sign < 0)
                    continue;
                const QPointF c(start.x() + sign * i * dx, y);
                if (space.isFree(newFootprint(scene, node, c)))
                    return c;
            }
    }
    return std::nullopt;
}

// Arcs around the centre of the rings: radius r0, then further out (or in), each arc from
// the wished angle outward on both sides.
std::optional<QPointF> searchRings(const render::MapScene& scene, const Space& space, const core::Node& node,
                                   QPointF centre, qreal r0, qreal angle0, qreal dr) {
    const QSizeF s = scene.style().nodeSize(node);
    for (int ring = 0; ring < kRows; ++ring) {
        const qreal r = std::max<qreal>(0, r0 + dr * ring);
        if (r < 1) {
            if (space.isFree(newFootprint(scene, node, centre)))
                return centre;
            continue;
        }
        const qreal step = std::min<qreal>(0.5, (s.width() / 2 + kClearance) / r);
        const int steps = static_cast<int>(std::numbers::pi / step);
        for (int i = 0; i <= steps; ++i)
            for (int sign : {1, -1}) {
                if (i == 0 && sign < 0)
                    continue;
                const qreal a = angle0 + sign * i * step;
                const QPointF c = centre + QPointF(std::cos(a), std::sin(a)) * r;
                if (space.isFree(newFootprint(scene, node, c)))
                    return c;
            }
    }
    return std::nullopt;
}

const layout::BandGuide* bandOf(const render::MapScene& scene, const core::Node& node) {
    for (const layout::BandGuide& b : scene.background().bands)
        if (b.perspective == node.perspective)
            return &b;
    return nullptr;
}

} // namespace

QRectF nodeFootprint(const render::MapScene& scene, const core::NodeId& id) {
    const MapNodeItem* item = scene.nodeItem(id);
    return item ? footprintOf(scene, item) : QRectF();
}

QPointF placeNewNode(const core::Map& map, const render::MapScene& scene, const core::Node& node,
                     const std::optional<core::Link>& link) {
    if (!link)
        return placeFreeNode(scene, node, QPointF());
    const bool cause = link->from == node.id; // the new node drives / measures / supports
    const core::NodeId otherId = cause ? link->to : link->from;
    const MapNodeItem* other = scene.nodeItem(otherId);
    const core::Node* otherNode = map.node(otherId);
    if (!other || !otherNode)
        return placeFreeNode(scene, node, QPointF());
    const Space space(scene);
    const QSizeF size = scene.style().nodeSize(node);
    const QPointF a = other->scenePos();
    const QRectF foot = footprintOf(scene, topLevel(const_cast<MapNodeItem*>(other)));
    const qreal gap = 2 * kClearance + 8;
    const qreal rowStep = size.height() + reserveBelow(scene.style()) + gap;

    // An initiative (or a result under an initiative) hangs right under what it links to.
    const bool hangs = link->kind == core::LinkKind::Supports || link->kind == core::LinkKind::Measures;
    if (hangs && scene.view() != core::ViewKind::Hierarchy) {
        const QPointF start(a.x(), cause ? foot.bottom() + kClearance + 1 + size.height() / 2
                                         : foot.top() - kClearance - 1 -
                                               newFootprint(scene, node, {}).height() + size.height() / 2);
        if (auto c = searchRows(scene, space, node, start, cause ? rowStep : -rowStep, kRows))
            return *c;
        return belowEverything(scene, node, a.x());
    }

    const layout::Background& bg = scene.background();
    if (scene.view() == core::ViewKind::Results && !bg.rings.empty()) {
        const QPointF centre(bg.centre.x, bg.centre.y);
        const QPointF v = a - centre;
        const qreal r = std::hypot(v.x(), v.y());
        qreal ring = bg.rings.size() >= 2 ? std::abs(bg.rings[1].radius - bg.rings[0].radius) : 0;
        ring = std::max<qreal>(ring, size.height() + reserveBelow(scene.style()) + 3 * gap);
        const qreal angle = r < 1 ? std::numbers::pi / 2 : std::atan2(v.y(), v.x());
        const qreal r0 = cause ? r + ring : std::max<qreal>(0, r - ring);
        if (auto c = searchRings(scene, space, node, centre, r0, angle, cause ? ring / 2 : -ring / 2))
            return *c;
        return belowEverything(scene, node, a.x());
    }

    // Layers (hierarchy) and bands (strategy): the row below a result drives it.
    const QPointF below(a.x(), foot.bottom() + gap + size.height() / 2);
    const QPointF above(a.x(), foot.top() - gap - newFootprint(scene, node, {}).height() + size.height() / 2);
    const QPointF start = cause ? below : above;
    if (scene.view() == core::ViewKind::Strategy)
        if (const layout::BandGuide* band = bandOf(scene, node)) {
            // Inside the band first: below / above, then beside the node it links to.
            for (QPointF row : {start, QPointF(a.x(), a.y())}) {
                const QRectF f = newFootprint(scene, node, row);
                if (f.top() < band->top || f.bottom() > band->bottom)
                    continue;
                if (auto c = searchRows(scene, space, node, row, 0, 1))
                    return *c;
            }
        }
    if (auto c = searchRows(scene, space, node, start, cause ? rowStep : -rowStep, kRows))
        return *c;
    return belowEverything(scene, node, a.x());
}

QPointF placeFreeNode(const render::MapScene& scene, const core::Node& node, QPointF wish,
                      const std::optional<core::NodeId>& besideOf) {
    const Space space(scene);
    QPointF start = wish;
    if (besideOf)
        if (const MapNodeItem* item = scene.nodeItem(*besideOf))
            start = item->scenePos();
    const QSizeF size = scene.style().nodeSize(node);
    const qreal rowStep = size.height() + reserveBelow(scene.style()) + 2 * kClearance + 8;
    // The wished row, then rows below and above it in turn.
    for (int k = 0; k < kRows; ++k) {
        const int row = (k + 1) / 2 * (k % 2 ? 1 : -1);
        if (auto c = searchRows(scene, space, node, start + QPointF(0, row * rowStep), 0, 1))
            return *c;
    }
    return belowEverything(scene, node, start.x());
}

QPointF freeGroupShift(const render::MapScene& scene,
                       const std::vector<std::pair<core::Node, QPointF>>& group) {
    const Space space(scene);
    auto fits = [&](QPointF shift) {
        return std::all_of(group.begin(), group.end(), [&](const auto& placed) {
            return space.isFree(newFootprint(scene, placed.first, placed.second + shift));
        });
    };
    // Rings of candidate shifts around no shift at all, nearest first.
    constexpr qreal kStep = 90;
    constexpr int kRings = 30;
    for (int ring = 0; ring <= kRings; ++ring) {
        const int spots = ring == 0 ? 1 : 8 * ring;
        for (int k = 0; k < spots; ++k) {
            const qreal angle = 2 * std::numbers::pi * k / spots;
            const QPointF shift(ring * kStep * std::cos(angle), ring * kStep * std::sin(angle));
            if (fits(shift))
                return shift;
        }
    }
    // Below everything drawn: always free.
    qreal top = 0, bottom = 0;
    bool first = true;
    for (const auto& [node, at] : group) {
        const QRectF r = newFootprint(scene, node, at);
        top = first ? r.top() : std::min(top, r.top());
        first = false;
    }
    for (QGraphicsItem* item : scene.items())
        if (const MapNodeItem* node = topLevel(item))
            bottom = std::max(bottom, footprintOf(scene, node).bottom());
    return {0, bottom + 2 * kClearance - top};
}

bool drawnBoxesOverlap(const render::MapScene& scene) {
    std::vector<QRectF> boxes;
    for (QGraphicsItem* item : scene.items())
        if (auto* n = dynamic_cast<MapNodeItem*>(item))
            boxes.push_back(boxOf(n));
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            if (boxes[i].intersects(boxes[j]))
                return true;
    return false;
}

} // namespace sightline::editor
