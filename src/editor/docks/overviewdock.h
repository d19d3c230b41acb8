#pragma once

#include <QDockWidget>
#include <QPixmap>
#include <QTimer>

namespace sightline::editor {

class CanvasView;
class Workspace;

// Overview (minimap): the whole map in small with the canvas's visible area as a frame;
// click or drag in it to move the canvas there. The picture is redrawn shortly after the map
// changes, not on every edit.
class OverviewDock : public QDockWidget {
    Q_OBJECT
public:
    explicit OverviewDock(QWidget* parent = nullptr);
    void setWorkspace(Workspace* workspace, CanvasView* canvas);

private:
    class Panel;
    Panel* panel_ = nullptr;
};

} // namespace sightline::editor
