#pragma once

#include <QWidget>
#include <memory>

class QListWidget;
class QPushButton;

namespace Ui {
class PerspectivesEditor;
}

namespace sightline::editor {

class Document;

// What the Properties dock keeps of the perspectives list across rebuilds of its form.
struct PerspectivesState {
    QString current;            // the selected perspective's id
    bool renameCurrent = false; // open its name for editing once the list is shown (after Add)
};

// The map's perspectives (strategy-map bands, top first) in the Properties dock: add, rename
// in place (double-click or F2), move up and down, remove while no node sits in it. Every
// change is one undo step; a refused change (an empty or duplicate name, a perspective still
// in use) is reported through the document and leaves the map as it was.
class PerspectivesEditor : public QWidget {
    Q_OBJECT
public:
    PerspectivesEditor(Document& document, PerspectivesState& state, QWidget* parent = nullptr);
    ~PerspectivesEditor() override;

    QListWidget* list() const { return list_; }

    // The operations behind the buttons (also used by tests). Ids are perspective ids.
    bool addPerspective(const QString& name);
    bool renamePerspective(const QString& id, const QString& name);
    bool movePerspective(const QString& id, int index);
    bool removePerspective(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // A refused rename: the form shows the model's names again.
    void refused();

private:
    void fill();
    void updateButtons();
    QString currentId() const;

    std::unique_ptr<Ui::PerspectivesEditor> ui_; // ui/perspectiveseditor.ui
    Document& document_;
    PerspectivesState& state_;
    QListWidget* list_ = nullptr;
    QPushButton* up_ = nullptr;
    QPushButton* down_ = nullptr;
    QPushButton* remove_ = nullptr;
    bool filling_ = false;
};

} // namespace sightline::editor
