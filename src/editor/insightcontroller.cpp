#include "sightline/editor/insightcontroller.h"

#include "docks/findingsdock.h"
#include "docks/sightdock.h"
#include "icons.h"
#include "legendoverlay.h"
#include "live/analysisrunner.h"
#include "pathonlyview.h"
#include "quietmode.h"
#include "sightline/core/changevisitor.h"
#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/findingmarks.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "teamboxdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <algorithm>
#include <unordered_set>

namespace sightline::editor {

using render::ColourMode;
using render::Highlight;

namespace {

// "Operations › Maintenance & Reliability": a team with its parents, for lists and tooltips.
QString teamPath(const core::Map& map, const core::Team& team) {
    QStringList path{QString::fromStdString(team.name)};
    std::optional<core::TeamId> parent = team.parent;
    for (int depth = 0; parent && depth < 64; ++depth) {
        const core::Team* p = map.team(*parent);
        if (!p)
            break;
        path.prepend(QString::fromStdString(p->name));
        parent = p->parent;
    }
    return path.join(QStringLiteral(" › "));
}

} // namespace

InsightController::InsightController(QMainWindow& window) : QObject(&window), window_(window) {
    findings_ = new FindingsDock(&window);
    sight_ = new SightDock(&window);
    window.addDockWidget(Qt::BottomDockWidgetArea, findings_);
    window.addDockWidget(Qt::RightDockWidgetArea, sight_);
    window.resizeDocks({findings_}, {230}, Qt::Vertical);

    toolbar_ = new QToolBar(tr("Focus"), &window);
    toolbar_->setObjectName(QStringLiteral("focusToolBar"));
    toolbar_->setMovable(false);
    toolbar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar_->addWidget(new QLabel(tr(" Line of sight: "), toolbar_));
    teamBox_ = new QComboBox(toolbar_);
    teamBox_->setObjectName(QStringLiteral("teamBox"));
    teamBox_->setMinimumContentsLength(18);
    teamBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    teamBox_->setToolTip(tr("Pick a team: its paths to the top goals stand out, the rest fades"));
    teamBox_->setItemDelegate(new TeamBoxDelegate(teamBox_));
    toolbar_->addWidget(teamBox_);
    teamFind_ = new QLineEdit(toolbar_);
    teamFind_->setObjectName(QStringLiteral("teamFinder"));
    teamFind_->setPlaceholderText(tr("Find a team…"));
    teamFind_->setClearButtonEnabled(true);
    teamFind_->setMaximumWidth(220);
    teamFind_->setToolTip(tr("Type part of a team's name, or of a division's: the matching teams are listed "
                             "with their parents; choose one to see its line of sight"));
    teamModel_ = new QStandardItemModel(this);
    teamCompleter_ = new QCompleter(teamModel_, teamFind_);
    teamCompleter_->setCaseSensitivity(Qt::CaseInsensitive);
    teamCompleter_->setFilterMode(Qt::MatchContains);
    teamCompleter_->setCompletionMode(QCompleter::PopupCompletion);
    teamCompleter_->setMaxVisibleItems(16);
    teamFind_->setCompleter(teamCompleter_);
    toolbar_->addWidget(teamFind_);
    connect(teamCompleter_, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString id = index.data(Qt::UserRole).toString();
                if (!id.isEmpty() && workspace_)
                    focusTeam(core::TeamId(id.toStdString()));
                QTimer::singleShot(0, teamFind_, &QLineEdit::clear);
            });
    ripple_ = toolbar_->addAction(icon(QStringLiteral("ripple")), tr("Ripple"));
    ripple_->setObjectName(QStringLiteral("rippleAction"));
    ripple_->setToolTip(tr("What improving the selected node affects downstream, to the top goals"));
    clear_ = toolbar_->addAction(icon(QStringLiteral("clear-focus")), tr("Clear focus"));
    clear_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    clear_->setStatusTip(tr("Show the whole map again, without a focus"));
    pathOnly_ = new PathOnlyView(this);
    toolbar_->addAction(pathOnly_->action());
    toolbar_->addSeparator();
    toolbar_->addWidget(new QLabel(tr(" Colour by: "), toolbar_));
    colourBox_ = new QComboBox(toolbar_);
    colourBox_->setObjectName(QStringLiteral("colourBox"));
    colourBox_->addItem(tr("Team"), static_cast<int>(ColourMode::Team));
    colourBox_->addItem(tr("Perspective"), static_cast<int>(ColourMode::Perspective));
    colourBox_->addItem(tr("Team level"), static_cast<int>(ColourMode::Level));
    colourBox_->addItem(tr("Measure status"), static_cast<int>(ColourMode::MeasureStatus));
    toolbar_->addWidget(colourBox_);
    toolbar_->addSeparator();
    quiet_ = new QuietMode(this);
    toolbar_->addAction(quiet_->action());
    connect(quiet_, &QuietMode::changed, this, &InsightController::applyQuiet);
    window.addToolBar(toolbar_);

