#include "sightline/editor/viewcontroller.h"

#include "commands/layoutcommand.h"
#include "layoutrunner.h"
#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/preferences.h"
#include "sightline/editor/workspace.h"
#include "sightline/layout/layout.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"

#include <QAction>
#include <QEasingCurve>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVariantAnimation>

namespace sightline::editor {

namespace {

// More nodes without a position than this are left at the scene's fallback places (placing
// each one near its links costs a pass over the map).
constexpr std::size_t kMaxPlacedOnShow = 500;

QString settingsKey(const QString& path) {
    return QStringLiteral("views/") +
           QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

std::vector<std::pair<core::NodeId, std::optional<core::Point>>>
asChanges(const core::Map& map, const core::ViewPositions& positions) {
    std::vector<std::pair<core::NodeId, std::optional<core::Point>>> out;
    out.reserve(positions.size());
    for (const core::Node& n : map.nodes())
        if (auto it = positions.find(n.id); it != positions.end())
            out.emplace_back(n.id, it->second);
    return out;
}

} // namespace

ViewController::ViewController(QWidget* window, QStatusBar* statusBar)
    : QObject(window), runner_(std::make_unique<LayoutRunner>()) {
    layOut_ = new QAction(tr("&Lay out view"), this);
    layOut_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    layOut_->setStatusTip(tr("Arrange the whole view automatically (one undo step)"));
    tidy_ = new QAction(tr("&Tidy selection"), this);
    tidy_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    tidy_->setStatusTip(tr("Arrange the selected nodes only, leaving the rest where it is"));
    cancel_ = new QAction(tr("Cancel"), this);
    cancel_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel_->setShortcutContext(Qt::WindowShortcut);
    cancel_->setStatusTip(tr("Stop the layout; the map stays as it was"));
    cancel_->setEnabled(false);
    window->addAction(cancel_);
    groupTeams_ = new QAction(tr("&Group teams in the hierarchy"), this);
    groupTeams_->setCheckable(true);
    groupTeams_->setChecked(QSettings().value(Preferences::groupTeamsKey(), false).toBool());
    groupTeams_->setStatusTip(tr("Lay out the hierarchy with each team's nodes side by side in every layer "
                                 "(applies at the next Lay out)"));
    connect(groupTeams_, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(Preferences::groupTeamsKey(), on); });
    connect(layOut_, &QAction::triggered, this, [this] { layOut(); });
    connect(tidy_, &QAction::triggered, this, [this] { tidySelection(); });
    connect(cancel_, &QAction::triggered, this, &ViewController::cancelLayout);

    progressBox_ = new QWidget(window);
    auto* row = new QHBoxLayout(progressBox_);
    row->setContentsMargins(0, 0, 0, 0);
    progressLabel_ = new QLabel(progressBox_);
    progress_ = new QProgressBar(progressBox_);
    progress_->setRange(0, 100);
    progress_->setMaximumWidth(180);
    progress_->setMaximumHeight(16);
    auto* stop = new QToolButton(progressBox_);
    stop->setDefaultAction(cancel_);
    row->addWidget(progressLabel_);
    row->addWidget(progress_);
    row->addWidget(stop);
    progressBox_->hide();
    if (statusBar)
        statusBar->addPermanentWidget(progressBox_);
    // Short layouts finish before the bar would flicker into view.
    showProgress_ = new QTimer(this);
    showProgress_->setSingleShot(true);
    showProgress_->setInterval(150);
    connect(showProgress_, &QTimer::timeout, this, [this] { setProgressVisible(true); });
    updateActions();
}

ViewController::~ViewController() {
    runner_->stop();
}

bool ViewController::needsLayout(const core::Map& map, core::ViewKind view) {
    return !map.nodes().empty() && map.positions(view).empty();
}

core::ViewPositions ViewController::placeMissing(const core::Map& map, core::ViewKind view) {
    core::ViewPositions placed;
    const core::ViewPositions& own = map.positions(view);
    if (own.size() >= map.nodes().size() || map.nodes().size() - own.size() > kMaxPlacedOnShow)
        return placed;
    core::ViewPositions all = own;
    for (const core::Node& n : map.nodes())
        if (!all.count(n.id)) {
            const core::Point p = layout::placeNear(map.data(), view, all, n.id);
            all.emplace(n.id, p);
            placed.emplace(n.id, p);
        }
    return placed;
}

void ViewController::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    runner_->stop();
    if (animation_) {
        animation_->stop();
        delete animation_;
        animation_ = nullptr;
    }
    showProgress_->stop();
    setProgressVisible(false);
    workspace_ = workspace;
    canvas_ = canvas;
    if (workspace_) {
        Document& doc = workspace_->document();
        if (!doc.path().isEmpty()) {
            const QVariant v = QSettings().value(settingsKey(doc.path()));
            bool ok = false;
            const int kind = v.toInt(&ok);
            if (v.isValid() && ok && kind >= 0 && kind < static_cast<int>(core::kViewCount))
                doc.setView(static_cast<core::ViewKind>(kind));
        }
        prepareView();
    }
    updateActions();
}

