#include "sightline/export/exportscene.h"

#include "sightline/layout/layout.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "spread.h"

#include <QPainter>
#include <algorithm>

namespace sightline::exporting {

namespace {

// Above this many unplaced nodes (in a view that has some positions) the whole view is laid
// out again (in the export's copy) rather than placing each node near its neighbours.
constexpr std::size_t kPlaceNearLimit = 64;

// Places the nodes that have no position in `view`: all of them by the layout engine when the
// view has none, else each near the nodes it links to. Returns how many were placed.
std::size_t layOutUnplaced(core::MapData& data, core::ViewKind view) {
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

double titlePixels(const render::Style& style) {
    const QFont& font = style.titleFont;
    return font.pixelSize() > 0 ? font.pixelSize() : std::max(1.0, font.pointSizeF());
}

ExportScene::ExportScene(core::MapData data, core::ViewKind view, bool layoutUnplaced) : view_(view) {
    const render::Style style = exportStyle();
    if (layoutUnplaced)
        laidOut_ = layOutUnplaced(data, view);
    build(std::move(data), style);
    // Full titles make some boxes taller than the layout planned them: spread the positions
    // (this copy of them) until the drawn boxes overlap no more than they must.
    spread_ = map_->data().positionsOf(view).empty() ? 1.0 : spreadFactor(*scene_);
    if (spread_ > 1.0) {
        core::MapData spread = map_->data();
        for (auto& [id, p] : spread.positionsOf(view))
            p = {p.x * spread_, p.y * spread_};
        build(std::move(spread), style);
    }
}

void ExportScene::build(core::MapData data, const render::Style& style) {
    scene_.reset(); // before the map it listens to
    map_ = std::make_unique<core::Map>(std::move(data));
    scene_ = std::make_unique<render::MapScene>(*map_, view_, style);
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
