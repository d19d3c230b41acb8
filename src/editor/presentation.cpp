#include "presentation.h"

#include "newnodeplacement.h"
#include "sightline/editor/canvasview.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/projectorstyle.h"

#include <QAction>
#include <QMainWindow>
#include <QScreen>
#include <QScrollBar>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace sightline::editor {

Presentation::Presentation(QMainWindow& window, InsightController& insight)
    : QObject(&window), window_(window), insight_(insight) {
    next_ = new QAction(tr("Next team"), this);
    next_->setShortcut(QKeySequence(Qt::Key_PageDown));
    next_->setStatusTip(tr("Presentation: the next team's line of sight"));
    previous_ = new QAction(tr("Previous team"), this);
    previous_->setShortcut(QKeySequence(Qt::Key_PageUp));
    previous_->setStatusTip(tr("Presentation: the previous team, or the whole map"));
    for (QAction* a : {next_, previous_}) {
        a->setEnabled(false);
        window.addAction(a);
    }
    connect(next_, &QAction::triggered, this, [this] { setStep(step_ + 1); });
    connect(previous_, &QAction::triggered, this, [this] { setStep(step_ - 1); });
}

void Presentation::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    if (active_ && !workspace)
        leave();
    workspace_ = workspace;
    canvas_ = canvas;
}

void Presentation::enter() {
    if (!workspace_ || !canvas_)
        return;
    active_ = true;
    step_ = -1;
    render::MapScene& scene = workspace_->scene();
    const QScreen* screen = window_.screen();
    const QSizeF size = screen ? QSizeF(screen->size()) : QSizeF(1920, 1080);
    const render::ProjectorFit projector = render::fitProjector(scene, size);
    titlePixels_ = projector.titlePixels;
    scene.setStyle(projector.style);
    whole_ = projector.nodesBounds;
    canvas_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    canvas_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    canvas_->setFitBounds([this] { return shownBounds(); });
    next_->setEnabled(true);
    previous_->setEnabled(true);
    fit();
}

void Presentation::leave() {
    if (!active_)
        return;
    active_ = false;
    next_->setEnabled(false);
    previous_->setEnabled(false);
    if (step_ >= 0)
        insight_.clearFocus();
    step_ = -1;
    if (workspace_)
        workspace_->scene().setStyle(render::Style());
    if (canvas_) {
        canvas_->setFitBounds({});
        canvas_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        canvas_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
}

std::vector<core::TeamId> Presentation::teams() const {
    std::vector<core::TeamId> out;
    if (!workspace_)
        return out;
    const core::Map& map = workspace_->scene().map();
    std::unordered_set<core::TeamId> withResults;
    for (const core::Node& n : map.nodes())
        if (n.kind == core::NodeKind::Objective && n.team)
            withResults.insert(*n.team);
    std::unordered_map<core::TeamId, int> level;
    auto levelOf = [&](const core::TeamId& id) {
        int depth = 0;
        std::optional<core::TeamId> t = id;
        while (t && depth < 64) {
            const core::Team* team = map.team(*t);
            t = team ? team->parent : std::nullopt;
            ++depth;
        }
        return depth;
    };
    for (const core::Team& t : map.teams())
        if (withResults.contains(t.id)) {
            out.push_back(t.id);
            level[t.id] = levelOf(t.id);
        }
    std::stable_sort(out.begin(), out.end(),
                     [&](const core::TeamId& a, const core::TeamId& b) { return level[a] < level[b]; });
    return out;
}

void Presentation::setStep(int step) {
    if (!active_ || !workspace_)
        return;
    const std::vector<core::TeamId> order = teams();
    step = std::clamp(step, -1, static_cast<int>(order.size()) - 1);
    step_ = step;
    if (step_ < 0)
        insight_.clearFocus();
    else
        insight_.focusTeam(order[static_cast<std::size_t>(step_)]);
    fit();
}

QRectF Presentation::shownBounds() const {
    if (!workspace_ || step_ < 0)
        return whole_;
    const render::MapScene& scene = workspace_->scene();
    QRectF r;
    for (const auto& [id, look] : scene.looks().nodes())
        if (const auto* item = scene.nodeItem(id))
            r |= item->sceneBoundingRect();
    if (r.isEmpty())
        return whole_;
    const qreal m = std::max(r.width(), r.height()) * 0.04;
    return r.adjusted(-m, -m, m, m);
}

void Presentation::fit() {
    if (canvas_)
        canvas_->fitMap();
}

} // namespace sightline::editor
