#include "sightline/editor/documentcontroller.h"

#include "documentsafety.h"
#include "openprogress.h"
#include "recoverydialog.h"
#include "repositorylink.h"
#include "repositoryopener.h"
#include "sightline/editor/document.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/workspace.h"
#include "sightline/io/atomicfile.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/io/jsonmapwriter.h"
#include "sightline/render/vocabulary.h"
#include "sightline/storage/repositorydocument.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <algorithm>
#include <array>

namespace sightline::editor {

namespace {

const QString kRecentKey = QStringLiteral("documents/recent");
constexpr int kMaxRecent = 10;

// "12 results, 3 measures, 1 initiative", in the map's vocabulary.
QString holdings(const core::Map& map) {
    std::array<int, 3> counts{};
    for (const core::Node& n : map.nodes())
        ++counts[static_cast<std::size_t>(n.kind)];
    QStringList parts;
    for (core::NodeKind k : {core::NodeKind::Objective, core::NodeKind::Measure, core::NodeKind::Initiative})
        parts << render::countLabel(map.properties().vocabulary, k, counts[static_cast<std::size_t>(k)]);
    return parts.join(QStringLiteral(", "));
}

core::MapData untitledMap() {
    core::MapData data;
    data.properties.title = "Untitled map";
    return data;
}

} // namespace

DocumentController::DocumentController(MainWindow& window)
    : QObject(&window), window_(window), safety_(std::make_unique<DocumentSafety>(*this, window)) {
    safety_->setQuestions(std::make_unique<FileQuestions>([this] { return window_.asksUser(); }));
    recent_ = new QMenu(tr("Open &Recent"), &window);
    rebuildRecentMenu();
}

DocumentController::~DocumentController() = default;

bool DocumentController::show(std::unique_ptr<Document> document, OpenProgress* progress, bool keepUntitled) {
    // A big map shows how far drawing it is, and can be cancelled (the open map stays).
    std::unique_ptr<OpenProgress> own;
    const core::MapData& data = document->map().data();
    if (!progress && data.nodes.size() + data.links.size() >= OpenProgress::kItems) {
        own = std::make_unique<OpenProgress>(&window_, QString::fromStdString(data.properties.title));
        progress = own.get();
    }
    auto workspace = progress ? std::make_unique<Workspace>(std::move(document), progress->drawing())
                              : std::make_unique<Workspace>(std::move(document));
    if (workspace->cancelled()) {
        workspace->document().close(keepUntitled); // an untitled copy made for an import is not kept
        Q_EMIT openingCancelled();
        return false;
    }
    if (progress)
        progress->preparing();
    if (window_.workspace()) // the map it replaces, its untitled file kept or discarded as asked
        window_.workspace()->document().close(replaceKeepsUntitled_);
    window_.setWorkspace(std::move(workspace));
    return true;
}

bool DocumentController::showUntitled(core::MapData data, OpenProgress* progress) {
    storage::RmapDocument::OpenResult created = storage::RmapDocument::createUntitled(data);
    if (!created.document) {
        // Keep working in memory rather than not at all, and say so.
        Q_EMIT errorOccurred(tr("The new map could not be kept in %1 (%2); it is held in memory only: use "
                                "File ▸ Save As to keep it.")
                                 .arg(storage::RmapDocument::untitledDirectory(), created.error));
        return show(std::make_unique<Document>(std::move(data)), progress);
    }
    return show(std::make_unique<Document>(std::move(created.document)), progress);
}

bool DocumentController::newMap() {
    // An untitled map with something in it is not replaced silently: keep, discard or save it.
    const std::optional<bool> keep = askKeepUntitled();
    if (!keep)
        return false;
    replaceKeepsUntitled_ = *keep;
    const bool shown = showUntitled(untitledMap());
    replaceKeepsUntitled_ = true;
    return shown;
}

bool DocumentController::openFile(const QString& path, bool readOnly) {
    if (!QFileInfo::exists(path)) {
        Q_EMIT errorOccurred(tr("%1 does not exist.").arg(path));
        return false;
    }
    const std::optional<bool> keep = askKeepUntitled();
    if (!keep)
        return false; // the user cancelled: the untitled map stays open
    replaceKeepsUntitled_ = *keep;
    const bool opened = openChecked(path, readOnly);
    replaceKeepsUntitled_ = true;
    return opened;
}

bool DocumentController::openChecked(const QString& path, bool readOnly) {
    if (!storage::looksLikeSqlite(path))
        return importJson(path);
    const std::unique_ptr<OpenProgress> progress = readingProgress(path);
    storage::RmapDocument::OpenResult opened = storage::RmapDocument::open(path, readOnly);
    if (!opened.document) {
        if (opened.damaged && safety_->offerRecoveredCopy(path, opened.error))
            return true;
        Q_EMIT errorOccurred(tr("%1 could not be opened: %2").arg(path, opened.error));
        return false;
    }
    addRecent(path);
    return show(std::make_unique<Document>(std::move(opened.document)), progress.get());
}

bool DocumentController::openRepository(const QString& address) {
    std::string error;
    const auto parsed = storage::parseRepositoryAddress(address.toStdString(), error);
    if (!parsed) {
        Q_EMIT errorOccurred(
            tr("%1 is not a repository address: %2").arg(address, QString::fromStdString(error)));
        return false;
    }
    return showRepository(*parsed);
}

bool DocumentController::showRepository(const storage::RepositoryAddress& address) {
    storage::RepositoryDocument::OpenResult opened = storage::RepositoryDocument::open(address);
    if (!opened.document) {
        Q_EMIT errorOccurred(tr("%1 could not be opened: %2").arg(address.display(), opened.error));
        return false;
    }
    auto document = std::make_unique<Document>(std::move(opened.document));
    Document* shown = document.get();
    if (!show(std::move(document)))
        return false;
    auto* link = new RepositoryLink(*shown, window_.repositoryStatus());
    connect(link, &RepositoryLink::stateChanged, &window_, &MainWindow::documentStateChanged);
    connect(shown, &Document::remoteChangeApplied, &window_, [this](int dropped) {
        if (dropped > 0)
            window_.statusBar()->showMessage(
                tr("Another person changed what you had changed: %n undo step(s) that would have "
                   "undone their work too can no longer be undone or redone.",
                   "", dropped),
                10000);
    });
    QSettings().setValue(QStringLiteral("repository/lastAddress"), address.display());
    return true;
}

void DocumentController::openRepositoryInteractive() {
    const QString last = QSettings().value(QStringLiteral("repository/lastAddress")).toString();
    bool ok = false;
    const QString text = QInputDialog::getText(
        &window_, tr("Open from Repository"), tr("Repository address (postgresql://host/database?map=name):"),
        QLineEdit::Normal, last, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    std::string error;
    auto address = storage::parseRepositoryAddress(text.trimmed().toStdString(), error);
    if (!address) {
        Q_EMIT errorOccurred(
            tr("%1 is not a repository address: %2").arg(text, QString::fromStdString(error)));
        return;
    }
    if (!RepositoryOpener::complete(&window_, *address, error)) {
        if (!error.empty())
            Q_EMIT errorOccurred(QString::fromStdString(error));
        return;
    }
    showRepository(*address);
}

bool DocumentController::openCopy(core::MapData data) {
    return showUntitled(std::move(data));
}

std::unique_ptr<OpenProgress> DocumentController::readingProgress(const QString& path) {
    const QFileInfo file(path);
    if (file.size() < OpenProgress::kFileBytes)
        return nullptr;
    auto progress = std::make_unique<OpenProgress>(&window_, file.fileName());
    progress->reading();
    return progress;
}

bool DocumentController::importJson(const QString& path) {
    const std::unique_ptr<OpenProgress> progress = readingProgress(path);
    io::ReadResult read = io::readMapJsonFile(path.toStdString());
    if (!read.ok()) {
        QStringList lines;
        for (std::size_t i = 0; i < read.errors.size() && i < 5; ++i)
            lines << QString::fromStdString(read.errors[i].toString());
        Q_EMIT errorOccurred(tr("%1 could not be imported:\n%2").arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    addRecent(path);
    return showUntitled(std::move(*read.map), progress.get());
}

bool DocumentController::exportJson(const QString& path) {
    Workspace* ws = window_.workspace();
    if (!ws)
        return false;
    // Written beside the target and renamed over it: the old file stays whole until then.
    std::string error;
    if (!io::AtomicFile::writeWhole(QFile::encodeName(path).toStdString(),
                                    io::writeMapJson(ws->document().map().data()), error)) {
        Q_EMIT errorOccurred(
            tr("The map could not be written to %1: %2").arg(path, QString::fromStdString(error)));
        return false;
    }
    return true;
}

bool DocumentController::saveAs(const QString& path) {
    Workspace* ws = window_.workspace();
    if (!ws)
        return false;
    QString error;
    if (!ws->document().file()) {
        // A map held in memory: write it as a new file and continue there.
        error = storage::writeRmap(path, ws->document().map().data());
        if (error.isEmpty())
            return openFile(path);
    } else if (ws->document().saveAs(path, &error)) {
        addRecent(path);
        Q_EMIT documentSaved(); // title, banner and actions follow
        return true;
    }
    Q_EMIT errorOccurred(tr("The map could not be saved as %1: %2").arg(path, error));
    return false;
}

bool DocumentController::closeDocument(CloseUntitled untitled) {
    Workspace* ws = window_.workspace();
    if (!ws)
        return true;
    if (!safety_->mayClose(ws->document()))
        return false;
    bool keep = untitled == CloseUntitled::Keep;
    if (untitled == CloseUntitled::Ask) {
        const std::optional<bool> answer = askKeepUntitled();
        if (!answer)
            return false;
        keep = *answer;
    }
    if (window_.workspace())
        window_.workspace()->document().close(keep);
    window_.setWorkspace(nullptr);
    return true;
}

std::optional<bool> DocumentController::askKeepUntitled() {
    Workspace* ws = window_.workspace();
    if (!ws || !ws->document().isUntitled() || !ws->document().file())
        return true; // a file of its own, a repository map or a map in memory: nothing to ask
    if (ws->document().map().nodes().empty())
        return false; // nothing in it
    if (!window_.asksUser())
        return true; // never lose a map silently
    const auto answer = QMessageBox::question(
        &window_, tr("Close untitled map"),
        tr("This map has not been saved under a name of its own. Keep it?\n\nSave As chooses a file "
           "for it; "
           "Discard deletes it."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return std::nullopt;
    if (answer == QMessageBox::Save) {
        saveAsInteractive();
        if (window_.workspace() && window_.workspace()->document().isUntitled())
            return std::nullopt; // Save As was cancelled
    }
    return answer != QMessageBox::Discard;
}

int DocumentController::recoverUntitled(bool ask) {
    if (ask && window_.asksUser())
        return recoverUntitledWith([](RecoveryDialog& dialog) { return dialog.exec() == QDialog::Accepted; });
    return recoverUntitledWith(std::function<bool(RecoveryDialog&)>());
}

int DocumentController::recoverUntitledWith(const std::function<bool(RecoveryDialog&)>& decide) {
    QStringList files = storage::RmapDocument::recoverableUntitled();
    std::reverse(files.begin(), files.end()); // newest first
    // Opening holds each file's lock, so no other Sightline offers it meanwhile.
    std::vector<std::unique_ptr<storage::RmapDocument>> opened;
    std::vector<RecoveryDialog::Entry> entries;
    for (const QString& path : files) {
        storage::RmapDocument::OpenResult r = storage::RmapDocument::open(path);
        if (!r.document) {
            Q_EMIT errorOccurred(tr("The untitled map %1 could not be recovered: %2").arg(path, r.error));
            continue;
        }
        const core::Map& map = r.document->map();
        entries.push_back({path, QString::fromStdString(map.properties().title), holdings(map),
                           QFileInfo(path).lastModified()});
        opened.push_back(std::move(r.document));
    }
    if (opened.empty())
        return 0;
    std::vector<RecoveryDialog::Choice> choices(opened.size(), RecoveryDialog::Choice::Recover);
    if (decide) {
        RecoveryDialog dialog(entries, &window_);
        choices = decide(dialog)
                      ? dialog.choices()
                      : std::vector<RecoveryDialog::Choice>(opened.size(), RecoveryDialog::Choice::Keep);
    }
    int recovered = 0;
    for (std::size_t i = 0; i < opened.size(); ++i) {
        switch (choices[i]) {
        case RecoveryDialog::Choice::Keep:
            opened[i]->close(storage::RmapDocument::Untitled::Keep);
            break;
        case RecoveryDialog::Choice::Discard:
            opened[i]->close(storage::RmapDocument::Untitled::Discard);
            break;
        case RecoveryDialog::Choice::Recover: {
            MainWindow* target = &window_;
            if (window_.workspace()) {
                target = new MainWindow;
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->show();
            }
            // Cancelled while drawing a big map: it stays recoverable.
            if (target->documents().show(std::make_unique<Document>(std::move(opened[i])), nullptr, true))
                ++recovered;
            else if (target != &window_)
                target->close();
            break;
        }
        }
    }
    return recovered;
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

void DocumentController::clearRecent() {
    QSettings().remove(kRecentKey);
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

QString DocumentController::suggestedFileName(const QString& title, const QString& extension) {
    QString name;
    for (const QChar c : title)
        name += (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
                    ? QChar(QLatin1Char(' '))
                    : c;
    name = name.simplified().left(80).trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1); // no hidden file
    if (name.isEmpty())
        name = tr("Untitled map");
    return name + QLatin1Char('.') + extension;
}

QString DocumentController::proposedPath(const QString& extension) const {
    const QString title =
        window_.workspace() ? QString::fromStdString(window_.workspace()->document().map().properties().title)
                            : QString();
    return QDir(dialogDirectory()).filePath(suggestedFileName(title, extension));
}

void DocumentController::openInteractive() {
    const QString path =
        QFileDialog::getOpenFileName(&window_, tr("Open map"), dialogDirectory(),
                                     tr("Maps (*.rmap *.json);;Sightline maps (*.rmap);;JSON maps (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void DocumentController::saveAsInteractive() {
    const QString path = QFileDialog::getSaveFileName(
        &window_, tr("Save map as"), proposedPath(QStringLiteral("rmap")), tr("Sightline maps (*.rmap)"));
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
    const QString path = QFileDialog::getSaveFileName(
        &window_, tr("Export JSON map"), proposedPath(QStringLiteral("json")), tr("JSON maps (*.json)"));
    if (!path.isEmpty())
        exportJson(path);
}

} // namespace sightline::editor
