#include "sightline/export/exportscene.h"

#include "sightline/layout/layout.h"
#include "sightline/render/fallbackplacement.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace sightline::exporting {

namespace {

// Above this many unplaced nodes (in a view that has some positions) the whole view is laid
// out again (in the export's copy) rather than placing each node near its neighbours.
constexpr std::size_t kPlaceNearLimit = 64;

// The boxes the render layer draws for a view's nodes, at positions scaled by k: bubbles with
// the cards of their measures stacked below, orphan measures and initiatives on their own.
struct DrawnBox {
    core::Point centre;
    double left, right, up, down; // extents from the centre
};

std::vector<DrawnBox> drawnBoxes(const core::MapData& data, const core::ViewPositions& positions,
                                 const render::Style& style) {
    std::unordered_map<core::NodeId, int> cards;
    std::unordered_set<core::NodeId> attached;
    for (const core::Node& n : data.nodes)
        if (n.kind == core::NodeKind::Measure)
            if (core::NodeId o = render::attachmentOf(data, n.id); !o.empty()) {
                ++cards[o];
                attached.insert(n.id);
            }
    std::vector<DrawnBox> boxes;
    boxes.reserve(data.nodes.size());
    for (const core::Node& n : data.nodes) {
        auto p = positions.find(n.id);
        if (p == positions.end() || attached.count(n.id))
            continue;
        const QSizeF size = style.nodeSize(n);
        double down = size.height() / 2;
        if (auto c = cards.find(n.id); c != cards.end())
            down += c->second * (style.measureSize.height() + style.cardGap);
        boxes.push_back({p->second, size.width() / 2, size.width() / 2, size.height() / 2, down});
    }
    return boxes;
}

// How many pairs of boxes overlap when the positions are scaled by k (a grid of cells, linear
// in the number of boxes for a spread-out map).
std::size_t overlapsAt(const std::vector<DrawnBox>& boxes, double k) {
    if (boxes.empty())
        return 0;
    double cell = 1;
    for (const DrawnBox& b : boxes)
        cell = std::max({cell, b.left + b.right, b.up + b.down});
    std::unordered_map<long long, std::vector<std::size_t>> grid;
    auto key = [](long long cx, long long cy) { return cx * 1000003LL + cy; };
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const DrawnBox& b = boxes[i];
        const double x = b.centre.x * k, y = b.centre.y * k;
        const auto cx = static_cast<long long>(std::floor(x / cell));
        const auto cy = static_cast<long long>(std::floor(y / cell));
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy) {
                auto it = grid.find(key(cx + dx, cy + dy));
                if (it == grid.end())
                    continue;
                for (std::size_t j : it->second) {
                    const DrawnBox& o = boxes[j];
                    const double ox = o.centre.x * k, oy = o.centre.y * k;
                    const bool apartX = x + b.right <= ox - o.left || ox + o.right <= x - b.left;
                    const bool apartY = y + b.down <= oy - o.up || oy + o.down <= y - b.up;
                    if (!apartX && !apartY)
                        ++overlaps;
                }
            }
        grid[key(cx, cy)].push_back(i);
    }
    return overlaps;
}

// The layout engine sizes boxes smaller than the render style draws them
// (layout/nodesize.h): the smallest spread of a fresh layout (positions times k) at which the
// drawn boxes overlap no more than they would at the largest spread. A no-op (k = 1) once
// both agree on sizes.
double spreadFor(const core::MapData& data, const core::ViewPositions& positions,
                 const render::Style& style) {
    const std::vector<DrawnBox> boxes = drawnBoxes(data, positions, style);
    constexpr double kMax = 3.0;
    const std::size_t best = overlapsAt(boxes, kMax);
    if (overlapsAt(boxes, 1.0) <= best)
        return 1.0;
    double lo = 1.0, hi = kMax;
    for (int i = 0; i < 12; ++i) {
        const double mid = (lo + hi) / 2;
        (overlapsAt(boxes, mid) <= best ? hi : lo) = mid;
    }
    return hi;
}

