#include "sightline/editor/documentcontroller.h"

#include "sightline/editor/document.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/workspace.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/io/jsonmapwriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

namespace sightline::editor {

namespace {

const QString kRecentKey = QStringLiteral("documents/recent");
constexpr int kMaxRecent = 10;

core::MapData untitledMap() {
    core::MapData data;
    data.properties.title = "Untitled map";
    return data;
}

} // namespace

DocumentController::DocumentController(MainWindow& window) : QObject(&window), window_(window) {
    recent_ = new QMenu(tr("Open &Recent"), &window);
    rebuildRecentMenu();
}

DocumentController::~DocumentController() = default;

bool DocumentController::show(std::unique_ptr<Document> document) {
    window_.setWorkspace(std::make_unique<Workspace>(std::move(document)));
    return true;
}

bool DocumentController::newMap() {
    return show(std::make_unique<Document>(untitledMap()));
}

bool DocumentController::openFile(const QString& path, bool readOnly) {
    Q_UNUSED(readOnly);
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return importJson(path);
    Q_EMIT errorOccurred(tr("%1 is not a map Sightline can open yet.").arg(path));
    return false;
}

bool DocumentController::importJson(const QString& path) {
    io::ReadResult read = io::readMapJsonFile(path.toStdString());
    if (!read.ok()) {
        QStringList lines;
        for (std::size_t i = 0; i < read.errors.size() && i < 5; ++i)
            lines << QString::fromStdString(read.errors[i].toString());
        Q_EMIT errorOccurred(tr("%1 could not be imported:\n%2").arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    addRecent(path);
    return show(std::make_unique<Document>(std::move(*read.map)));
}

bool DocumentController::exportJson(const QString& path) {
    Workspace* ws = window_.workspace();
    if (!ws)
        return false;
    QFile file(path);
    const std::string json = io::writeMapJson(ws->document().map().data());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size()) ||
        !file.flush()) {
        Q_EMIT errorOccurred(tr("The map could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool DocumentController::saveAs(const QString& path) {
    return exportJson(path);
}

void DocumentController::closeDocument() {
    window_.setWorkspace(nullptr);
}

int DocumentController::recoverUntitled(bool) {
    return 0;
}

QStringList DocumentController::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentController::addRecent(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    rebuildRecentMenu();
}

void DocumentController::rebuildRecentMenu() {
    recent_->clear();
    const QStringList list = recentFiles();
    for (const QString& path : list) {
        QAction* a = recent_->addAction(QFileInfo(path).fileName());
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    recent_->setEnabled(!list.isEmpty());
}

QString DocumentController::dialogDirectory() const {
    const QStringList list = recentFiles();
    if (!list.isEmpty())
        return QFileInfo(list.front()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentController::openInteractive() {
    const QString path =
        QFileDialog::getOpenFileName(&window_, tr("Open map"), dialogDirectory(),
                                     tr("Maps (*.rmap *.json);;Sightline maps (*.rmap);;JSON maps (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void DocumentController::saveAsInteractive() {
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Save map as"), dialogDirectory(),
                                                      tr("Sightline maps (*.rmap)"));
    if (!path.isEmpty())
        saveAs(path);
}

void DocumentController::importInteractive() {
    const QString path = QFileDialog::getOpenFileName(&window_, tr("Import JSON map"), dialogDirectory(),
                                                      tr("JSON maps (*.json)"));
    if (!path.isEmpty())
        importJson(path);
}

void DocumentController::exportInteractive() {
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Export JSON map"), dialogDirectory(),
                                                      tr("JSON maps (*.json)"));
    if (!path.isEmpty())
        exportJson(path);
}

} // namespace sightline::editor