    nodeSight_ = new QAction(tr("Line of sight of this node"), this);
    teamSight_ = new QAction(tr("Line of sight of its team"), this);
    rippleHere_ = new QAction(tr("Ripple: what improving this affects"), this);
    nodeSight_->setStatusTip(tr("Its paths to the top goals stand out, the rest fades"));
    teamSight_->setStatusTip(tr("The paths of its team to the top goals stand out, the rest fades"));
    rippleHere_->setStatusTip(ripple_->toolTip());

    status_ = new QLabel(&window);
    status_->setObjectName(QStringLiteral("findingsStatus"));
    window.statusBar()->addPermanentWidget(status_);

    connect(teamBox_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (syncing_ || !workspace_)
            return;
        const QString id = teamBox_->itemData(i).toString();
        if (id.isEmpty())
            clearFocus();
        else
            focusTeam(core::TeamId(id.toStdString()));
    });
    connect(colourBox_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!syncing_)
            setColourMode(static_cast<ColourMode>(colourBox_->itemData(i).toInt()));
    });
    connect(ripple_, &QAction::triggered, this, [this] {
        if (auto n = selectedNode())
            rippleFrom(*n);
    });
    connect(rippleHere_, &QAction::triggered, ripple_, &QAction::trigger);
    connect(clear_, &QAction::triggered, this, &InsightController::clearFocus);
    connect(nodeSight_, &QAction::triggered, this, [this] {
        if (auto n = selectedNode())
            focusNode(*n);
    });
    connect(teamSight_, &QAction::triggered, this, [this] {
        if (auto n = selectedNode())
            if (const core::Node* node = workspace_->document().map().node(*n); node && node->team)
                focusTeam(*node->team);
    });
    connect(sight_, &SightDock::teamChosen, this, &InsightController::focusTeam);
    connect(sight_, &SightDock::nodeChosen, this, &InsightController::focusNode);
    connect(sight_, &SightDock::pathChosen, this, &InsightController::focusPath);
    setWorkspace(nullptr, nullptr);
}

InsightController::~InsightController() {
    setWorkspace(nullptr, nullptr);
}

void InsightController::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    if (workspace_) {
        workspace_->document().map().unsubscribe(subscription_);
        disconnect(&workspace_->scene(), nullptr, this, nullptr);
    }
    runner_.reset();
    delete legend_;
    legend_ = nullptr;
    workspace_ = workspace;
    canvas_ = canvas;
    blindTeams_.clear();
    findings_->setWorkspace(workspace, canvas);
    sight_->setWorkspace(workspace);
    pathOnly_->setWorkspace(workspace, canvas);
    if (workspace_) {
        core::Map& map = workspace_->document().map();
        runner_ = std::make_unique<AnalysisRunner>(map);
        connect(runner_.get(), &AnalysisRunner::resultReady, this, &InsightController::onResult);
        subscription_ = map.subscribe([this](const core::ChangeSet& changes) {
            if (core::scopeOf(changes).teams)
                QTimer::singleShot(0, this, &InsightController::rebuildTeamBox);
        });
        render::MapScene& scene = workspace_->scene();
        connect(&scene, &render::MapScene::highlightChanged, this, &InsightController::onHighlightChanged);
        connect(&scene, &QGraphicsScene::selectionChanged, this, &InsightController::updateActions);
        if (canvas)
            legend_ = new LegendOverlay(scene, canvas->viewport());
        status_->setText(tr("Analysing…"));
    } else {
        status_->clear();
    }
    // Remembered by the map's file or repository address; an untitled map starts loud.
    quiet_->setMap(workspace_ && !workspace_->document().isUntitled() ? workspace_->document().path()
                                                                      : QString());
    if (quiet_->isOn())
        applyQuiet();
    rebuildTeamBox();
    onHighlightChanged();
    updateActions();
}

QList<QAction*> InsightController::selectionActions() const {
    return {nodeSight_, teamSight_, rippleHere_};
}

std::optional<core::NodeId> InsightController::selectedNode() const {
    if (!workspace_)
        return std::nullopt;
    const auto ids = workspace_->scene().selectedNodeIds();
    if (ids.empty())
        return std::nullopt;
    return ids.front();
}

