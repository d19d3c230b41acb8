#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#include "sightline/layout/options.h"
#endif

#include <QObject>
#include <QPointF>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;
class QVariantAnimation;
class QWidget;

namespace sightline::editor {

class CanvasView;
class LayoutRunner;
class Workspace;

// The views of a map (results map, strategy map, hierarchy) and their automatic layout.
//  - showView() switches the document's view, remembered per file across sessions. A view
//    shown for the first time (none of its nodes has a position) is laid out automatically;
//    nodes that have no position in a view that has some get a free spot next to what they
//    link to (layout::placeNear). These set positions directly, outside the undo history, as
//    if the map had come with them. Nothing else moves a node but the user's own commands.
//  - Lay out (the whole view) runs on a worker thread over a snapshot of the map, with
//    progress in the status bar and Cancel (also Escape); cancelling changes nothing. The
//    result animates into place, then lands as ONE undo step.
//  - Tidy selection lays out the selected nodes only (layout::tidySelection), one undo step.
class ViewController : public QObject {
    Q_OBJECT
public:
    explicit ViewController(QWidget* window, QStatusBar* statusBar);
    ~ViewController() override;

    QAction* layOutAction() const { return layOut_; }
    QAction* tidyAction() const { return tidy_; }
    // Checkable, remembered: the hierarchy view keeps each team's nodes together in a layer.
    QAction* groupTeamsAction() const { return groupTeams_; }

    // The open document (null when none). Lays out the current view if it needs it.
    void setWorkspace(Workspace* workspace, CanvasView* canvas);

    void showView(core::ViewKind view);
    // Lays out the whole current view (one undo step). Returns false if nothing was started.
    bool layOut();
    // Asks a running layout to stop; the map stays as it was.
    void cancelLayout();
    bool tidySelection();

    bool busy() const;
    // Runs the event loop until no layout runs or animates (tests, screenshots).
    void waitUntilIdle();

    // Maps up to this many nodes are laid out on the GUI thread (they take a few ms).
    void setSynchronousLimit(std::size_t nodes) { synchronousLimit_ = nodes; }
    // The animation into place; 0 lands the layout at once.
    void setAnimationMs(int ms) { animationMs_ = ms; }

    // True when the map has nodes and none of them has a position in `view`.
    static bool needsLayout(const core::Map& map, core::ViewKind view);
    // Gives every node without a position in `view` a free spot near what it links to.
    static core::ViewPositions placeMissing(const core::Map& map, core::ViewKind view);

Q_SIGNALS:
    void viewShown(core::ViewKind view);
    // A layout ended: applied or not (cancelled, refused, read-only).
    void layoutFinished(bool applied);

private:
    enum class Mode { Automatic, Command };
    void prepareView();
    layout::LayoutOptions layoutOptions() const;
    bool run(Mode mode);
    void landResult(Mode mode, core::ViewKind view, core::ViewPositions positions);
    void commit(Mode mode, core::ViewKind view, const core::ViewPositions& positions);
    void animate(Mode mode, core::ViewKind view, core::ViewPositions positions);
    void setProgressVisible(bool visible);
    void updateActions();
    void rememberView() const;

    Workspace* workspace_ = nullptr;
    CanvasView* canvas_ = nullptr;
    std::unique_ptr<LayoutRunner> runner_;
    QVariantAnimation* animation_ = nullptr;
    QAction* layOut_ = nullptr;
    QAction* tidy_ = nullptr;
    QAction* groupTeams_ = nullptr;
    QAction* cancel_ = nullptr;
    QWidget* progressBox_ = nullptr;
    QLabel* progressLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QTimer* showProgress_ = nullptr;
    std::size_t synchronousLimit_ = 400;
    std::size_t animationLimit_ = 4000;
    int animationMs_ = 300;
};

} // namespace sightline::editor
