#pragma once

#include <QDockWidget>
#include <QTimer>
#include <cstddef>

class QTreeWidget;
class QTreeWidgetItem;

namespace sightline::editor {

class PersonForm;
class Workspace;

// Teams and people: the organisation as a tree (double-click to rename, drag a team onto
// another to make it a sub-team, or to the empty area to make it a root team), colours, and
// the people who own results, with their team, email and role. Every change is one undo step.
class TeamsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TeamsDock(QWidget* parent = nullptr);
    ~TeamsDock() override;

    void setWorkspace(Workspace* workspace);
    QTreeWidget* teamTree() const { return teams_; }
    QTreeWidget* peopleList() const { return people_; }
    // The selected person's name, team, email and role.
    PersonForm* personForm() const { return personForm_; }

    // The operations behind the buttons (also used by tests).
    bool addTeam(const QString& name, const QString& parentId = {});
    bool renameTeam(const QString& id, const QString& name);
    bool reparentTeam(const QString& id, const QString& parentId);
    bool setTeamColour(const QString& id, const QString& colour);
    bool removeTeam(const QString& id);
    bool addPerson(const QString& name, const QString& teamId = {});
    bool renamePerson(const QString& id, const QString& name);
    bool removePerson(const QString& id);

private:
    void scheduleRebuild();
    void rebuild();
    QString currentTeam() const;

    Workspace* workspace_ = nullptr;
    QTreeWidget* teams_ = nullptr;
    QTreeWidget* people_ = nullptr;
    PersonForm* personForm_ = nullptr;
    QTimer timer_;
    std::size_t subscription_ = 0; // core::Map::Subscription
    bool building_ = false;
    QString newPerson_; // added here: made current, shown in the form and its name edited
};

} // namespace sightline::editor
