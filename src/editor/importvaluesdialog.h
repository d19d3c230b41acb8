#pragma once

#ifndef Q_MOC_RUN
#include "sightline/io/valueimport.h"
#endif

#include <QDialog>
#include <memory>

namespace Ui {
class ImportValuesDialog;
}

namespace sightline::editor {

class Document;

// File > Import values...: measure values from a spreadsheet saved as CSV, one value a row.
// The user maps the file's columns to measure, date, value and note and picks the date format;
// the dialog previews the rows as read and the changes they make (values added or replaced,
// every bad row named FILE:LINE), and applies them as one undo step. It reads and checks the
// file with the same library function as `sightline-cli import-values`.
class ImportValuesDialog : public QDialog {
    Q_OBJECT
public:
    ImportValuesDialog(Document& document, QWidget* parent = nullptr);
    ~ImportValuesDialog() override;

    // Asks for a CSV file, then shows the dialog for it (modal) and imports when confirmed.
    static void open(QWidget* parent, Document& document);

    // Reads a file; false with the reason shown in the dialog when it cannot be read.
    bool loadFile(const QString& path);
    // The changes as the dialog shows them now, and its problems as "FILE:LINE: message".
    const io::ValueImportPlan& plan() const { return plan_; }
    QStringList errors() const;
    // Applies the plan as one undo step; false when it has errors or the map refused it.
    bool apply();

    Ui::ImportValuesDialog& ui() { return *ui_; }

    void accept() override;

private:
    void fillColumns();
    void replan();
    void showRows();
    void showPlan();
    std::optional<io::ValueColumns> columns() const;
    QString problem(const io::CsvProblem& p) const;

    std::unique_ptr<Ui::ImportValuesDialog> ui_;
    Document& document_;
    QString path_;
    QByteArray bytes_;
    QString readError_;
    io::ValueImportPlan plan_;
    bool filling_ = false;
};

} // namespace sightline::editor