void ViewController::showView(core::ViewKind view) {
    if (!workspace_)
        return;
    runner_->stop();
    if (animation_) {
        animation_->stop();
        delete animation_;
        animation_ = nullptr;
    }
    showProgress_->stop();
    setProgressVisible(false);
    workspace_->document().setView(view);
    rememberView();
    prepareView();
    if (canvas_)
        canvas_->fitMap();
    updateActions();
    Q_EMIT viewShown(view);
}

void ViewController::prepareView() {
    core::Map& map = workspace_->document().map();
    const core::ViewKind view = workspace_->document().view();
    if (needsLayout(map, view)) {
        run(Mode::Automatic);
        return;
    }
    const core::ViewPositions placed = placeMissing(map, view);
    if (!placed.empty())
        commit(Mode::Automatic, view, placed);
}

bool ViewController::layOut() {
    if (!workspace_ || busy() || workspace_->document().map().nodes().empty())
        return false;
    if (workspace_->document().isReadOnly()) {
        Q_EMIT workspace_->document().errorOccurred(tr("This map is open read-only: it cannot be changed."));
        return false;
    }
    return run(Mode::Command);
}

layout::LayoutOptions ViewController::layoutOptions() const {
    layout::LayoutOptions options;
    options.groupTeams = groupTeams_->isChecked();
    return options;
}

bool ViewController::run(Mode mode) {
    Document& doc = workspace_->document();
    const core::Map& map = doc.map();
    const core::ViewKind view = doc.view();
    if (map.nodes().size() <= synchronousLimit_) {
        layout::LayoutResult result = layout::layoutView(map.data(), view, layoutOptions());
        landResult(mode, view, std::move(result.positions));
        return true;
    }
    progressLabel_->setText(tr("Laying out the %1…").arg(render::viewLabel(view).toLower()));
    progress_->setValue(0);
    showProgress_->start();
    const bool started = runner_->start(
        map.snapshot(), view, layoutOptions(),
        [this](double f) { progress_->setValue(static_cast<int>(f * 100)); },
        [this, mode, view](layout::LayoutResult result) {
            showProgress_->stop();
            setProgressVisible(false);
            updateActions();
            if (result.cancelled || !workspace_) {
                if (workspace_)
                    Q_EMIT workspace_->document().errorOccurred(tr("Layout cancelled: nothing was moved."));
                Q_EMIT layoutFinished(false);
                return;
            }
            landResult(mode, view, std::move(result.positions));
        });
    updateActions();
    return started;
}

void ViewController::landResult(Mode mode, core::ViewKind view, core::ViewPositions positions) {
    if (!workspace_ || view != workspace_->document().view()) {
        Q_EMIT layoutFinished(false);
        return;
    }
    const bool animated = mode == Mode::Command && animationMs_ > 0 && positions.size() <= animationLimit_;
    if (animated)
        animate(mode, view, std::move(positions));
    else
        commit(mode, view, positions);
}

