#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core uses
#include "sightline/core/map.h"
#include "sightline/layout/background.h"
#include "sightline/render/findingmarks.h"
#include "sightline/render/highlight.h"
#include "sightline/render/highlightlooks.h"
#include "sightline/render/legend.h"
#include "sightline/render/style.h"
#endif

#include <QGraphicsScene>
#include <QTimer>
#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sightline::render {

class BackgroundItem;
class MapNodeItem;
class LinkItem;

// The map drawn in one view: one item per node and per link, placed at the node's position in
// that view (or a fallback place when it has none; see fallbackplacement.h). Measures that
// measure an objective hang below its bubble as cards and move with it.
//
// The scene never changes the model. It subscribes to the Map's ChangeSets and updates only
// the items concerned. It contains no widgets, so it can be built headless for exports: the
// editor canvas and the exporters show the same scene. The Map must outlive the scene.
class MapScene : public QGraphicsScene {
    Q_OBJECT
public:
    // A map of more nodes than this is "big": whole-map work that follows edits (the
    // background guides here, the editor's overview) waits for a pause in the editing, and
    // the guides refit only after edits of 1% of the nodes or more.
    static constexpr std::size_t kBigMap = 5000;

    MapScene(core::Map& map, core::ViewKind view, Style style = Style(), QObject* parent = nullptr);
    // Reports building the items of a big map: called every few thousand items with the items
    // made so far and the total; returning false stops the build (the scene is then incomplete:
    // buildCancelled() is true and the scene must be discarded).
    using BuildProgress = std::function<bool(std::size_t done, std::size_t total)>;
    MapScene(core::Map& map, core::ViewKind view, Style style, BuildProgress progress,
             QObject* parent = nullptr);
    bool buildCancelled() const { return buildCancelled_; }
    ~MapScene() override;

    const core::Map& map() const { return map_; }
    core::ViewKind view() const { return view_; }
    void setView(core::ViewKind view);

    const Style& style() const { return style_; }
    void setStyle(Style style);

    // Link handles on hovered / selected nodes (the editor); off for exports.
    bool handlesVisible() const { return handlesVisible_; }
    void setHandlesVisible(bool visible);

    MapNodeItem* nodeItem(const core::NodeId& id) const;
    LinkItem* linkItem(const core::LinkId& id) const;

    // The centre of a node as drawn, in scene coordinates.
    QPointF nodeCentre(const core::NodeId& id) const;
    // Where a node stands when it is not an attached card: its position in this view, or its
    // fallback place.
    QPointF placedPosition(const core::NodeId& id) const;
    // The objective a measure's card hangs from; empty for orphan measures and other nodes.
    core::NodeId attachedTo(const core::NodeId& measure) const;

    // Selected nodes and links, in the map's order.
    std::vector<core::NodeId> selectedNodeIds() const;
    std::vector<core::LinkId> selectedLinkIds() const;
    void selectNodes(const std::vector<core::NodeId>& ids);

    // The bounding rectangle of everything drawn (the background guides included).
    QRectF mapBounds() const;

    // What is drawn behind the nodes: the view's guides fitted to where the nodes are now
    // (layout::fitBackground), refreshed shortly after every change that moves nodes.
    const layout::Background& background() const;
    // Draws those guides (the default) or not (the path-only view, whose places are its own).
    void setGuidesVisible(bool visible);

    // Shows nodes at other places than their positions without changing the model (e.g. a
    // layout animating into place); links follow. The next change of the model, or
    // resetShownPositions(), puts them back where the model says.
    void showPositions(const std::vector<std::pair<core::NodeId, QPointF>>& positions);
    void resetShownPositions();

    std::size_t nodeItemCount() const { return nodes_.size(); }
    std::size_t linkItemCount() const { return links_.size(); }

    // --- focus, colour mode, legend and finding markers (mapscenehighlight.cpp) ------------
    // The focus (line of sight, ripple) and colour mode the items draw; exports set the same.
    const Highlight& highlight() const { return highlight_; }
    // Applies at once: computes the looks from the analysis engine and updates every item.
    void setHighlight(Highlight highlight);
    // After edits the looks are recomputed once the edits pause; this does it now.
    void refreshHighlight();
    // How each node and link is drawn under the current focus.
    const HighlightLooks& looks() const { return looks_; }
    // What the colours and halos mean (colour mode, then focus), for the canvas and exports.
    Legend legend() const;
    // A node's bubble colour in the current colour mode.
    QColor nodeColour(const core::Node& node) const;
    // Markers for nodes named by open findings (the editor's live analysis; exports: optional).
    // Shared, so that a worker's result is handed over without copying; repaints what shows.
    void setFindingMarks(std::shared_ptr<const FindingMarks> marks);
    const FindingMarks& findingMarks() const;

Q_SIGNALS:
    // After the scene applied one ChangeSet of the model.
    void changesApplied();
    // After the focus or colour mode changed, or its looks were recomputed after edits.
    void highlightChanged();

protected:
    // Far away (a big map fitted into an image or the overview), on raster devices: draws the
    // map items without saving and restoring the painter for each one.
    void drawItems(QPainter* painter, int numItems, QGraphicsItem* items[],
                   const QStyleOptionGraphicsItem options[], QWidget* widget = nullptr) override;

private:
    void build(const BuildProgress& progress = {});
    void clearMapItems();
    void applyChanges(const core::ChangeSet& changes);
    MapNodeItem* createNodeItem(const core::Node& node);
    void deleteNodeItem(const core::NodeId& id, std::unordered_set<core::NodeId>& reattach,
                        std::unordered_set<core::NodeId>& restack);
    core::NodeId computeAttachment(const core::NodeId& measure) const;
    void setAttachment(const core::NodeId& measure, const core::NodeId& objective,
                       std::unordered_set<core::NodeId>& restack);
    void restackCards(const core::NodeId& objective);
    void updateLinksOf(const core::NodeId& id, std::unordered_set<LinkItem*>& done);
    // The links of these nodes and of the measure cards attached to them, each once.
    void updateLinksAround(const std::unordered_set<core::NodeId>& nodes);
    void updateIndexDepth();
    void applyHighlight(bool recolour);
    void highlightAfterChanges();
    void refitBackground() const;
    void scheduleBackground();
    static std::size_t placementKey(const core::Node& node);

    core::Map& map_;
    core::Map::Subscription subscription_ = 0;
    core::ViewKind view_;
    Style style_;
    bool handlesVisible_ = true;

    std::unordered_map<core::NodeId, MapNodeItem*> nodes_;
    std::unordered_map<core::LinkId, LinkItem*> links_;
    mutable std::unordered_map<core::NodeId, core::Point> fallback_;
    mutable core::Point nextFallback_;
    std::unordered_map<core::NodeId, core::NodeId> attachment_;         // measure -> objective
    std::unordered_map<core::NodeId, std::vector<core::NodeId>> cards_; // objective -> measures

    Highlight highlight_;
    HighlightLooks looks_;
    std::shared_ptr<const FindingMarks> marks_;
    QTimer highlightTimer_;
    BackgroundItem* background_ = nullptr;
    mutable bool backgroundDirty_ = false;
    bool buildCancelled_ = false;
    QTimer backgroundTimer_;
};

} // namespace sightline::render
