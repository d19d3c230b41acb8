#pragma once

#include <QDockWidget>
#include <QPixmap>
#include <QTimer>

namespace sightline::editor {

class CanvasView;
class Workspace;

// Overview (minimap): the whole map in small with the canvas's visible area as
// a frame; click or drag in it to move the canvas there. The picture is a
// cached pixmap at low detail (a box per node, a hairline per link), redrawn
// shortly after the map or its focus changes, not on every edit, and only while
// the panel is visible.
class OverviewDock : public QDockWidget {
    Q_OBJECT
public:
    explicit OverviewDock(QWidget* parent = nullptr);
    void setWorkspace(Workspace* workspace, CanvasView* canvas);

    // The panel that shows the map (it takes the clicks), for tests.
    QWidget* panel() const;
    // Redraws the picture now instead of after the short delay.
    void redrawNow();
    // Where a scene point is drawn in the panel (after the picture was drawn).
    QPointF panelPoint(QPointF scenePoint) const;

private:
    class Panel;
    Panel* panel_ = nullptr;
};

} // namespace sightline::editor
