#pragma once

#ifndef Q_MOC_RUN
#include "../live/analysisworker.h"
#include "sightline/core/id.h"
#endif

#include <QDockWidget>
#include <memory>
#include <string>
#include <unordered_set>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace sightline::editor {

class Workspace;

// Line of sight of the focused team: its nodes by leverage (highest first) with the top goals
// each reaches and the path to each; nodes without line of sight are marked. Clicking a node
// shows all its paths on the canvas, clicking a goal row that one path. Below, every team
// without line of sight, marked; clicking one focuses it.
class SightDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SightDock(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // The team being traced (the report arrives later with setResult); none: nothing shown.
    void setTeam(std::optional<core::TeamId> team);
    void setResult(std::shared_ptr<const AnalysisResult> result);

    QTreeWidget* nodeTree() const { return nodes_; }
    QListWidget* teamsWithoutSight() const { return blind_; }

Q_SIGNALS:
    void teamChosen(const sightline::core::TeamId& team);
    void nodeChosen(const sightline::core::NodeId& node);
    void pathChosen(const sightline::core::NodeId& node, const sightline::core::NodeId& goal);

private:
    void rebuild();
    QString title(const core::NodeId& id) const;

    Workspace* workspace_ = nullptr;
    std::optional<core::TeamId> team_;
    std::unordered_set<std::string> repeated_; // titles that more than one node has
    std::shared_ptr<const AnalysisResult> result_;
    QLabel* heading_ = nullptr;
    QTreeWidget* nodes_ = nullptr;
    QListWidget* blind_ = nullptr;
};

} // namespace sightline::editor
