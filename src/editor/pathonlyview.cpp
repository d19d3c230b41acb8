#include "pathonlyview.h"

#include "icons.h"
#include "sightline/editor/canvasview.h"
#include "sightline/editor/workspace.h"
#include "sightline/export/mapfilters.h"
#include "sightline/layout/layout.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QAction>

namespace sightline::editor {

PathOnlyView::PathOnlyView(QObject* parent) : QObject(parent) {
    action_ = new QAction(icon(QStringLiteral("path-only")), tr("Path only"), this);
    action_->setObjectName(QStringLiteral("pathOnlyAction"));
    action_->setCheckable(true);
    action_->setEnabled(false);
    action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    action_->setToolTip(tr("Show only the focus's paths to the top goals, laid out on their own "
                           "(Ctrl+Shift+P); the map's own arrangement does not change"));
    action_->setStatusTip(tr("Only the line of sight in focus, as a compact hierarchy; nodes cannot be "
                             "moved while it shows"));
    again_.setSingleShot(true);
    again_.setInterval(0);
    connect(&again_, &QTimer::timeout, this, &PathOnlyView::arrange);
    connect(action_, &QAction::toggled, this, &PathOnlyView::onToggled);
}

PathOnlyView::~PathOnlyView() = default;

void PathOnlyView::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    if (shown_)
        restore(); // on the scene it arranged, before letting go of it
    for (const QMetaObject::Connection& c : std::as_const(connections_))
        disconnect(c);
    connections_.clear();
    again_.stop();
    workspace_ = workspace;
    canvas_ = canvas;
    {
        const QSignalBlocker blocker(action_);
        action_->setChecked(false);
    }
    if (workspace_) {
        render::MapScene* scene = &workspace_->scene();
        connections_ << connect(scene, &render::MapScene::highlightChanged, this,
                                &PathOnlyView::onFocusChanged);
        // An edit puts the items it touched back where the model has them: arrange again.
        connections_ << connect(scene, &render::MapScene::changesApplied, this, [this] {
            if (shown_)
                again_.start();
        });
    }
    onFocusChanged();
}

void PathOnlyView::onToggled(bool on) {
    if (on)
        arrange();
    else
        restore();
}

void PathOnlyView::onFocusChanged() {
    const bool sight = workspace_ && workspace_->scene().highlight().focus == render::FocusMode::LineOfSight;
    action_->setEnabled(sight);
    if (!sight) {
        action_->setChecked(false); // restores the whole map when it was shown
        return;
    }
    if (shown_)
        again_.start(); // another team, or the looks recomputed after edits
}

void PathOnlyView::arrange() {
    if (!workspace_ || !action_->isChecked())
        return;
    render::MapScene& scene = workspace_->scene();
    const core::Map& map = scene.map();
    // The scene's own looks of the focus (kept up to date with edits): the line of sight is
    // not traced again for every edit made while the path shows.
    const core::MapData part = exporting::pathOnlyMap(map.data(), scene.looks());
    if (part.nodes.size() == map.nodes().size() && !scene.looks().active()) {
        action_->setChecked(false); // nothing in focus: nothing to show on its own
        return;
    }
    const layout::LayoutResult laid = layout::layoutView(part, core::ViewKind::Hierarchy);
    const std::string focus = render::focusToString(scene.highlight());
    const bool refit = !shown_ || focus != focus_;
    focus_ = focus;
    kept_.clear();
    for (const core::Node& n : part.nodes)
        kept_.insert(n.id);
    for (const core::Node& n : map.nodes())
        if (render::MapNodeItem* item = scene.nodeItem(n.id))
            item->setVisible(kept_.count(n.id) > 0);
    for (const core::Link& l : map.links())
        if (render::LinkItem* item = scene.linkItem(l.id))
            item->setVisible(kept_.count(l.from) > 0 && kept_.count(l.to) > 0);
    scene.setGuidesVisible(false); // the view's rings or bands belong to the whole map's places
    std::vector<std::pair<core::NodeId, QPointF>> shown;
    shown.reserve(laid.positions.size());
    for (const auto& [id, p] : laid.positions)
        shown.emplace_back(id, QPointF(p.x, p.y));
    scene.showPositions(shown);
    shown_ = true;
    if (canvas_) {
        canvas_->setMovesLocked(true);
        if (refit)
            canvas_->fitFocus();
    }
    Q_EMIT arranged();
}

void PathOnlyView::restore() {
    again_.stop();
    if (!shown_)
        return;
    shown_ = false;
    kept_.clear();
    focus_.clear();
    if (workspace_) {
        render::MapScene& scene = workspace_->scene();
        for (const core::Node& n : scene.map().nodes())
            if (render::MapNodeItem* item = scene.nodeItem(n.id))
                item->setVisible(true);
        for (const core::Link& l : scene.map().links())
            if (render::LinkItem* item = scene.linkItem(l.id))
                item->setVisible(true);
        scene.setGuidesVisible(true);
        scene.resetShownPositions();
        if (canvas_) {
            canvas_->setMovesLocked(false);
            canvas_->fitFocus(); // back to the focus, where the whole map has it
        }
    }
    Q_EMIT arranged();
}

} // namespace sightline::editor
