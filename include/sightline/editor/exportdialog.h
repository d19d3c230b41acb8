#pragma once

#include "sightline/core/status.h"
#ifndef Q_MOC_RUN
#include "sightline/core/mapdata.h"
#include "sightline/export/exportoptions.h"
#include "sightline/render/highlight.h"
#endif

#include <QDialog>
#include <QImage>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace sightline::exporting {
class Exporter;
}
namespace Ui {
class ExportDialog;
}

namespace sightline::editor {

class Document;

// File > Export (PDF, PNG or SVG) and File > Export Board Pack: every export option with a
// live preview of the pages. It fills the same ExportOptions as `sightline-cli export` and
// writes through the same Exporter, from a snapshot of the map in a scene of its own: the
// document and the canvas never change. Like the canvas, it shows nodes without a position
// where the canvas puts them (no automatic layout), and by default in the canvas's focus and
// colour mode (`canvas`, the canvas scene's render::Highlight); the Focus box also offers the
// whole map and each team's line of sight. Writing shows a progress dialog, page by page,
// that cancels the export: a cancelled export leaves no file (and an existing one untouched).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(core::MapData map, core::ViewKind view, const QString& mapPath, bool pack,
                 const render::Highlight& canvas = {}, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Opens the dialog for the document (modal), in the canvas's focus and colour mode, and
    // exports when the user says so.
    static void open(QWidget* parent, const Document& document, const render::Highlight& canvas, bool pack);

    exporting::ExportOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);

    // Plans the pages with the current options and draws the preview now (the dialog does
    // it shortly after each change on its own).
    void refreshPreview();
    int pageCount() const { return pageCount_; }
    const QImage& previewImage() const { return preview_; }
    // The problem with the current options, or empty.
    QString problem() const { return problem_; }

    // Writes the export to outputPath() with a progress dialog (object name "exportProgress")
    // that can cancel it; an error message, or empty when it was written.
    QString exportNow();
    // Whether the last exportNow() was cancelled (nothing was written).
    bool wasCancelled() const { return cancelled_; }

    void accept() override;

private:
    QString guiProblem(const core::Status& status) const;
    void schedulePreview();
    void updateEnabled();
    void browse();
    void showPage(int page);

    std::unique_ptr<Ui::ExportDialog> ui_; // ui/exportdialog.ui
    core::MapData map_;
    QString mapPath_;
    QLineEdit* output_ = nullptr;
    QComboBox* view_ = nullptr;
    QComboBox* focus_ = nullptr;
    QComboBox* colour_ = nullptr;
    QComboBox* page_ = nullptr;
    QCheckBox* landscape_ = nullptr;
    QDoubleSpinBox* margin_ = nullptr;
    QSpinBox* dpi_ = nullptr;
    QCheckBox* transparent_ = nullptr;
    QCheckBox* pack_ = nullptr;
    QLineEdit* asOf_ = nullptr;
    QCheckBox* onePage_ = nullptr;
    QCheckBox* pathOnly_ = nullptr;
    QCheckBox* allFindings_ = nullptr;
    QSpinBox* levels_ = nullptr;
    QSpinBox* previewPage_ = nullptr;
    QLabel* previewLabel_ = nullptr;
    QLabel* pageInfo_ = nullptr;
    QTimer* timer_ = nullptr;
    std::unique_ptr<exporting::Exporter> exporter_;
    int pageCount_ = 0;
    QImage preview_;
    QString problem_;
    bool cancelled_ = false;
};

} // namespace sightline::editor
