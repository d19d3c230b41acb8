#include "teamsdock.h"

#include "../commands/additemscommand.h"
#include "../commands/changeentitiescommand.h"
#include "../commands/removeitemscommand.h"
#include "personform.h"
#include "sightline/core/changevisitor.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"

#include <QColorDialog>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <unordered_map>

namespace sightline::editor {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// A team tree whose drops become reparent edits (the model changes, then the tree is rebuilt).
class TeamTree : public QTreeWidget {
public:
    std::function<void(const QString&, const QString&)> onReparent;
    explicit TeamTree(QWidget* parent) : QTreeWidget(parent) {
        setDragDropMode(InternalMove);
        setDefaultDropAction(Qt::MoveAction);
    }

protected:
    void dropEvent(QDropEvent* event) override {
        QTreeWidgetItem* moving = currentItem();
        QTreeWidgetItem* target = itemAt(event->position().toPoint());
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (!moving || target == moving)
            return;
        const QString parent = target ? target->data(0, kIdRole).toString() : QString();
        if (onReparent)
            onReparent(moving->data(0, kIdRole).toString(), parent);
    }
};

QIcon swatch(const QColor& c) {
    QPixmap p(14, 14);
    p.fill(c);
    return QIcon(p);
}

} // namespace

TeamsDock::TeamsDock(QWidget* parent) : QDockWidget(tr("Teams and people"), parent) {
    setObjectName(QStringLiteral("teamsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* splitter = new QSplitter(Qt::Vertical, body);
    auto* tree = new TeamTree(splitter);
    teams_ = tree;
    teams_->setHeaderLabels({tr("Team")});
    people_ = new QTreeWidget(splitter);
    people_->setHeaderLabels({tr("Person"), tr("Team")});
    people_->setRootIsDecorated(false);
    layout->addWidget(splitter);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text) {
        auto* b = new QPushButton(text, body);
        buttons->addWidget(b);
        return b;
    };
    QPushButton* addTeamButton = button(tr("Add team"));
    QPushButton* colourButton = button(tr("Colour…"));
    QPushButton* removeTeamButton = button(tr("Remove"));
    layout->addLayout(buttons);
    auto* personButtons = new QHBoxLayout;
    auto* addPersonButton = new QPushButton(tr("Add person"), body);
    auto* removePersonButton = new QPushButton(tr("Remove person"), body);
    personButtons->addWidget(addPersonButton);
    personButtons->addWidget(removePersonButton);
    personButtons->addStretch();
    layout->addLayout(personButtons);
    personForm_ = new PersonForm(body);
    layout->addWidget(personForm_);
    setWidget(body);

    timer_.setSingleShot(true);
    timer_.setInterval(0);
    connect(&timer_, &QTimer::timeout, this, &TeamsDock::rebuild);
    tree->onReparent = [this](const QString& id, const QString& parent) { reparentTeam(id, parent); };
    connect(teams_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (!building_)
            renameTeam(item->data(0, kIdRole).toString(), item->text(0));
    });
    connect(people_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (!building_ && column == 0)
            renamePerson(item->data(0, kIdRole).toString(), item->text(0));
    });
    connect(people_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!building_)
            personForm_->showPerson(item ? item->data(0, kIdRole).toString() : QString());
    });
    connect(addTeamButton, &QPushButton::clicked, this, [this] { addTeam(tr("New team"), currentTeam()); });
    connect(colourButton, &QPushButton::clicked, this, [this] {
        const QString id = currentTeam();
        if (id.isEmpty() || !workspace_)
            return;
        const QColor c =
            QColorDialog::getColor(workspace_->scene().style().teamColour(workspace_->document().map(),
                                                                          core::TeamId(id.toStdString())),
                                   this);
        if (c.isValid())
            setTeamColour(id, c.name());
    });
    connect(removeTeamButton, &QPushButton::clicked, this, [this] { removeTeam(currentTeam()); });
    connect(addPersonButton, &QPushButton::clicked, this,
            [this] { addPerson(tr("New person"), currentTeam()); });
    connect(removePersonButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = people_->currentItem())
            removePerson(item->data(0, kIdRole).toString());
    });
}

TeamsDock::~TeamsDock() {
    if (workspace_ && subscription_)
        workspace_->document().map().unsubscribe(subscription_);
}

void TeamsDock::setWorkspace(Workspace* workspace) {
    if (workspace_ && subscription_)
        workspace_->document().map().unsubscribe(subscription_);
    subscription_ = 0;
    workspace_ = workspace;
    if (workspace_) {
        // Only teams and people are listed here: renaming a result or adding a measure (the
        // edits of a workshop) leaves the lists alone, which on an organisation of thousands
        // of people would otherwise be rebuilt on every keystroke's edit.
        subscription_ = workspace_->document().map().subscribe([this](const core::ChangeSet& changes) {
            const core::ChangeScope scope = core::scopeOf(changes);
            if (scope.teams || scope.people)
                scheduleRebuild();
        });
    }
    personForm_->setWorkspace(workspace_);
    rebuild();
}

void TeamsDock::scheduleRebuild() {
    timer_.start();
}

