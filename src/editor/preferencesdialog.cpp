#include "preferencesdialog.h"

#include "ui_preferencesdialog.h"

namespace sightline::editor {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PreferencesDialog>()) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    for (const QString& code : Preferences::languageCodes()) {
        // Each language named in itself, so a user who cannot read the current one finds theirs.
        const QString name = code.isEmpty()
                                 ? tr("As the desktop (%1)").arg(QLocale::system().nativeLanguageName())
                                 : QLocale(code).nativeLanguageName();
        ui_->language->addItem(name, code);
    }
    ui_->language->setCurrentIndex(std::max(0, ui_->language->findData(current.language)));
    ui_->snapToGrid->setChecked(current.snapToGrid);
    ui_->groupTeams->setChecked(current.groupTeams);
    connect(ui_->clearRecent, &QPushButton::clicked, this, [this] {
        clearRecent_ = true;
        ui_->clearRecent->setEnabled(false);
        ui_->clearRecent->setText(tr("Cleared when you press OK"));
    });
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.language = ui_->language->currentData().toString();
    p.snapToGrid = ui_->snapToGrid->isChecked();
    p.groupTeams = ui_->groupTeams->isChecked();
    return p;
}

} // namespace sightline::editor
