#include "recoverydialog.h"

#include "ui_recoverydialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace sightline::editor {

RecoveryDialog::RecoveryDialog(std::vector<Entry> entries, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::RecoveryDialog>()), entries_(std::move(entries)) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("recoveryDialog"));
    ui_->intro->setText(tr("Sightline found %n untitled map(s) from a session that ended unexpectedly. "
                           "Choose what to do with each: a recovered map opens in a window of its own; "
                           "a map kept for later is offered again next time.",
                           nullptr, static_cast<int>(entries_.size())));
    QTableWidget* table = ui_->table;
    table->setRowCount(static_cast<int>(entries_.size()));
    const QLocale locale;
    for (int row = 0; row < table->rowCount(); ++row) {
        const Entry& e = entries_[static_cast<std::size_t>(row)];
        auto* title = new QTableWidgetItem(e.title);
        title->setToolTip(e.path);
        table->setItem(row, 0, title);
        table->setItem(row, 1, new QTableWidgetItem(e.contents));
        table->setItem(row, 2, new QTableWidgetItem(locale.toString(e.changed, QLocale::ShortFormat)));
        auto* box = new QComboBox(table);
        box->setObjectName(QStringLiteral("recoveryChoice%1").arg(row));
        box->addItem(tr("Recover"), static_cast<int>(Choice::Recover));
        box->addItem(tr("Keep for later"), static_cast<int>(Choice::Keep));
        box->addItem(tr("Discard"), static_cast<int>(Choice::Discard));
        table->setCellWidget(row, 3, box);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnsToContents();
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    ui_->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep all for later"));
    resize(640, 160 + 32 * std::min<int>(table->rowCount(), 8));
}

RecoveryDialog::~RecoveryDialog() = default;

QTableWidget* RecoveryDialog::table() const {
    return ui_->table;
}

QComboBox* RecoveryDialog::choiceBox(int row) const {
    return qobject_cast<QComboBox*>(ui_->table->cellWidget(row, 3));
}

std::vector<RecoveryDialog::Choice> RecoveryDialog::choices() const {
    std::vector<Choice> out;
    for (int row = 0; row < ui_->table->rowCount(); ++row)
        out.push_back(static_cast<Choice>(choiceBox(row)->currentData().toInt()));
    return out;
}

} // namespace sightline::editor