void ViewController::animate(Mode mode, core::ViewKind view, core::ViewPositions positions) {
    render::MapScene& scene = workspace_->scene();
    struct Move {
        core::NodeId id;
        QPointF from, to;
    };
    auto moves = std::make_shared<std::vector<Move>>();
    for (const core::Node& n : workspace_->document().map().nodes()) {
        auto it = positions.find(n.id);
        render::MapNodeItem* item = scene.nodeItem(n.id);
        if (it == positions.end() || !item || item->parentItem())
            continue;
        moves->push_back({n.id, item->pos(), QPointF(it->second.x, it->second.y)});
    }
    animation_ = new QVariantAnimation(this);
    animation_->setStartValue(0.0);
    animation_->setEndValue(1.0);
    animation_->setDuration(animationMs_);
    animation_->setEasingCurve(QEasingCurve::InOutCubic);
    connect(animation_, &QVariantAnimation::valueChanged, this, [this, moves](const QVariant& value) {
        const qreal t = value.toReal();
        std::vector<std::pair<core::NodeId, QPointF>> shown;
        shown.reserve(moves->size());
        for (const Move& m : *moves)
            shown.emplace_back(m.id, m.from + (m.to - m.from) * t);
        workspace_->scene().showPositions(shown);
    });
    connect(animation_, &QVariantAnimation::finished, this,
            [this, mode, view, positions = std::move(positions)] {
                animation_->deleteLater();
                animation_ = nullptr;
                commit(mode, view, positions);
                updateActions();
            });
    animation_->start();
    updateActions();
}

void ViewController::commit(Mode mode, core::ViewKind view, const core::ViewPositions& positions) {
    Document& doc = workspace_->document();
    core::Map& map = doc.map();
    bool applied = false;
    if (mode == Mode::Automatic) {
        if (doc.isReadOnly()) {
            // Shown, not stored: a read-only map is never changed.
            std::vector<std::pair<core::NodeId, QPointF>> shown;
            for (const auto& [id, p] : positions)
                shown.emplace_back(id, QPointF(p.x, p.y));
            workspace_->scene().showPositions(shown);
        } else {
            core::Map::Batch batch(map);
            applied = static_cast<bool>(map.setPositions(view, asChanges(map, positions)));
        }
    } else {
        applied = doc.push(std::make_unique<LayoutCommand>(
                               map, view, positions, tr("Lay out %1").arg(render::viewLabel(view).toLower())))
                      .ok();
        if (!applied)
            workspace_->scene().resetShownPositions();
    }
    if (canvas_ && mode == Mode::Automatic)
        canvas_->fitMap();
    Q_EMIT layoutFinished(applied);
}

void ViewController::cancelLayout() {
    runner_->cancel();
}

bool ViewController::tidySelection() {
    if (!workspace_ || busy())
        return false;
    Document& doc = workspace_->document();
    const std::vector<core::NodeId> selected = workspace_->scene().selectedNodeIds();
    if (selected.size() < 2) {
        Q_EMIT doc.errorOccurred(tr("Select two or more nodes to tidy."));
        return false;
    }
    const core::Map& map = doc.map();
    const core::ViewKind view = doc.view();
    core::ViewPositions positions = map.positions(view);
    for (const core::Node& n : map.nodes())
        if (!positions.count(n.id)) {
            const QPointF p = workspace_->scene().placedPosition(n.id);
            positions.emplace(n.id, core::Point{p.x(), p.y()});
        }
    const core::ViewPositions tidied = layout::tidySelection(map.data(), view, positions, selected);
    if (tidied.empty())
        return false;
    return doc.push(std::make_unique<LayoutCommand>(doc.map(), view, tidied, tr("Tidy selection"))).ok();
}

bool ViewController::busy() const {
    return runner_->busy() || animation_ != nullptr;
}

void ViewController::waitUntilIdle() {
    while (busy()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void ViewController::setProgressVisible(bool visible) {
    progressBox_->setVisible(visible);
}

void ViewController::updateActions() {
    const bool open = workspace_ != nullptr;
    const bool writable = open && !workspace_->document().isReadOnly();
    layOut_->setEnabled(writable && !busy());
    tidy_->setEnabled(writable && !busy());
    cancel_->setEnabled(runner_->busy());
}

void ViewController::rememberView() const {
    const Document& doc = workspace_->document();
    if (!doc.path().isEmpty())
        QSettings().setValue(settingsKey(doc.path()), static_cast<int>(doc.view()));
}

} // namespace sightline::editor
