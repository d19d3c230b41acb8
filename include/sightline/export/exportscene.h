#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif
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

    // Line-of-sight focus on a team: its nodes and their paths to the top goals stand out,
    // everything else fades. nullopt: everything shows. Returns false for an unknown team.
    bool setFocusTeam(const std::optional<core::TeamId>& team);
    const std::optional<core::TeamId>& focusTeam() const { return focusTeam_; }

    // What an export shows: the whole map, or the focused nodes with a little room around.
    QRectF contentBounds() const;
    QRectF mapBounds() const;

    // The teams of the nodes shown (the focused ones under a focus; only those that reach into
    // `within`, in scene coordinates, when given), in map order; and whether nodes without a
    // team are among them.
    std::vector<core::TeamId> teamsShown(bool* noTeam = nullptr, const QRectF* within = nullptr) const;
    // Which link kinds the shown part of the map uses, indexed by core::LinkKind, plus
    // negative drives links.
    std::vector<bool> linkKindsShown(bool* negative = nullptr) const;
    bool hasMeasuresShown() const;
    bool hasInitiativesShown() const;

    // Draws `source` (scene coordinates) into `target` (painter coordinates).
    void paint(QPainter& painter, const QRectF& target, const QRectF& source);

private:
    bool shown(std::size_t nodeIndex) const;

    std::unique_ptr<core::Map> map_;
    core::ViewKind view_;
    std::size_t laidOut_ = 0;
    std::unique_ptr<render::MapScene> scene_;
    std::optional<core::TeamId> focusTeam_;
    std::vector<bool> focusNodes_; // per node index; empty: no focus
    std::vector<bool> focusLinks_;
};

// The Style exports draw with: the screen's style with every level of detail on and titles in
// full (nodes grow to hold them).
render::Style exportStyle();

} // namespace sightline::exporting
