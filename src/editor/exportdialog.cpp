#include "sightline/editor/exportdialog.h"

#include "sightline/editor/document.h"
#include "sightline/export/exporter.h"
#include "sightline/export/mappages.h"
#include "sightline/render/vocabulary.h"
#include "ui_exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace sightline::editor {

namespace {

constexpr int kPreviewSize = 460;

QString defaultOutput(const QString& mapPath, const QString& title, bool pack) {
    const QFileInfo info(mapPath);
    const QString dir = mapPath.isEmpty() ? QDir::homePath() : info.absolutePath();
    QString base = mapPath.isEmpty() ? title : info.completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("map");
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(dir).filePath(base + (pack ? QStringLiteral(" board pack.pdf") : QStringLiteral(".pdf")));
}

} // namespace

ExportDialog::ExportDialog(core::MapData map, core::ViewKind view, const QString& mapPath, bool pack,
                           const render::Highlight& canvas, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ExportDialog>()), map_(std::move(map)), mapPath_(mapPath) {
    ui_->setupUi(this);
    setWindowTitle(pack ? tr("Export Board Pack") : tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    output_ = ui_->output;
    view_ = ui_->view;
    focus_ = ui_->focus;
    colour_ = ui_->colour;
    page_ = ui_->page;
    landscape_ = ui_->landscape;
    margin_ = ui_->margin;
    dpi_ = ui_->dpi;
    transparent_ = ui_->transparent;
    pack_ = ui_->pack;
    asOf_ = ui_->asOf;
    onePage_ = ui_->onePage;
    pathOnly_ = ui_->pathOnly;
    allFindings_ = ui_->allFindings;
    levels_ = ui_->levels;
    previewLabel_ = ui_->preview;
    previewPage_ = ui_->previewPage;
    pageInfo_ = ui_->pageInfo;

    output_->setText(defaultOutput(mapPath, QString::fromStdString(map_.properties.title), pack));
    for (core::ViewKind v : core::kAllViews)
        view_->addItem(render::viewLabel(v), static_cast<int>(v));
    view_->setCurrentIndex(static_cast<int>(view));

    // The focus as render::focusToString writes it: the canvas's first (when it has one).
    const bool canvasFocus = canvas.active() && exporting::checkHighlight(map_, canvas).empty();
    if (canvasFocus) {
        const core::Map named(map_);
        render::Highlight focusOnly = canvas; // the colour has a box of its own
        focusOnly.colour = render::ColourMode::Team;
        focus_->addItem(tr("As on the canvas: %1").arg(exporting::focusLabel(named, focusOnly)),
                        QString::fromStdString(render::focusToString(canvas)));
    }
    focus_->addItem(tr("Whole map (no focus)"), QStringLiteral("none"));
    for (const core::Team& t : map_.teams)
        focus_->addItem(tr("Line of sight: %1").arg(QString::fromStdString(t.name)),
                        QString::fromStdString("team:" + t.id.str()));
    colour_->addItem(tr("By team"), static_cast<int>(render::ColourMode::Team));
    colour_->addItem(tr("By perspective"), static_cast<int>(render::ColourMode::Perspective));
    colour_->addItem(tr("By team level"), static_cast<int>(render::ColourMode::Level));
    colour_->addItem(tr("By measure status"), static_cast<int>(render::ColourMode::MeasureStatus));
    colour_->setCurrentIndex(colour_->findData(static_cast<int>(canvas.colour)));

    for (exporting::PageFormat p : {exporting::PageFormat::A4, exporting::PageFormat::A3,
                                    exporting::PageFormat::Letter, exporting::PageFormat::Fit})
        page_->addItem(p == exporting::PageFormat::Fit ? tr("Fit to content")
                                                       : QString::fromUtf8(exporting::toString(p).data()),
                       static_cast<int>(p));
    page_->setCurrentIndex(pack ? 1 : 0);
    landscape_->setChecked(pack);
    margin_->setRange(0, 50);
    margin_->setSuffix(tr(" mm"));
    margin_->setValue(exporting::ExportOptions().marginMm);
    dpi_->setRange(10, 2400);
    dpi_->setValue(exporting::ExportOptions().dpi);
    dpi_->setSuffix(tr(" dpi"));
    pack_->setChecked(pack);
    asOf_->setPlaceholderText(tr("YYYY-MM-DD (empty: every value)"));
    asOf_->setToolTip(tr("The data date: values dated after it are ignored everywhere in the export, and the "
                         "title blocks say \"data as of\". The print date stays today's."));
    levels_->setRange(1, 20);
    levels_->setValue(exporting::ExportOptions().teamLevels);
    levels_->setToolTip(tr("The board pack's scorecard and team pages cover the first N levels of teams"));

    previewLabel_->setFixedSize(kPreviewSize, kPreviewSize);
    previewPage_->setRange(1, 1);

    ui_->buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* browse = ui_->browse;

    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    timer_->setInterval(200);
    connect(timer_, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(output_, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    for (QComboBox* c : {view_, focus_, colour_, page_})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(asOf_, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(levels_, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox* c : {landscape_, transparent_, pack_, onePage_, pathOnly_, allFindings_})
        connect(c, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(margin_, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(dpi_, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(previewPage_, &QSpinBox::valueChanged, this, [this](int page) { showPage(page - 1); });
    updateEnabled();
    schedulePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::open(QWidget* parent, const Document& document, const render::Highlight& canvas,
                        bool pack) {
    ExportDialog dialog(document.map().snapshot(), document.view(),
                        document.isUntitled() ? QString() : document.path(), pack, canvas, parent);
    dialog.exec();
}

QString ExportDialog::outputPath() const {
    return output_->text().trimmed();
}

void ExportDialog::setOutputPath(const QString& path) {
    output_->setText(path);
}

exporting::ExportOptions ExportDialog::options() const {
    exporting::ExportOptions o;
    o.format = exporting::formatFromPath(outputPath().toStdString()).value_or(exporting::Format::Pdf);
    o.view = static_cast<core::ViewKind>(view_->currentData().toInt());
    const auto colour = static_cast<render::ColourMode>(colour_->currentData().toInt());
    o.highlight = render::focusFromString(focus_->currentData().toString().toStdString(), colour)
                      .value_or(render::Highlight::none(colour));
    o.page = static_cast<exporting::PageFormat>(page_->currentData().toInt());
    o.landscape = landscape_->isChecked();
    o.marginMm = margin_->value();
    o.dpi = dpi_->value();
    o.transparent = transparent_->isChecked() && o.format == exporting::Format::Png;
    o.pack = pack_->isChecked();
    o.asOf = asOf_->text().trimmed().toStdString();
    o.onePage = onePage_->isChecked() && !o.pack;
    o.pathOnly = pathOnly_->isChecked() && !o.pack;
    o.allFindings = allFindings_->isChecked();
    o.teamLevels = levels_->value();
    o.layoutUnplaced = false; // the canvas's placement, as on screen
    return o;
}

void ExportDialog::updateEnabled() {
    const auto format = exporting::formatFromPath(outputPath().toStdString());
    const bool png = format == exporting::Format::Png;
    dpi_->setEnabled(png);
    transparent_->setEnabled(png);
    pack_->setEnabled(format == exporting::Format::Pdf);
    // A board pack has its own focus: none on the whole map, each team's on its page.
    const bool packing = pack_->isEnabled() && pack_->isChecked();
    focus_->setEnabled(!packing);
    onePage_->setEnabled(!packing && format == exporting::Format::Pdf);
    pathOnly_->setEnabled(!packing);
    allFindings_->setEnabled(packing);
    levels_->setEnabled(packing);
}

void ExportDialog::schedulePreview() {
    updateEnabled();
    timer_->start();
}

// The exporter's refusal in the dialog's words: which field to change (the message itself
// names no command-line flag).
QString ExportDialog::guiProblem(const core::Status& status) const {
    const QString message = QString::fromStdString(status.message());
    const std::string& where = status.where();
    QString field;
    if (where == "dpi")
        field = tr("PNG resolution");
    else if (where == "margin")
        field = tr("Margins");
    else if (where == "focus")
        field = tr("Focus");
    else if (where == "format")
        field = tr("File");
    if (field.isEmpty())
        return message.left(1).toUpper() + message.mid(1) + QLatin1Char('.');
    return tr("%1: %2.").arg(field, message);
}

void ExportDialog::refreshPreview() {
    timer_->stop();
    problem_.clear();
    pageCount_ = 0;
    exporter_.reset();
    if (!exporting::formatFromPath(outputPath().toStdString())) {
        problem_ = tr("Name the file with .pdf, .png or .svg at the end.");
    } else {
        exporter_ = std::make_unique<exporting::Exporter>(map_, options());
        if (const core::Status status = exporter_->prepare(); status) {
            pageCount_ = exporter_->pageCount();
        } else {
            problem_ = guiProblem(status);
            exporter_.reset();
        }
    }
    previewPage_->blockSignals(true);
    previewPage_->setRange(1, std::max(1, pageCount_));
    previewPage_->blockSignals(false);
    showPage(previewPage_->value() - 1);
}

void ExportDialog::showPage(int page) {
    if (!exporter_ || page < 0 || page >= pageCount_) {
        preview_ = QImage();
        previewLabel_->setPixmap(QPixmap());
        previewLabel_->setText(problem_);
        previewLabel_->setWordWrap(true);
        pageInfo_->setText(QString());
        return;
    }
    const QSizeF size = exporter_->pageSize(page);
    const double dpi = 72.0 * (kPreviewSize - 8) / std::max(size.width(), size.height());
    preview_ = exporter_->renderPage(page, dpi, false);
    previewLabel_->setPixmap(QPixmap::fromImage(preview_));
    pageInfo_->setText(tr("of %1 · %2 × %3 mm")
                           .arg(pageCount_)
                           .arg(qRound(size.width() * 25.4 / 72))
                           .arg(qRound(size.height() * 25.4 / 72)));
}

void ExportDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), outputPath(), tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

QString ExportDialog::exportNow() {
    const QString path = outputPath();
    if (!mapPath_.isEmpty() && QFileInfo(path).exists() &&
        QFileInfo(path).canonicalFilePath() == QFileInfo(mapPath_).canonicalFilePath())
        return tr("%1 is the map itself; choose another file.").arg(path);
    cancelled_ = false;
    refreshPreview();
    if (!exporter_)
        return problem_;
    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             std::max(1, pageCount_), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal); // setValue() lets Cancel through
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setValue(0);
    std::string error;
    const bool written = exporter_->write(path.toStdString(), error, [&](int done, int total) {
        progress.setMaximum(std::max(1, total));
        if (done < total)
            progress.setLabelText(
                tr("Exporting %1: page %2 of %3…").arg(QFileInfo(path).fileName()).arg(done + 1).arg(total));
        progress.setValue(done); // once shown (modal), lets the Cancel button through
        // Before it shows: paint, and let timers run, but take no input (no second export).
        if (!progress.isVisible())
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    });
    progress.close();
    if (!written) {
        cancelled_ = exporter_->cancelled();
        return cancelled_ ? tr("The export was cancelled; nothing was written.")
                          : QString::fromStdString(error);
    }
    return {};
}

void ExportDialog::accept() {
    const QString error = exportNow();
    if (cancelled_)
        return; // back to the dialog, nothing written
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace sightline::editor
