#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif
#include "sightline/render/highlight.h"
#include "sightline/render/legend.h"
#include "sightline/render/style.h"

#include <QRectF>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace sightline::render {
class MapScene;
}

namespace sightline::exporting {

// The map drawn for an export: its own copy of the model and its own render::MapScene, never
// the editor's, so exporting changes neither the document nor the canvas. Everything is drawn
// at every scale (no level-of-detail shortcuts: text stays text at any size), without link
// handles, selection or background fill (the paper is the background).
class ExportScene {
public:
    // `layoutUnplaced`: nodes without a position in `view` are placed by the layout engine
    // first (the whole view when none has one); otherwise they stand where the canvas would
    // put them.
    ExportScene(core::MapData data, core::ViewKind view, bool layoutUnplaced);
    ~ExportScene();
    ExportScene(const ExportScene&) = delete;
    ExportScene& operator=(const ExportScene&) = delete;

    const core::Map& map() const { return *map_; }
    const core::MapData& data() const { return map_->data(); }
    core::ViewKind view() const { return view_; }
    render::MapScene& scene() { return *scene_; }
    const render::Style& style() const;

    // How many nodes the layout engine placed (0 when the view had every position).
    std::size_t laidOut() const { return laidOut_; }
    // How much the positions were spread (1: not at all) so that boxes grown to hold their
    // full titles do not overlap (see spreadFactor in src/export/spread.h).
    double spread() const { return spread_; }

    // The focus and colour mode drawn: the render layer's Highlight, set on this scene exactly
    // as the editor sets it on the canvas's, so the export fades and colours what the canvas
    // does. Returns false when the focus names a team or node the map does not have (then
    // nothing fades). Setting the value the scene already has costs nothing.
    bool setHighlight(const render::Highlight& highlight);
    const render::Highlight& highlight() const;

    // What an export shows: the whole map, or what stands out under the focus with a little
    // room around.
    QRectF contentBounds() const;
    QRectF mapBounds() const;

    // The legend of what a page shows (render::buildLegend): the colours of the nodes that
    // stand out (every node without a focus; only those reaching into `within`, in scene
    // coordinates, when given), the focus, and the key to the shapes and links drawn.
    render::Legend legend(const QRectF* within = nullptr) const;

    // Draws `source` (scene coordinates) into `target` (painter coordinates).
    void paint(QPainter& painter, const QRectF& target, const QRectF& source);

private:
    void build(core::MapData data, const render::Style& style);

    std::unique_ptr<core::Map> map_;
    core::ViewKind view_;
    std::size_t laidOut_ = 0;
    double spread_ = 1.0;
    std::unique_ptr<render::MapScene> scene_;
};

// The Style exports draw with: the screen's style with every level of detail on and titles in
// full (nodes grow to hold them).
render::Style exportStyle();

// The size of a result's title in scene points (the style's title font): a page that prints
// the map at scale s prints titles s times this.
double titlePixels(const render::Style& style);

} // namespace sightline::exporting
