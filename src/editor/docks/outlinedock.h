#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif

#include <QDockWidget>
#include <QTimer>
#include <unordered_map>
#include <unordered_set>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sightline::editor {

class CanvasView;
class Workspace;

// Outline: the teams as a tree with their results, measures and initiatives; a
// filter box; clicking a node selects it and centres the canvas on it.
// Double-clicking a team row, or its context menu, asks for that team's line of
// sight (teamFocusRequested). It follows the model's ChangeSets: shortly after
// an edit only the rows of the nodes it names are inserted, removed, renamed or
// moved (only while visible); team, people and vocabulary changes, and very
// large batches, rebuild the whole tree. New rows go last in their team.
class OutlineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit OutlineDock(QWidget* parent = nullptr);
    ~OutlineDock() override;

    void setWorkspace(Workspace* workspace, CanvasView* canvas);
    QTreeWidget* tree() const { return tree_; }
    // The whole tree from the model, now.
    void rebuild();

Q_SIGNALS:
    void teamFocusRequested(const sightline::core::TeamId& team);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanges(const core::ChangeSet& changes);
    void scheduleUpdate();
    void refresh();
    void applyPending();
    QTreeWidgetItem* parentFor(const core::Node& node);
    void fill(QTreeWidgetItem* item, const core::Node& node, const QTreeWidgetItem* parent) const;
    bool matches(const QTreeWidgetItem* item) const;
    void applyFilter();
    void clearTree();
    void showContextMenu(const QPoint& pos);

    Workspace* workspace_ = nullptr;
    CanvasView* canvas_ = nullptr;
    core::Map::Subscription subscription_ = 0;
    QLineEdit* filter_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QTimer timer_;
    std::unordered_map<core::TeamId, QTreeWidgetItem*> teamItems_;
    std::unordered_map<core::NodeId, QTreeWidgetItem*> nodeItems_;
    QTreeWidgetItem* none_ = nullptr;
    std::unordered_set<core::NodeId> pending_; // nodes changed since the last update
    bool stale_ = true;                        // the whole tree is to be rebuilt
};

} // namespace sightline::editor