void InsightController::updateActions() {
    const bool one = workspace_ && selectedNode().has_value();
    ripple_->setEnabled(one);
    rippleHere_->setEnabled(one);
    nodeSight_->setEnabled(one);
    bool hasTeam = false;
    if (one)
        if (const core::Node* n = workspace_->document().map().node(*selectedNode()))
            hasTeam = n->team.has_value();
    teamSight_->setEnabled(hasTeam);
    clear_->setEnabled(workspace_ && workspace_->scene().highlight().active());
    teamBox_->setEnabled(workspace_ != nullptr);
    teamFind_->setEnabled(workspace_ != nullptr);
    colourBox_->setEnabled(workspace_ != nullptr);
}

void InsightController::setHighlight(Highlight h) {
    if (!workspace_)
        return;
    workspace_->scene().setHighlight(std::move(h));
}

void InsightController::focusTeam(const core::TeamId& team) {
    if (!workspace_)
        return;
    setHighlight(Highlight::teamSight(team, workspace_->scene().highlight().colour));
    zoomToFocus();
    sight_->show();
    sight_->raise();
}

void InsightController::zoomToFocus() {
    if (workspace_ && canvas_)
        canvas_->fitFocus();
}

void InsightController::focusNode(const core::NodeId& node) {
    if (!workspace_)
        return;
    setHighlight(Highlight::nodeSight(node, workspace_->scene().highlight().colour));
    zoomToFocus();
}

void InsightController::focusPath(const core::NodeId& node, const core::NodeId& goal) {
    if (!workspace_)
        return;
    setHighlight(Highlight::pathToGoal(node, goal, workspace_->scene().highlight().colour));
    zoomToFocus();
}

void InsightController::rippleFrom(const core::NodeId& node) {
    if (workspace_)
        setHighlight(Highlight::rippleOf(node, workspace_->scene().highlight().colour));
}

void InsightController::clearFocus() {
    if (workspace_)
        setHighlight(Highlight::none(workspace_->scene().highlight().colour));
}

void InsightController::setColourMode(ColourMode mode) {
    if (!workspace_)
        return;
    Highlight h = workspace_->scene().highlight();
    h.colour = mode;
    setHighlight(std::move(h));
}

QString InsightController::applyOptions(const QString& focus, const QString& colour, const QString& finding) {
    if (!workspace_)
        return tr("no map is open");
    Highlight h = workspace_->scene().highlight();
    if (!colour.isEmpty()) {
        const auto mode = render::colourModeFromString(colour.toStdString());
        if (!mode)
            return tr("--colour expects team, perspective, level or status; got \"%1\"").arg(colour);
        h.colour = *mode;
    }
    if (!focus.isEmpty()) {
        const auto f = render::focusFromString(focus.toStdString(), h.colour);
        if (!f)
            return tr("--focus expects none, team:ID, node:ID, ripple:ID or path:NODE:GOAL; got \"%1\"")
                .arg(focus);
        const core::Map& map = workspace_->document().map();
        if ((f->team && !map.team(*f->team)) || (f->node && !map.node(*f->node)) ||
            (f->goal && !map.node(*f->goal)))
            return tr("--focus names something this map does not have: \"%1\"").arg(focus);
        h = *f;
    }
    setHighlight(std::move(h));
    if (h.focus == render::FocusMode::LineOfSight) {
        sight_->show();
        sight_->raise();
    }
    pendingFinding_ = finding;
    if (!finding.isEmpty() && runner_ && runner_->upToDate())
        onResult();
    return {};
}

void InsightController::onHighlightChanged() {
    const Highlight h = workspace_ ? workspace_->scene().highlight() : Highlight();
    {
        QSignalBlocker a(teamBox_), b(colourBox_);
        syncing_ = true;
        const QString team = h.focus == render::FocusMode::LineOfSight && h.team
                                 ? QString::fromStdString(h.team->str())
                                 : QString();
        const int i = teamBox_->findData(team);
        teamBox_->setCurrentIndex(std::max(0, i));
        colourBox_->setCurrentIndex(std::max(0, colourBox_->findData(static_cast<int>(h.colour))));
        syncing_ = false;
    }
    // The side panel traces the focused team; a node's focus traces the node's team.
    std::optional<core::TeamId> team;
    if (workspace_ && h.focus == render::FocusMode::LineOfSight) {
        if (h.team)
            team = h.team;
        else if (h.node)
            if (const core::Node* n = workspace_->document().map().node(*h.node))
                team = n->team;
    }
    if (runner_ && (team || h.focus == render::FocusMode::None)) {
        if (team != runner_->sightTeam()) {
            sight_->setTeam(team);
            runner_->setSightTeam(team);
        }
    }
    updateActions();
}

