#include "recoverydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline::editor {

RecoveryDialog::RecoveryDialog(std::vector<Entry> entries, QWidget* parent)
    : QDialog(parent), entries_(std::move(entries)) {
    setWindowTitle(tr("Recover untitled maps"));
    setObjectName(QStringLiteral("recoveryDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sightline found %n untitled map(s) from a session that ended unexpectedly. "
                                "Choose what to do with each: a recovered map opens in a window of its own; "
                                "a map kept for later is offered again next time.",
                                nullptr, static_cast<int>(entries_.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_ = new QTableWidget(static_cast<int>(entries_.size()), 4, this);
    table_->setHorizontalHeaderLabels({tr("Map"), tr("Holds"), tr("Last changed"), tr("Action")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    const QLocale locale;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const Entry& e = entries_[static_cast<std::size_t>(row)];
        auto* title = new QTableWidgetItem(e.title);
        title->setToolTip(e.path);
        table_->setItem(row, 0, title);
        table_->setItem(row, 1, new QTableWidgetItem(e.contents));
        table_->setItem(row, 2, new QTableWidgetItem(locale.toString(e.changed, QLocale::ShortFormat)));
        auto* box = new QComboBox(table_);
        box->setObjectName(QStringLiteral("recoveryChoice%1").arg(row));
        box->addItem(tr("Recover"), static_cast<int>(Choice::Recover));
        box->addItem(tr("Keep for later"), static_cast<int>(Choice::Keep));
        box->addItem(tr("Discard"), static_cast<int>(Choice::Discard));
        table_->setCellWidget(row, 3, box);
    }
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->resizeColumnsToContents();
    layout->addWidget(table_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep all for later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 160 + 32 * std::min<int>(table_->rowCount(), 8));
}

QComboBox* RecoveryDialog::choiceBox(int row) const {
    return qobject_cast<QComboBox*>(table_->cellWidget(row, 3));
}

std::vector<RecoveryDialog::Choice> RecoveryDialog::choices() const {
    std::vector<Choice> out;
    for (int row = 0; row < table_->rowCount(); ++row)
        out.push_back(static_cast<Choice>(choiceBox(row)->currentData().toInt()));
    return out;
}

} // namespace sightline::editor
