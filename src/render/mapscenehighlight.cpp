// MapScene's focus, colour mode and finding markers (highlight.h); the rest of MapScene is in
// mapscene.cpp.
#include "emphasispainter.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/nodecolours.h"

namespace sightline::render {

void MapScene::setHighlight(Highlight highlight) {
    const bool recolour = highlight.colour != highlight_.colour;
    highlight_ = std::move(highlight);
    highlightTimer_.stop();
    looks_ = HighlightLooks::compute(map_.data(), highlight_);
    applyHighlight(recolour);
    Q_EMIT highlightChanged();
}

Legend MapScene::legend() const {
    return buildLegend(map_, highlight_, style_);
}

QColor MapScene::nodeColour(const core::Node& node) const {
    return render::nodeColour(map_, node, highlight_.colour, style_);
}

void MapScene::setFindingMarks(std::shared_ptr<const FindingMarks> marks) {
    if (marks == marks_)
        return;
    marks_ = std::move(marks);
    update(); // only what is on screen is repainted
}

const FindingMarks& MapScene::findingMarks() const {
    static const FindingMarks kNone;
    return marks_ ? *marks_ : kNone;
}

void MapScene::applyHighlight(bool recolour) {
    for (auto& [id, item] : nodes_) {
        if (recolour)
            item->refresh();
        // Cards keep their own opacity when the bubble they hang from fades.
        item->setFlag(QGraphicsItem::ItemIgnoresParentOpacity, true);
        item->setOpacity(looks_.node(id).emphasis == Emphasis::Faded ? detail::kFadedOpacity : 1.0);
        item->update();
    }
    for (auto& [id, item] : links_) {
        item->setOpacity(looks_.link(id).emphasis == Emphasis::Faded ? detail::kFadedOpacity : 1.0);
        item->update();
    }
}

void MapScene::highlightAfterChanges() {
    // Focus and status colours depend on links and values anywhere upstream: recompute once
    // the edits pause, not on every keystroke.
    if (highlight_.active() || highlight_.colour != ColourMode::Team) {
        if (!highlightTimer_.isActive()) {
            highlightTimer_.setSingleShot(true);
            highlightTimer_.setInterval(150);
            connect(&highlightTimer_, &QTimer::timeout, this, &MapScene::refreshHighlight,
                    Qt::UniqueConnection);
        }
        highlightTimer_.start();
    }
}

void MapScene::refreshHighlight() {
    highlightTimer_.stop();
    looks_ = HighlightLooks::compute(map_.data(), highlight_);
    applyHighlight(highlight_.colour != ColourMode::Team);
    Q_EMIT highlightChanged();
}

} // namespace sightline::render