QString TeamsDock::currentTeam() const {
    QTreeWidgetItem* item = teams_->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void TeamsDock::rebuild() {
    building_ = true;
    const QString current = currentTeam();
    const QString person = newPerson_.isEmpty() ? personForm_->personId() : newPerson_;
    teams_->clear();
    people_->clear();
    if (workspace_) {
        const core::Map& map = workspace_->document().map();
        const render::Style& style = workspace_->scene().style();
        std::unordered_map<core::TeamId, QTreeWidgetItem*> items;
        for (const core::Team& t : map.teams()) {
            auto* item = new QTreeWidgetItem({QString::fromStdString(t.name)});
            item->setData(0, kIdRole, QString::fromStdString(t.id.str()));
            item->setIcon(0, swatch(style.teamColour(map, t.id)));
            item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled |
                           Qt::ItemIsDropEnabled);
            items.emplace(t.id, item);
        }
        for (const core::Team& t : map.teams()) {
            if (t.parent && items.count(*t.parent))
                items.at(*t.parent)->addChild(items.at(t.id));
            else
                teams_->addTopLevelItem(items.at(t.id));
            if (QString::fromStdString(t.id.str()) == current)
                teams_->setCurrentItem(items.at(t.id));
        }
        teams_->expandAll();
        for (const core::Person& p : map.people()) {
            QString team;
            if (p.team)
                if (const core::Team* t = map.team(*p.team))
                    team = QString::fromStdString(t->name);
            auto* item = new QTreeWidgetItem(people_, {QString::fromStdString(p.name), team});
            item->setData(0, kIdRole, QString::fromStdString(p.id.str()));
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (item->data(0, kIdRole).toString() == person)
                people_->setCurrentItem(item);
        }
    }
    building_ = false;
    personForm_->showPerson(people_->currentItem() ? people_->currentItem()->data(0, kIdRole).toString()
                                                   : QString());
    if (!newPerson_.isEmpty() && people_->currentItem() &&
        people_->currentItem()->data(0, kIdRole).toString() == newPerson_) {
        people_->setFocus();
        people_->editItem(people_->currentItem(), 0); // type the new person's name straight away
    }
    newPerson_.clear();
}

bool TeamsDock::addTeam(const QString& name, const QString& parentId) {
    if (!workspace_)
        return false;
    core::Map& map = workspace_->document().map();
    core::Team t;
    t.id = map.newTeamId();
    t.name = name.toStdString();
    if (!parentId.isEmpty())
        t.parent = core::TeamId(parentId.toStdString());
    Additions add;
    add.teams.push_back(t);
    return bool(
        workspace_->document().push(std::make_unique<AddItemsCommand>(map, std::move(add), tr("Add team"))));
}

static bool changeTeam(Workspace* ws, const QString& id, const std::function<void(core::Team&)>& change,
                       const QString& text) {
    if (!ws)
        return false;
    core::Map& map = ws->document().map();
    const core::Team* t = map.team(core::TeamId(id.toStdString()));
    if (!t)
        return false;
    core::Team copy = *t;
    change(copy);
    if (copy == *t)
        return true;
    return bool(ws->document().push(
        std::make_unique<ChangeEntitiesCommand<core::Team>>(map, std::vector<core::Team>{copy}, text)));
}

bool TeamsDock::renameTeam(const QString& id, const QString& name) {
    const bool ok = changeTeam(
        workspace_, id, [&](core::Team& t) { t.name = name.toStdString(); }, tr("Rename team"));
    if (!ok)
        scheduleRebuild();
    return ok;
}

bool TeamsDock::reparentTeam(const QString& id, const QString& parentId) {
    const bool ok = changeTeam(
        workspace_, id,
        [&](core::Team& t) {
            t.parent =
                parentId.isEmpty() ? std::nullopt : std::optional(core::TeamId(parentId.toStdString()));
        },
        tr("Move team"));
    scheduleRebuild();
    return ok;
}

bool TeamsDock::setTeamColour(const QString& id, const QString& colour) {
    return changeTeam(
        workspace_, id, [&](core::Team& t) { t.colour = colour.toStdString(); }, tr("Change team colour"));
}

bool TeamsDock::removeTeam(const QString& id) {
    if (!workspace_ || id.isEmpty())
        return false;
    return bool(workspace_->document().push(std::make_unique<RemoveTeamCommand>(
        workspace_->document().map(), core::TeamId(id.toStdString()), tr("Remove team"))));
}

bool TeamsDock::addPerson(const QString& name, const QString& teamId) {
    if (!workspace_)
        return false;
    core::Map& map = workspace_->document().map();
    core::Person p;
    p.id = map.newPersonId();
    p.name = name.toStdString();
    if (!teamId.isEmpty())
        p.team = core::TeamId(teamId.toStdString());
    const QString id = QString::fromStdString(p.id.str());
    Additions add;
    add.people.push_back(p);
    if (!workspace_->document().push(
            std::make_unique<AddItemsCommand>(map, std::move(add), tr("Add person"))))
        return false;
    newPerson_ = id;
    scheduleRebuild();
    return true;
}

bool TeamsDock::renamePerson(const QString& id, const QString& name) {
    if (!workspace_)
        return false;
    core::Map& map = workspace_->document().map();
    const core::Person* p = map.person(core::PersonId(id.toStdString()));
    if (!p)
        return false;
    core::Person copy = *p;
    copy.name = name.toStdString();
    const bool ok = bool(workspace_->document().push(std::make_unique<ChangeEntitiesCommand<core::Person>>(
        map, std::vector<core::Person>{copy}, tr("Rename person"))));
    if (!ok)
        scheduleRebuild();
    return ok;
}

bool TeamsDock::removePerson(const QString& id) {
    if (!workspace_ || id.isEmpty())
        return false;
    return bool(workspace_->document().push(std::make_unique<RemovePersonCommand>(
        workspace_->document().map(), core::PersonId(id.toStdString()), tr("Remove person"))));
}

} // namespace sightline::editor
