#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QDockWidget>
#include <QTimer>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sightline::editor {

class CanvasView;
class Workspace;

// Outline: the teams as a tree with their results, measures and initiatives; a filter box;
// clicking a node selects it and centres the canvas on it. Rebuilt shortly after the model
// changes (and only while visible), so typing on a large map stays fluid. Double-clicking a
// team row, or its context menu, asks for that team's line of sight (teamFocusRequested).
class OutlineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit OutlineDock(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace, CanvasView* canvas);
    QTreeWidget* tree() const { return tree_; }
    void rebuild();

Q_SIGNALS:
    void teamFocusRequested(const sightline::core::TeamId& team);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void scheduleRebuild();
    void showContextMenu(const QPoint& pos);

    Workspace* workspace_ = nullptr;
    CanvasView* canvas_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QTimer timer_;
    bool stale_ = true;
};

} // namespace sightline::editor
