#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class PersonForm;
}

namespace sightline::editor {

class Workspace;

// The fields of one person in the Teams and people dock: name, team, email, role and repository
// login. Each committed field (Enter or leaving it) is one undo step. An email must look like an address
// (one "@" with text on both sides, no spaces); an empty one clears it. A refused value is
// reported through the document and the field shows the model's value again.
class PersonForm : public QWidget {
    Q_OBJECT
public:
    explicit PersonForm(QWidget* parent = nullptr);
    ~PersonForm() override;

    void setWorkspace(Workspace* workspace);
    // Shows the person with this id (empty: nobody, the fields are disabled).
    void showPerson(const QString& id);
    QString personId() const { return id_; }

    QLineEdit* nameEdit() const { return name_; }
    QComboBox* teamBox() const { return team_; }
    QLineEdit* emailEdit() const { return email_; }
    QLineEdit* roleEdit() const { return role_; }
    // The person's database role in a team repository (approvals name them by it).
    QLineEdit* loginEdit() const { return login_; }

    // The operations behind the fields (also used by tests).
    bool setName(const QString& id, const QString& name);
    bool setTeam(const QString& id, const QString& teamId);
    bool setEmail(const QString& id, const QString& email);
    bool setRole(const QString& id, const QString& role);
    bool setLogin(const QString& id, const QString& login);

    // Why `email` is not acceptable, empty when it is (an empty email is: it clears the field).
    static QString emailProblem(const QString& email);

private:
    void refresh();
    void commitText(QLineEdit* edit);

    std::unique_ptr<Ui::PersonForm> ui_; // the fields, ui/personform.ui
    Workspace* workspace_ = nullptr;
    QString id_;
    QLineEdit* name_ = nullptr;
    QComboBox* team_ = nullptr;
    QLineEdit* email_ = nullptr;
    QLineEdit* role_ = nullptr;
    QLineEdit* login_ = nullptr;
    bool filling_ = false;
};

} // namespace sightline::editor
