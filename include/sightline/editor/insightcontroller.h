#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#include "sightline/render/highlight.h"
#endif

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QLabel;
class QMainWindow;
class QToolBar;

namespace sightline::editor {

class AnalysisRunner;
class CanvasView;
class FindingsDock;
class LegendOverlay;
class PathOnlyView;
class QuietMode;
class SightDock;
class Workspace;

// Line of sight, ripple, colour modes and the live findings (issue 6), for one main window:
// the Focus toolbar, the Findings and Line-of-sight docks, the legend on the canvas, the
// findings count in the status bar and the node context-menu entries. The focus and colour
// mode live in the MapScene (render::Highlight), so exports draw the same.
class InsightController : public QObject {
    Q_OBJECT
public:
    explicit InsightController(QMainWindow& window);
    ~InsightController() override;

    // The open document (null: none). Call with null before the workspace goes away.
    void setWorkspace(Workspace* workspace, CanvasView* canvas);

    void focusTeam(const core::TeamId& team);
    void focusNode(const core::NodeId& node);
    void focusPath(const core::NodeId& node, const core::NodeId& goal);
    void rippleFrom(const core::NodeId& node);
    void clearFocus();
    void setColourMode(render::ColourMode mode);
    // For the command line (--focus, --colour, --finding): focus as render::focusFromString
    // reads it, a colour mode name, and a finding to select once the analysis has it (rule and
    // lead node, e.g. "orphan-measure|m-meetings"). Returns an error message, or empty.
    QString applyOptions(const QString& focus, const QString& colour, const QString& finding);

    // For the canvas context menu on a selection.
    QList<QAction*> selectionActions() const;

    FindingsDock* findingsDock() const { return findings_; }
    SightDock* sightDock() const { return sight_; }
    AnalysisRunner* runner() const { return runner_.get(); }
    QLabel* statusLabel() const { return status_; }
    QToolBar* toolbar() const { return toolbar_; }
    QComboBox* teamBox() const { return teamBox_; }
    // "Find a team…": type part of a team's (or a parent's) name; the list shows each match
    // with its parents ("Operations › Maintenance & Reliability"); choosing one focuses it.
    QLineEdit* teamFinder() const { return teamFind_; }
    QCompleter* teamCompleter() const { return teamCompleter_; }
    QComboBox* colourBox() const { return colourBox_; }
    QAction* rippleAction() const { return ripple_; }
    // "Path only": the focus's paths to the goals on their own, as a compact hierarchy.
    PathOnlyView* pathOnly() const { return pathOnly_; }
    // Quiet mode: the findings' badges and the Findings dock paused while brainstorming.
    QuietMode* quietMode() const { return quiet_; }

private:
    void setHighlight(render::Highlight highlight);
    // Zooms and scrolls the canvas to fit what stands out (a team's or node's line of sight).
    void zoomToFocus();
    void onResult();
    void applyQuiet();
    void onHighlightChanged();
    void rebuildTeamBox();
    void updateActions();
    std::optional<core::NodeId> selectedNode() const;

    QMainWindow& window_;
    Workspace* workspace_ = nullptr;
    QPointer<CanvasView> canvas_;
    std::unique_ptr<AnalysisRunner> runner_;
    core::Map::Subscription subscription_ = 0;
    FindingsDock* findings_ = nullptr;
    SightDock* sight_ = nullptr;
    LegendOverlay* legend_ = nullptr;
    QLabel* status_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    QComboBox* teamBox_ = nullptr;
    QLineEdit* teamFind_ = nullptr;
    QCompleter* teamCompleter_ = nullptr;
    QStandardItemModel* teamModel_ = nullptr;
    QComboBox* colourBox_ = nullptr;
    QAction* ripple_ = nullptr;
    QAction* clear_ = nullptr;
    PathOnlyView* pathOnly_ = nullptr;
    QuietMode* quiet_ = nullptr;
    QAction* rippleHere_ = nullptr;
    QAction* nodeSight_ = nullptr;
    QAction* teamSight_ = nullptr;
    bool syncing_ = false;
    QString pendingFinding_;
    std::vector<core::TeamId> blindTeams_;
};

} // namespace sightline::editor
