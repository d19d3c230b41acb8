#include "personform.h"

#include "../commands/changeentitiescommand.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "ui_personform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <functional>

namespace sightline::editor {

namespace {

bool changePerson(Workspace* ws, const QString& id, const std::function<void(core::Person&)>& change,
                  const QString& text) {
    if (!ws)
        return false;
    core::Map& map = ws->document().map();
    const core::Person* p = map.person(core::PersonId(id.toStdString()));
    if (!p)
        return false;
    core::Person copy = *p;
    change(copy);
    if (copy == *p)
        return true;
    return ws->document()
        .push(
            std::make_unique<ChangeEntitiesCommand<core::Person>>(map, std::vector<core::Person>{copy}, text))
        .ok();
}

} // namespace

PersonForm::PersonForm(QWidget* parent) : QWidget(parent), ui_(std::make_unique<Ui::PersonForm>()) {
    ui_->setupUi(this); // ui/personform.ui
    name_ = ui_->name;
    team_ = ui_->team;
    email_ = ui_->email;
    role_ = ui_->role;
    login_ = ui_->login;
    // Names the tests and the Teams dock find the fields by.
    name_->setObjectName(QStringLiteral("person:name"));
    team_->setObjectName(QStringLiteral("person:team"));
    email_->setObjectName(QStringLiteral("person:email"));
    role_->setObjectName(QStringLiteral("person:role"));
    login_->setObjectName(QStringLiteral("person:login"));
    for (QLineEdit* edit : {name_, email_, role_, login_})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commitText(edit); });
    connect(team_, &QComboBox::activated, this, [this](int index) {
        if (!filling_ && !id_.isEmpty())
            setTeam(id_, team_->itemData(index).toString());
    });
    showPerson({});
}

PersonForm::~PersonForm() = default;

void PersonForm::setWorkspace(Workspace* workspace) {
    workspace_ = workspace;
    showPerson({});
}

void PersonForm::showPerson(const QString& id) {
    id_ = id;
    refresh();
}

void PersonForm::refresh() {
    filling_ = true;
    const core::Person* p = workspace_ && !id_.isEmpty()
                                ? workspace_->document().map().person(core::PersonId(id_.toStdString()))
                                : nullptr;
    if (!p)
        id_.clear();
    // A field being typed in keeps its text when the model changes elsewhere.
    auto set = [](QLineEdit* edit, const std::string& value) {
        if (!(edit->hasFocus() && edit->isModified()))
            edit->setText(QString::fromStdString(value));
    };
    set(name_, p ? p->name : std::string());
    set(email_, p ? p->email : std::string());
    set(role_, p ? p->role : std::string());
    set(login_, p ? p->login : std::string());
    team_->clear();
    team_->addItem(tr("No team"), QString());
    if (workspace_)
        for (const core::Team& t : workspace_->document().map().teams()) {
            team_->addItem(QString::fromStdString(t.name), QString::fromStdString(t.id.str()));
            if (p && p->team == t.id)
                team_->setCurrentIndex(team_->count() - 1);
        }
    const bool enabled = p && !workspace_->document().isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{name_, team_, email_, role_, login_})
        w->setEnabled(enabled);
    filling_ = false;
}

void PersonForm::commitText(QLineEdit* edit) {
    if (filling_ || id_.isEmpty() || !edit->isModified())
        return;
    edit->setModified(false);
    const QString text = edit->text();
    bool ok = true;
    if (edit == name_)
        ok = setName(id_, text);
    else if (edit == email_)
        ok = setEmail(id_, text);
    else if (edit == login_)
        ok = setLogin(id_, text);
    else
        ok = setRole(id_, text);
    if (!ok)
        refresh(); // show the model's value again
}

bool PersonForm::setName(const QString& id, const QString& name) {
    if (name.trimmed().isEmpty()) {
        if (workspace_)
            Q_EMIT workspace_->document().errorOccurred(tr("A person needs a name."));
        return false;
    }
    return changePerson(
        workspace_, id, [&](core::Person& p) { p.name = name.toStdString(); }, tr("Rename person"));
}

bool PersonForm::setTeam(const QString& id, const QString& teamId) {
    return changePerson(
        workspace_, id,
        [&](core::Person& p) {
            p.team = teamId.isEmpty() ? std::nullopt : std::optional(core::TeamId(teamId.toStdString()));
        },
        tr("Change person's team"));
}

QString PersonForm::emailProblem(const QString& email) {
    const QString e = email.trimmed();
    if (e.isEmpty())
        return {};
    const qsizetype at = e.indexOf(QLatin1Char('@'));
    const bool shaped = at > 0 && at == e.lastIndexOf(QLatin1Char('@')) && at + 1 < e.size() &&
                        !e.contains(QLatin1Char(' ')) && !e.contains(QLatin1Char('\t'));
    if (shaped)
        return {};
    return tr("“%1” is not an email address: it needs one @ with a name before it and a domain after it, "
              "e.g. dana.lee@example.org.")
        .arg(e);
}

bool PersonForm::setEmail(const QString& id, const QString& email) {
    if (const QString problem = emailProblem(email); !problem.isEmpty()) {
        if (workspace_)
            Q_EMIT workspace_->document().errorOccurred(problem);
        return false;
    }
    return changePerson(
        workspace_, id, [&](core::Person& p) { p.email = email.trimmed().toStdString(); },
        tr("Change email"));
}

bool PersonForm::setLogin(const QString& id, const QString& login) {
    return changePerson(
        workspace_, id, [&](core::Person& p) { p.login = login.trimmed().toStdString(); },
        tr("Change repository login"));
}

bool PersonForm::setRole(const QString& id, const QString& role) {
    return changePerson(
        workspace_, id, [&](core::Person& p) { p.role = role.toStdString(); }, tr("Change role"));
}

} // namespace sightline::editor
