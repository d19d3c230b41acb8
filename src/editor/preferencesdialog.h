#pragma once

#include "sightline/editor/preferences.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace sightline::editor {

// Edit > Preferences…: the language of menus and messages (from the next start), snapping
// moved nodes to the grid, grouping teams in the hierarchy view, and clearing the list of
// recent maps. Shows `current`; preferences() is what the user chose when it was accepted.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;
    // True when the user asked to clear the recent maps (done when the dialog is accepted).
    bool clearRecent() const { return clearRecent_; }

private:
    std::unique_ptr<Ui::PreferencesDialog> ui_; // the form, ui/preferencesdialog.ui
    bool clearRecent_ = false;
};

} // namespace sightline::editor
