#include "sightline/export/exportscene.h"

#include "sightline/analysis/focus.h"
#include "sightline/analysis/lineofsight.h"
#include "sightline/analysis/mapindex.h"
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

constexpr qreal kFadedOpacity = 0.16;
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

bool ExportScene::setFocusTeam(const std::optional<core::TeamId>& team) {
    const core::MapData& d = map_->data();
    focusNodes_.clear();
    focusLinks_.clear();
    focusTeam_.reset();
    if (team) {
        const analysis::MapIndex index(d);
        const auto teamIndex = index.teamIndex(*team);
        if (!teamIndex) {
            setFocusTeam(std::nullopt);
            return false;
        }
        const analysis::LineOfSight sight(index);
        analysis::Focus focus = analysis::focusTeam(sight, *teamIndex);
        focusNodes_ = std::move(focus.nodes);
        focusLinks_ = std::move(focus.links);
        focusTeam_ = team;
    }
    const bool focused = !focusNodes_.empty();
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        if (render::MapNodeItem* item = scene_->nodeItem(d.nodes[i].id)) {
            // A card shows or fades on its own, whatever its bubble does.
            item->setFlag(QGraphicsItem::ItemIgnoresParentOpacity, focused);
            item->setOpacity(!focused || focusNodes_[i] ? 1.0 : kFadedOpacity);
        }
    for (std::size_t i = 0; i < d.links.size(); ++i)
        if (render::LinkItem* item = scene_->linkItem(d.links[i].id))
            item->setOpacity(!focused || focusLinks_[i] ? 1.0 : kFadedOpacity);
    return true;
}

bool ExportScene::shown(std::size_t nodeIndex) const {
    return focusNodes_.empty() || focusNodes_[nodeIndex];
}

QRectF ExportScene::mapBounds() const {
    return scene_->mapBounds();
}

QRectF ExportScene::contentBounds() const {
    if (focusNodes_.empty())
        return scene_->mapBounds();
    const core::MapData& d = map_->data();
    QRectF bounds;
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        if (focusNodes_[i])
            if (render::MapNodeItem* item = scene_->nodeItem(d.nodes[i].id))
                bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return scene_->mapBounds();
    const qreal pad = 40;
    return bounds.adjusted(-pad, -pad, pad, pad);
}

std::vector<core::TeamId> ExportScene::teamsShown(bool* noTeam, const QRectF* within) const {
    const core::MapData& d = map_->data();
    std::unordered_set<core::TeamId> used;
    bool none = false;
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        if (shown(i)) {
            if (within) {
                const render::MapNodeItem* item = scene_->nodeItem(d.nodes[i].id);
                if (!item || !item->sceneBoundingRect().intersects(*within))
                    continue;
            }
            if (d.nodes[i].team)
                used.insert(*d.nodes[i].team);
            else
                none = true;
        }
    if (noTeam)
        *noTeam = none;
    std::vector<core::TeamId> teams;
    for (const core::Team& t : d.teams)
        if (used.count(t.id))
            teams.push_back(t.id);
    return teams;
}

std::vector<bool> ExportScene::linkKindsShown(bool* negative) const {
    const core::MapData& d = map_->data();
    std::vector<bool> kinds(std::size(core::kAllLinkKinds), false);
    bool neg = false;
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        if (!focusLinks_.empty() && !focusLinks_[i])
            continue;
        const core::Link& l = d.links[i];
        kinds[static_cast<std::size_t>(l.kind)] = true;
        if (l.kind == core::LinkKind::Drives && l.polarity == core::Polarity::Negative)
            neg = true;
    }
    if (negative)
        *negative = neg;
    return kinds;
}

bool ExportScene::hasMeasuresShown() const {
    const core::MapData& d = map_->data();
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        if (shown(i) && d.nodes[i].kind == core::NodeKind::Measure)
            return true;
    return false;
}

bool ExportScene::hasInitiativesShown() const {
    const core::MapData& d = map_->data();
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        if (shown(i) && d.nodes[i].kind == core::NodeKind::Initiative)
            return true;
    return false;
}

void ExportScene::paint(QPainter& painter, const QRectF& target, const QRectF& source) {
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    scene_->render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace sightline::exporting
