#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace sightline::editor {

// Quiet mode for brainstorming (issue 15): while a team throws ideas onto the map, the
// findings' badges on the canvas and the Findings dock pause, so that "orphaned measure" does
// not shout at a result typed ten seconds ago. One click on the Focus toolbar, remembered per
// map (by its file or repository address; an untitled map starts loud). The analysis keeps
// running, so resuming shows the findings of the map as it is at once. Presentation mode never
// shows badges either way (render::projectorStyle).
class QuietMode : public QObject {
    Q_OBJECT
public:
    explicit QuietMode(QObject* parent = nullptr);

    // The checkable "Pause findings" action.
    QAction* action() const { return action_; }
    bool isOn() const;
    // The open map (its file path or repository address; empty for an untitled map or none):
    // the mode it was left in there is taken up again, without emitting changed().
    void setMap(const QString& key);

Q_SIGNALS:
    // The user paused or resumed the findings.
    void changed(bool on);

private:
    QAction* action_ = nullptr;
    QString key_;
};

} // namespace sightline::editor
