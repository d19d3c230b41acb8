#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QObject>
#include <QRectF>
#include <vector>

class QAction;
class QMainWindow;

namespace sightline::editor {

class CanvasView;
class InsightController;
class Workspace;

// Presentation mode's view of the map, for the projector: the projector style
// (render::fitProjector: the nodes fill the screen, titles as large as the map allows, cards
// as status dots, no owners or badges) and the walk through the map team by team: Page Down
// shows the next team's line of sight and fits the view to it, Page Up goes back, and before
// the first team stands the whole map.
class Presentation : public QObject {
    Q_OBJECT
public:
    Presentation(QMainWindow& window, InsightController& insight);

    void setWorkspace(Workspace* workspace, CanvasView* canvas);
    // Starts / ends presenting the open map (the window goes full screen elsewhere).
    void enter();
    void leave();
    bool isActive() const { return active_; }

    // -1: the whole map; else the index into teams().
    int step() const { return step_; }
    void setStep(int step);
    // The teams stepped through: those with results, by level from the top, in map order.
    std::vector<core::TeamId> teams() const;
    // What the view fits now (scene coordinates).
    QRectF shownBounds() const;
    // Result titles' font size on the screen at the whole-map fit (the projector's measure).
    qreal titlePixels() const { return titlePixels_; }

    QAction* nextAction() const { return next_; }
    QAction* previousAction() const { return previous_; }

private:
    void fit();

    QMainWindow& window_;
    InsightController& insight_;
    Workspace* workspace_ = nullptr;
    CanvasView* canvas_ = nullptr;
    QAction* next_ = nullptr;
    QAction* previous_ = nullptr;
    bool active_ = false;
    int step_ = -1;
    QRectF whole_;
    qreal titlePixels_ = 0;
};

} // namespace sightline::editor
