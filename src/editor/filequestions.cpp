#include "filequestions.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace sightline::editor {

FileQuestions::Unwritten FileQuestions::unwrittenEdits(QWidget* parent, const QString& message) {
    if (!interactive())
        return Unwritten::Discard;
    QMessageBox box(QMessageBox::Warning, QApplication::translate("FileQuestions", "Unsaved changes"),
                    message, QMessageBox::NoButton, parent);
    QPushButton* saveAs = box.addButton(QApplication::translate("FileQuestions", "Save As elsewhere…"),
                                        QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(QMessageBox::Discard);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == saveAs)
        return Unwritten::SaveAs;
    if (box.clickedButton() == discard)
        return Unwritten::Discard;
    return Unwritten::Cancel;
}

QString FileQuestions::saveAsPath(QWidget* parent, const QString& directory) {
    if (!interactive())
        return {};
    return QFileDialog::getSaveFileName(parent, QApplication::translate("FileQuestions", "Save map as"),
                                        directory,
                                        QApplication::translate("FileQuestions", "Sightline maps (*.rmap)"));
}

bool FileQuestions::openRecoveredCopy(QWidget* parent, const QString& message) {
    if (!interactive())
        return false;
    return QMessageBox::question(parent, QApplication::translate("FileQuestions", "Damaged map"), message,
                                 QMessageBox::Open | QMessageBox::Cancel,
                                 QMessageBox::Open) == QMessageBox::Open;
}

} // namespace sightline::editor
