#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <string>
#include <unordered_set>

class QAction;

namespace sightline::editor {

class CanvasView;
class Workspace;

// The canvas's "Path only" view (issue 16): with a line of sight in focus, everything off the
// focus is hidden and the focus's own nodes are laid out as a compact hierarchy, as the
// export's path-only option draws them (exporting::pathOnlyMap, then layout::layoutView of
// that part in the Hierarchy view).
//
// The model does not change: the arrangement is shown with MapScene::showPositions, moving
// nodes is locked while it shows (their places in the map's views stay where they were), and
// it is laid out again after every edit and every change of the focus. Turning it off, or a
// focus that is not a line of sight, shows the whole map again where the model has it.
class PathOnlyView : public QObject {
    Q_OBJECT
public:
    explicit PathOnlyView(QObject* parent = nullptr);
    ~PathOnlyView() override;

    // The checkable "Path only" action; enabled while a line of sight is in focus.
    QAction* action() const { return action_; }
    // The open document (null: none). Call with null before the workspace goes away.
    void setWorkspace(Workspace* workspace, CanvasView* canvas);
    bool isShown() const { return shown_; }
    // The nodes the view shows now (empty when it is off).
    const std::unordered_set<core::NodeId>& shownNodes() const { return kept_; }

Q_SIGNALS:
    // After the view was laid out again, or turned off (the canvas then shows the whole map).
    void arranged();

private:
    void onToggled(bool on);
    void onFocusChanged();
    void arrange();
    void restore();

    QAction* action_ = nullptr;
    Workspace* workspace_ = nullptr;
    QPointer<CanvasView> canvas_;
    QList<QMetaObject::Connection> connections_;
    QTimer again_;
    bool shown_ = false;
    std::string focus_; // render::focusToString of what was arranged: another focus refits
    std::unordered_set<core::NodeId> kept_;
};

} // namespace sightline::editor
