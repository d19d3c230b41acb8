#include "sightline/export/wholemappage.h"

#include "sightline/export/exportscene.h"
#include "sightline/export/legend.h"
#include "sightline/export/pagetext.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QPainter>
#include <algorithm>

namespace sightline::exporting {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
constexpr double kLabelWidth = 96; // points: a label's lines wrap at this width
constexpr int kLabelLevels = 2;    // team levels labelled (0: root teams) after the goals
constexpr double kGap = 1.5;       // between labels

} // namespace

WholeMapPage::WholeMapPage(ExportScene& scene, render::Highlight highlight, Setup setup)
    : MapPage(scene, std::move(highlight), std::move(setup)) {
    const MapTile& t = setup_.tile;
    scale_ = t.source.width() > 0 ? t.target.width() / t.source.width() : 1;
    if (scale_ * titlePixels(scene_.style()) < kReadablePoints)
        placeLabels();
}

void WholeMapPage::placeLabels() {
    const core::Map& map = scene_.map();
    const MapTile& t = setup_.tile;
    auto toPage = [&](const QPointF& p) {
        return QPointF(t.target.left() + (p.x() - t.source.left()) * scale_,
                       t.target.top() + (p.y() - t.source.top()) * scale_);
    };
    // The top goals first, then the results of each team level down to kLabelLevels.
    std::vector<std::pair<int, const core::Node*>> candidates;
    for (const core::Node& n : map.nodes()) {
        if (n.kind != core::NodeKind::Objective)
            continue;
        const int level = n.goal ? -1 : (n.team ? map.teamLevel(*n.team) : kLabelLevels);
        if (level < kLabelLevels)
            candidates.emplace_back(level, &n);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const QFont goalFont = pageFont(7, true), font = pageFont(6, true);
    const double pad = 1.5;
    for (const auto& [level, node] : candidates) {
        const render::MapNodeItem* item = scene_.scene().nodeItem(node->id);
        if (!item)
            continue;
        const QFont& f = node->goal ? goalFont : font;
        const FittedText text = fitText(QString::fromStdString(node->title), f, kLabelWidth, 0);
        double w = 0;
        for (const QString& line : text.lines)
            w = std::max(w, QFontMetricsF(f).horizontalAdvance(line));
        const QSizeF size(w + 2 * pad, text.height() + 2 * pad);
        const QRectF nodeBox(toPage(item->sceneBoundingRect().topLeft()),
                             toPage(item->sceneBoundingRect().bottomRight()));
        const QPointF c = toPage(item->scenePos());
        // Over the node, else just above, below, left or right of it.
        const QPointF offsets[] = {{0, 0},
                                   {0, -(nodeBox.height() + size.height()) / 2 - kGap},
                                   {0, (nodeBox.height() + size.height()) / 2 + kGap},
                                   {-(nodeBox.width() + size.width()) / 2 - kGap, 0},
                                   {(nodeBox.width() + size.width()) / 2 + kGap, 0}};
        for (const QPointF& o : offsets) {
            QRectF box(QPointF(0, 0), size);
            box.moveCenter(c + o);
            if (!t.target.contains(box))
                continue;
            const QRectF room = box.adjusted(-kGap, -kGap, kGap, kGap);
            if (std::any_of(labels_.begin(), labels_.end(),
                            [&](const PrintLabel& l) { return l.box.intersects(room); }))
                continue;
            labels_.push_back({node->id, box, text.lines, node->goal});
            break;
        }
    }
}

void WholeMapPage::paint(QPainter& painter, const PageNumber& number) {
    if (labels_.empty() && scale_ * titlePixels(scene_.style()) >= kReadablePoints) {
        MapPage::paint(painter, number);
        return;
    }
    scene_.setHighlight(highlight_);
    render::MapScene& scene = scene_.scene();
    // Too small to read: every node as an unlabelled shape, then the labels.
    std::vector<render::MapNodeItem*> items;
    for (const core::Node& n : scene_.map().nodes())
        if (render::MapNodeItem* item = scene.nodeItem(n.id)) {
            item->setLabelled(false);
            items.push_back(item);
        }
    const MapTile& tile = setup_.tile;
    scene_.paint(painter, tile.target, tile.source);
    for (render::MapNodeItem* item : items)
        item->setLabelled(true);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont goalFont = pageFont(7, true), font = pageFont(6, true);
    for (const PrintLabel& l : labels_) {
        const core::Node* n = scene_.map().node(l.node);
        const QColor colour = n ? scene.nodeColour(*n) : kInk;
        painter.setPen(QPen(colour, 0.8));
        painter.setBrush(l.goal ? colour : QColor(255, 255, 255, 235));
        painter.drawRoundedRect(l.box, 2.5, 2.5);
        painter.setPen(l.goal ? QColor(Qt::white) : kInk);
        drawLines(painter, l.lines, l.goal ? goalFont : font, l.box.left() + 1.5, l.box.top() + 1.5);
    }
    painter.restore();
    const render::Legend legend = setup_.legend ? scene_.legend() : render::Legend{};
    paintFooter(painter, setup_.frame.footer, legend, setup_.titleBlock ? &setup_.title : nullptr, number);
}

} // namespace sightline::exporting
