#include "importvaluesdialog.h"

#include "commands/changeentitiescommand.h"
#include "sightline/editor/document.h"
#include "ui_importvaluesdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <algorithm>
#include <memory>

namespace sightline::editor {

namespace {

constexpr int kPreviewRows = 200;

QTableWidgetItem* cell(const QString& text) {
    return new QTableWidgetItem(text);
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// The combo box entry of a column (its index), or none.
std::optional<std::size_t> chosen(const QComboBox* box) {
    const int i = box->currentData().isValid() ? box->currentData().toInt() : -1;
    return i >= 0 ? std::optional(static_cast<std::size_t>(i)) : std::nullopt;
}

} // namespace

ImportValuesDialog::ImportValuesDialog(Document& document, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ImportValuesDialog>()), document_(document) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("importValuesDialog"));
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    ui_->changesTable->horizontalHeader()->setStretchLastSection(true);
    ui_->rowsTable->horizontalHeader()->setStretchLastSection(true);
    ui_->rowsTable->verticalHeader()->hide(); // the Line column says where each row is
    ui_->changesTable->verticalHeader()->hide();
    for (QComboBox* box :
         {ui_->measureColumn, ui_->dateColumn, ui_->valueColumn, ui_->noteColumn, ui_->dateFormat})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!filling_)
                replan();
        });
    connect(ui_->browseButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import values"), QFileInfo(path_).absolutePath(),
                                         tr("Spreadsheet values (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &ImportValuesDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &ImportValuesDialog::reject);
    showPlan();
}

ImportValuesDialog::~ImportValuesDialog() = default;

void ImportValuesDialog::open(QWidget* parent, Document& document) {
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import values"), QString(),
                                                      tr("Spreadsheet values (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportValuesDialog dialog(document, parent);
    dialog.loadFile(path);
    dialog.exec();
}

bool ImportValuesDialog::loadFile(const QString& path) {
    path_ = path;
    ui_->fileEdit->setText(path);
    QFile file(path);
    bytes_.clear();
    readError_.clear();
    if (!file.open(QIODevice::ReadOnly))
        readError_ = tr("%1 cannot be read: %2").arg(path, file.errorString());
    else
        bytes_ = file.readAll();
    // First from the header's own names; then as the columns are mapped.
    plan_ = io::planValueImport(document_.map().data(), std::string_view(bytes_.constData(), bytes_.size()),
                                {io::DateFormat::Iso, std::nullopt});
    fillColumns();
    showRows();
    replan();
    return readError_.isEmpty();
}

void ImportValuesDialog::fillColumns() {
    filling_ = true;
    const io::ValueColumns guess = plan_.columns;
    auto fill = [this](QComboBox* box, std::optional<std::size_t> current, bool optional) {
        box->clear();
        if (optional)
            box->addItem(tr("(none)"), -1);
        for (std::size_t i = 0; i < plan_.header.size(); ++i) {
            const QString name = qs(plan_.header[i]).trimmed();
            box->addItem(name.isEmpty() ? tr("column %1").arg(i + 1) : name, static_cast<int>(i));
        }
        box->setCurrentIndex(std::max(0, current ? box->findData(static_cast<int>(*current)) : 0));
    };
    // Columns the header does not name: the first three in order, as a start.
    auto orIndex = [](std::optional<std::size_t> c, std::size_t i) { return c ? c : std::optional(i); };
    fill(ui_->measureColumn, orIndex(guess.measure, 0), false);
    fill(ui_->dateColumn, orIndex(guess.date, 1), false);
    fill(ui_->valueColumn, orIndex(guess.value, 2), false);
    fill(ui_->noteColumn, guess.note, true);
    filling_ = false;
}

std::optional<io::ValueColumns> ImportValuesDialog::columns() const {
    io::ValueColumns c{chosen(ui_->measureColumn), chosen(ui_->dateColumn), chosen(ui_->valueColumn),
                       chosen(ui_->noteColumn)};
    if (!c.measure || !c.date || !c.value)
        return std::nullopt;
    return c;
}

QString ImportValuesDialog::problem(const io::CsvProblem& p) const {
    return qs(io::formatProblem(QFileInfo(path_).fileName().toStdString(), p));
}

QStringList ImportValuesDialog::errors() const {
    QStringList out;
    if (!readError_.isEmpty())
        out << readError_;
    for (const io::CsvProblem& p : plan_.errors)
        out << problem(p);
    return out;
}

void ImportValuesDialog::showRows() {
    QTableWidget* t = ui_->rowsTable;
    t->clear();
    QStringList labels{tr("Line")};
    for (const std::string& h : plan_.header)
        labels << qs(h);
    t->setColumnCount(static_cast<int>(labels.size()));
    t->setHorizontalHeaderLabels(labels);
    const int rows = static_cast<int>(std::min<std::size_t>(plan_.rows.size(), kPreviewRows));
    t->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const io::CsvRecord& record = plan_.rows[static_cast<std::size_t>(r)];
        t->setItem(r, 0, cell(QString::number(record.line)));
        for (std::size_t c = 0; c < record.fields.size(); ++c)
            t->setItem(r, static_cast<int>(c) + 1, cell(qs(record.fields[c])));
    }
    t->resizeColumnsToContents();
    ui_->rowsLabel->setText(
        plan_.rows.size() > kPreviewRows
            ? tr("Rows in the file (the first %1 of %2)").arg(kPreviewRows).arg(plan_.rows.size())
            : tr("Rows in the file (%1)").arg(plan_.rows.size()));
}

void ImportValuesDialog::replan() {
    const std::optional<io::ValueColumns> c = columns();
    std::vector<std::optional<std::size_t>> picked;
    if (c)
        picked = {c->measure, c->date, c->value, c->note};
    std::erase(picked, std::nullopt);
    const bool distinct = std::all_of(picked.begin(), picked.end(), [&](const auto& x) {
        return std::count(picked.begin(), picked.end(), x) == 1;
    });
    io::ValueImportOptions options;
    options.dateFormat = static_cast<io::DateFormat>(std::max(0, ui_->dateFormat->currentIndex()));
    options.columns = c;
    plan_ = io::planValueImport(document_.map().data(), std::string_view(bytes_.constData(), bytes_.size()),
                                options);
    if (c && !distinct)
        plan_.errors.insert(
            plan_.errors.begin(),
            {0, tr("choose a different column for each of measure, date, value and note").toStdString()});
    showPlan();
}

void ImportValuesDialog::showPlan() {
    const core::Map& map = document_.map();
    QTableWidget* t = ui_->changesTable;
    const bool ok = plan_.ok() && readError_.isEmpty();
    t->setRowCount(ok ? static_cast<int>(plan_.values.size()) : 0);
    for (int r = 0; r < t->rowCount(); ++r) {
        const io::PlannedValue& v = plan_.values[static_cast<std::size_t>(r)];
        const core::Node* n = map.node(v.measure);
        t->setItem(r, 0, cell(n ? qs(n->title) : qs(v.measure.str())));
        t->setItem(r, 1, cell(qs(v.date.toString())));
        t->setItem(r, 2, cell(v.replaced ? QString::number(v.replaced->value, 'g', 10) : tr("(none)")));
        t->setItem(r, 3, cell(QString::number(v.value, 'g', 10)));
        t->setItem(r, 4, cell(qs(v.note ? *v.note : v.replaced ? v.replaced->note : std::string())));
    }
    t->resizeColumnsToContents();
    const std::size_t replaced = ok ? plan_.replacedCount() : 0;
    ui_->changesLabel->setText(tr("Changes to the map: %1 values added, %2 replaced, in %3 measures")
                                   .arg(ok ? plan_.values.size() - replaced : 0)
                                   .arg(replaced)
                                   .arg(ok ? plan_.measureCount() : 0));
    QStringList lines;
    for (const QString& e : errors())
        lines << QStringLiteral("<span style='color:#c62828'>%1</span>").arg(e.toHtmlEscaped());
    for (const io::CsvProblem& w : plan_.warnings)
        lines << QStringLiteral("<span style='color:#6b4e00'>%1</span>").arg(problem(w).toHtmlEscaped());
    if (!ok)
        lines << tr("Nothing is imported until every row is right.");
    ui_->problemsLabel->setText(lines.join(QStringLiteral("<br>")));
    ui_->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(ok && !plan_.values.empty() && !document_.isReadOnly());
}

bool ImportValuesDialog::apply() {
    if (!plan_.ok() || !readError_.isEmpty() || plan_.values.empty())
        return false;
    core::Map& map = document_.map();
    std::vector<core::Node> after = io::importedNodes(map.data(), plan_);
    const QString text = tr("Import %n values", nullptr, static_cast<int>(plan_.values.size()));
    return document_.push(std::make_unique<ChangeEntitiesCommand<core::Node>>(map, std::move(after), text))
        .ok();
}

void ImportValuesDialog::accept() {
    if (apply())
        QDialog::accept();
    else
        replan(); // the map may have changed under the dialog: show why
}

} // namespace sightline::editor