// Places the nodes that have no position in `view`: all of them by the layout engine when the
// view has none, else each near the nodes it links to. Returns how many were placed.
std::size_t layOutUnplaced(core::MapData& data, core::ViewKind view, const render::Style& style) {
    core::ViewPositions& positions = data.positionsOf(view);
    std::vector<core::NodeId> missing;
    for (const core::Node& n : data.nodes)
        if (!positions.count(n.id))
            missing.push_back(n.id);
    if (missing.empty())
        return 0;
    if (positions.empty() || missing.size() > kPlaceNearLimit) {
        // Lay out the whole view (this copy of it): mixing a fresh layout with old positions
        // would put nodes on top of each other.
        layout::LayoutResult result = layout::layoutView(data, view);
        if (result.cancelled)
            return 0;
        positions = std::move(result.positions);
        const double k = spreadFor(data, positions, style);
        for (auto& [id, p] : positions)
            p = {p.x * k, p.y * k};
        return missing.size();
    }
    for (const core::NodeId& id : missing)
        positions[id] = layout::placeNear(data, view, positions, id);
    return missing.size();
}

} // namespace

render::Style exportStyle() {
    render::Style s;
    s.textLod = 0;
    s.shapeLod = 0;
    s.fullTitles = true;
    // No ligatures: "fi" stays two letters, so the text of a PDF or SVG is found by search.
    for (QFont* f : {&s.titleFont, &s.goalFont, &s.smallFont, &s.cardTitleFont, &s.valueFont})
        f->setStyleStrategy(QFont::PreferNoShaping);
    return s;
}

ExportScene::ExportScene(core::MapData data, core::ViewKind view, bool layoutUnplaced) : view_(view) {
    const render::Style style = exportStyle();
    if (layoutUnplaced)
        laidOut_ = layOutUnplaced(data, view, style);
    map_ = std::make_unique<core::Map>(std::move(data));
    scene_ = std::make_unique<render::MapScene>(*map_, view, style);
    scene_->setHandlesVisible(false);
    scene_->setBackgroundBrush(Qt::NoBrush);
    scene_->clearSelection();
}

ExportScene::~ExportScene() {
    scene_.reset(); // before the map it listens to
}

const render::Style& ExportScene::style() const {
    return scene_->style();
}

bool ExportScene::setHighlight(const render::Highlight& highlight) {
    if (!(highlight == scene_->highlight()))
        scene_->setHighlight(highlight);
    return !scene_->looks().unknownTarget();
}

const render::Highlight& ExportScene::highlight() const {
    return scene_->highlight();
}

QRectF ExportScene::mapBounds() const {
    return scene_->mapBounds();
}

QRectF ExportScene::contentBounds() const {
    const render::HighlightLooks& looks = scene_->looks();
    if (!looks.active())
        return scene_->mapBounds();
    QRectF bounds;
    for (const auto& [id, look] : looks.nodes())
        if (look.standsOut())
            if (render::MapNodeItem* item = scene_->nodeItem(id))
                bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return scene_->mapBounds();
    const qreal pad = 40;
    return bounds.adjusted(-pad, -pad, pad, pad);
}

render::Legend ExportScene::legend(const QRectF* within) const {
    const core::MapData& d = map_->data();
    const render::HighlightLooks& looks = scene_->looks();
    render::LegendScope scope;
    scope.symbols = true;
    scope.nodes.assign(d.nodes.size(), false);
    scope.links.assign(d.links.size(), false);
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const render::MapNodeItem* item = scene_->nodeItem(d.nodes[i].id);
        scope.nodes[i] = item && looks.node(d.nodes[i].id).emphasis != render::Emphasis::Faded &&
                         (!within || item->sceneBoundingRect().intersects(*within));
    }
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        const render::LinkItem* item = scene_->linkItem(d.links[i].id);
        scope.links[i] = item && looks.link(d.links[i].id).emphasis != render::Emphasis::Faded &&
                         (!within || item->sceneBoundingRect().intersects(*within));
    }
    return render::buildLegend(*map_, scene_->highlight(), scene_->style(), scope);
}

void ExportScene::paint(QPainter& painter, const QRectF& target, const QRectF& source) {
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    scene_->render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace sightline::exporting
