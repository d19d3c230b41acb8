#include "openprogress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProgressDialog>

namespace sightline::editor {

OpenProgress::OpenProgress(QWidget* window, const QString& name)
    : dialog_(std::make_unique<QProgressDialog>(window)), name_(name) {
    dialog_->setObjectName(QStringLiteral("openProgress"));
    dialog_->setWindowTitle(QCoreApplication::translate("OpenProgress", "Opening %1").arg(name_));
    dialog_->setWindowModality(Qt::WindowModal);
    dialog_->setMinimumDuration(0);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
}

OpenProgress::~OpenProgress() = default;

void OpenProgress::reading() {
    dialog_->setLabelText(QCoreApplication::translate("OpenProgress", "Reading %1…").arg(name_));
    dialog_->setRange(0, 0);
    dialog_->setValue(0); // shows the dialog and processes events once
}

std::function<bool(std::size_t, std::size_t)> OpenProgress::drawing() {
    return [this, shown = false](std::size_t done, std::size_t total) mutable {
        if (!shown) {
            shown = true;
            dialog_->setLabelText(QCoreApplication::translate("OpenProgress", "Drawing %1 results, "
                                                                              "measures, initiatives "
                                                                              "and links…")
                                      .arg(QLocale().toString(static_cast<qulonglong>(total))));
            dialog_->setRange(0, static_cast<int>(total));
        }
        dialog_->setValue(static_cast<int>(done)); // processes events: Cancel is heard here
        return !dialog_->wasCanceled();
    };
}

void OpenProgress::preparing() {
    dialog_->setLabelText(
        QCoreApplication::translate("OpenProgress", "Preparing the outline, findings and overview…"));
    dialog_->setCancelButton(nullptr); // the map is open now: nothing left to cancel
    dialog_->setValue(dialog_->maximum());
}

bool OpenProgress::cancelled() const {
    return dialog_->wasCanceled();
}

} // namespace sightline::editor