void InsightController::rebuildTeamBox() {
    QSignalBlocker blocker(teamBox_);
    syncing_ = true;
    teamBox_->clear();
    teamBox_->addItem(tr("— none —"), QString());
    teamModel_->clear();
    if (workspace_) {
        const core::Map& map = workspace_->document().map();
        const std::unordered_set<core::TeamId> blind(blindTeams_.begin(), blindTeams_.end());
        // The box: the organisation's tree, each team under its parent (the delegate indents).
        // The finder's list: every team with its parents, so that typing a division's name
        // lists the division's teams too. Both are filled in one insertion each: this runs
        // after analyses whose blind teams changed, on maps of thousands of teams.
        QList<QStandardItem*> boxRows, finderRows;
        for (const auto& [team, level] : map.teamTree()) {
            const QString id = QString::fromStdString(team->id.str());
            const QString path = teamPath(map, *team);
            auto* row = new QStandardItem(QString::fromStdString(team->name) +
                                          (blind.count(team->id) ? tr("  ⚠ no line of sight") : QString()));
            row->setData(id, Qt::UserRole);
            row->setData(level, TeamBoxDelegate::kLevelRole);
            row->setData(path, Qt::ToolTipRole);
            boxRows << row;
            auto* found = new QStandardItem(path);
            found->setData(id, Qt::UserRole);
            finderRows << found;
        }
        if (auto* model = qobject_cast<QStandardItemModel*>(teamBox_->model()))
            model->invisibleRootItem()->appendRows(boxRows);
        teamModel_->invisibleRootItem()->appendRows(finderRows);
    }
    syncing_ = false;
    onHighlightChanged();
}

void InsightController::onResult() {
    if (!runner_ || !workspace_)
        return;
    const auto result = runner_->result();
    findings_->setResult(result);
    sight_->setResult(result);
    const bool quiet = quiet_->isOn();
    workspace_->scene().setFindingMarks(quiet ? std::make_shared<const render::FindingMarks>()
                                              : result->marks);
    if (!pendingFinding_.isEmpty() && findings_->selectFinding(pendingFinding_))
        pendingFinding_.clear();
    const analysis::Counts& c = result->report.counts;
    const int open = c.error + c.warning + c.info;
    if (quiet)
        status_->setText(tr("Findings paused (%1 open)").arg(open));
    else
        status_->setText(open == 0 ? tr("No open findings") +
                                         (c.waived ? tr(" · %1 waived").arg(c.waived) : QString())
                                   : tr("%1 open findings (%2 errors, %3 warnings, %4 info) · %5 waived")
                                         .arg(open)
                                         .arg(c.error)
                                         .arg(c.warning)
                                         .arg(c.info)
                                         .arg(c.waived));
    // Teams gaining or losing line of sight are marked in the team list.
    if (result->teamsWithoutSight != blindTeams_) {
        // Only the rows whose mark changes: the box of a big organisation is not rebuilt.
        std::unordered_set<core::TeamId> changed(blindTeams_.begin(), blindTeams_.end());
        for (const core::TeamId& t : result->teamsWithoutSight)
            if (!changed.erase(t))
                changed.insert(t);
        blindTeams_ = result->teamsWithoutSight;
        const std::unordered_set<core::TeamId> blind(blindTeams_.begin(), blindTeams_.end());
        const QSignalBlocker blocker(teamBox_);
        const core::Map& map = workspace_->document().map();
        for (int row = 1; row < teamBox_->count() && !changed.empty(); ++row) { // one pass
            const core::TeamId t(teamBox_->itemData(row).toString().toStdString());
            if (changed.erase(t) == 0)
                continue;
            if (const core::Team* team = map.team(t))
                teamBox_->setItemText(row, QString::fromStdString(team->name) +
                                               (blind.count(t) ? tr("  ⚠ no line of sight") : QString()));
        }
    }
}

void InsightController::applyQuiet() {
    if (!workspace_)
        return;
    if (quiet_->isOn()) {
        workspace_->scene().setFindingMarks(std::make_shared<const render::FindingMarks>());
        findings_->hide();
    } else {
        findings_->show();
    }
    if (runner_ && runner_->result())
        onResult(); // the badges and the status line as the mode wants them
    else if (quiet_->isOn())
        status_->setText(tr("Findings paused"));
}

} // namespace sightline::editor
