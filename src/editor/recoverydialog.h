#pragma once

#include <QDateTime>
#include <QDialog>
#include <memory>
#include <vector>

class QComboBox;
class QTableWidget;

namespace Ui {
class RecoveryDialog;
}

namespace sightline::editor {

// Offers every untitled map that a session left behind (crash or kill), one row each: its
// title, what it holds and when it last changed, and what to do with it: Recover (open it in
// a window of its own), Keep for later (offered again on the next start) or Discard (delete
// it). Cancel keeps them all for later.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString path;
        QString title;
        QString contents; // e.g. "12 results, 3 measures, 1 initiative"
        QDateTime changed;
    };
    enum class Choice { Recover, Keep, Discard };

    explicit RecoveryDialog(std::vector<Entry> entries, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    const std::vector<Entry>& entries() const { return entries_; }
    // The choice for each entry, in order.
    std::vector<Choice> choices() const;
    // The choice box of row `row` (tests drive it).
    QComboBox* choiceBox(int row) const;
    QTableWidget* table() const;

private:
    std::unique_ptr<Ui::RecoveryDialog> ui_; // the form, ui/recoverydialog.ui
    std::vector<Entry> entries_;
};

} // namespace sightline::editor
