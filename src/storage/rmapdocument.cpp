#include "sightline/storage/rmapdocument.h"

#include "documentreader.h"
#include "documentstate.h"
#include "fileaccess.h"
#include "sightline/core/validation.h"
#include "statement.h"
#include "untitled.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace sightline::storage {

// --- DocumentState -----------------------------------------------------------------------------

void DocumentState::rememberFile() {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        device_ = st.st_dev;
        inode_ = st.st_ino;
    }
}

bool DocumentState::sameFile() const {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && st.st_dev == device_ &&
           st.st_ino == inode_;
}

// --- RmapDocument ------------------------------------------------------------------------------

namespace {

QString display(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString invalidMessage(const core::MapData& data) {
    const auto issues = core::validate(data, 1);
    return issues.empty() ? QString()
                          : QStringLiteral("the map is not valid: %1")
                                .arg(QString::fromStdString(issues.front().toString()));
}

} // namespace

RmapDocument::RmapDocument(core::MapData data)
    : map_(std::move(data)), state_(std::make_unique<DocumentState>()) {
    state_->subscription = map_.subscribe([this](const core::ChangeSet& changes) {
        DocumentState& s = *state_;
        if (!s.open)
            return;
        auto fail = [&](const QString& message) {
            s.inSync = false;
            s.lastError = message;
            if (s.handler)
                s.handler(message);
        };
        if (s.readOnly || !s.writer) {
            fail(QStringLiteral(
                     "%1 is open read-only: the change is kept in the window only; use Save As to keep "
                     "it.")
                     .arg(display(s.path)));
            return;
        }
        if (s.changedElsewhere || s.connection->pragma("data_version") != s.dataVersion) {
            // Someone else wrote the file since: writing now would overwrite their work.
            s.changedElsewhere = true;
            fail(QStringLiteral("%1 was changed by another program since it was opened here: the change was "
                                "not written, so as not to overwrite theirs. The map in the window still has "
                                "it; use Save As.")
                     .arg(display(s.path)));
            return;
        }
        if (!s.sameFile()) {
            fail(QStringLiteral(
                     "%1 was removed or replaced: changes can no longer be saved there. The map in the "
                     "window still has them; use Save As.")
                     .arg(display(s.path)));
            return;
        }
        try {
            if (s.inSync)
                s.writer->apply(map_, changes);
            else
                s.writer->writeAll(map_.data()); // catch up with every change since the failure
            s.inSync = true;
            s.lastError.clear();
        } catch (const StorageError& e) {
            fail(writeErrorMessage(s.path, e.code(), QString::fromStdString(e.what())));
        }
    });
}

RmapDocument::~RmapDocument() {
    if (state_->open)
        close(Untitled::Keep);
}

RmapDocument::OpenResult RmapDocument::open(const QString& path, bool readOnly) {
    OpenResult result;
    std::unique_ptr<QLockFile> lock;
    const bool isUntitled = untitled::contains(path);
    if (isUntitled && !readOnly) {
        lock = untitled::lock(QFileInfo(path).absoluteFilePath());
        if (!lock) {
            result.error = QStringLiteral("%1 is open in another Sightline window").arg(display(path));
            return result;
        }
    }
    // One writer per named map: when someone else has it, it opens read-only.
    std::unique_ptr<MapLock> mapLock;
    std::optional<MapLock::Holder> heldBy;
    if (!isUntitled && !readOnly && QFileInfo(path).isFile()) {
        MapLock::Result locked = MapLock::acquire(path);
        mapLock = std::move(locked.lock);
        heldBy = locked.holder;
        readOnly = !mapLock;
    }
    try {
        LoadedFile loaded = loadFile(path, readOnly);
        std::unique_ptr<RmapDocument> doc(new RmapDocument(std::move(loaded.data)));
        DocumentState& s = *doc->state_;
        s.path = path;
        s.readOnly = loaded.readOnly;
        s.stale = loaded.stale;
        s.untitled = isUntitled;
        s.lock = std::move(lock);
        if (!s.readOnly)
            s.mapLock = std::move(mapLock);
        s.heldBy = heldBy;
        s.privateCopy = std::move(loaded.privateCopy);
        s.recovered = loaded.recovered;
        s.connection = std::move(loaded.connection);
        if (!s.readOnly) {
            s.writer = std::make_unique<DocumentWriter>(s.connection->handle(), std::move(loaded.keys));
            s.dataVersion = s.connection->pragma("data_version");
        }
        s.rememberFile();
        result.document = std::move(doc);
    } catch (const OpenError& e) {
        result.error = e.message();
        result.damaged = e.damaged();
    } catch (const StorageError& e) {
        result.error =
            QStringLiteral("%1 cannot be opened: %2").arg(display(path), QString::fromStdString(e.what()));
    }
    return result;
}

RmapDocument::OpenResult RmapDocument::create(const QString& path, const core::MapData& data) {
    OpenResult result;
    if (const QString invalid = invalidMessage(data); !invalid.isEmpty()) {
        result.error = QStringLiteral("cannot create %1: %2").arg(display(path), invalid);
        return result;
    }
    std::unique_ptr<MapLock> mapLock;
    if (!untitled::contains(path)) {
        MapLock::Result locked = MapLock::acquire(path);
        if (!locked.lock) {
            result.error = QStringLiteral("cannot create %1: %2").arg(display(path), locked.error);
            return result;
        }
        mapLock = std::move(locked.lock);
    }
    if (const QString refusal = protectedTargetMessage(path); !refusal.isEmpty()) {
        result.error = QStringLiteral("cannot create %1: %2").arg(display(path), refusal);
        return result;
    }
    const QString temporary = temporaryPathBeside(path);
    try {
        DocumentKeys keys = writeNewFile(temporary, data);
        replaceFile(temporary, path);
        auto connection = std::make_unique<Connection>(path, Connection::Mode::ReadWrite);
        connection->configureForWriting();
        std::unique_ptr<RmapDocument> doc(new RmapDocument(data));
        DocumentState& s = *doc->state_;
        s.path = path;
        s.untitled = untitled::contains(path);
        s.mapLock = std::move(mapLock);
        s.connection = std::move(connection);
        s.writer = std::make_unique<DocumentWriter>(s.connection->handle(), std::move(keys));
        s.dataVersion = s.connection->pragma("data_version");
        s.rememberFile();
        result.document = std::move(doc);
    } catch (const StorageError& e) {
        removeDatabaseFiles(temporary);
        result.error =
            QStringLiteral("cannot create %1: %2").arg(display(path), QString::fromStdString(e.what()));
    }
    return result;
}

RmapDocument::OpenResult RmapDocument::createUntitled(const core::MapData& data) {
    const QString path = untitled::newPath();
    auto lock = untitled::lock(path);
    if (!lock)
        return {nullptr,
                QStringLiteral("cannot create an untitled map in %1").arg(display(untitledDirectory()))};
    OpenResult result = create(path, data);
    if (result.document)
        result.document->state_->lock = std::move(lock);
    return result;
}

QStringList RmapDocument::recoverableUntitled() {
    return untitled::recoverable();
}

QString RmapDocument::untitledDirectory() {
    return untitled::directory();
}

core::Map& RmapDocument::map() {
    return map_;
}
const core::Map& RmapDocument::map() const {
    return map_;
}
bool RmapDocument::isReadOnly() const {
    return state_->readOnly;
}
bool RmapDocument::isUntitled() const {
    return state_->untitled;
}
QString RmapDocument::path() const {
    return state_->path;
}
bool RmapDocument::isInSync() const {
    return state_->inSync && !state_->stale;
}
bool RmapDocument::isOpen() const {
    return state_->open;
}
void RmapDocument::setErrorHandler(std::function<void(const QString&)> handler) {
    state_->handler = std::move(handler);
}
QString RmapDocument::lastError() const {
    return state_->lastError;
}
std::optional<MapLock::Holder> RmapDocument::heldBy() const {
    return state_->heldBy;
}
bool RmapDocument::wasRecovered() const {
    return state_->recovered;
}
bool RmapDocument::wasChangedElsewhere() const {
    return state_->changedElsewhere;
}
QString RmapDocument::connectionName() const {
    return state_->connection ? state_->connection->name() : QString();
}

bool RmapDocument::saveAs(const QString& path, QString* error) {
    DocumentState& s = *state_;
    auto failed = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!s.open)
        return failed(QStringLiteral("the map is closed"));

    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(s.path).canonicalFilePath()) {
        if (s.readOnly)
            return failed(QStringLiteral("%1 is open read-only").arg(display(path)));
        if (!s.inSync) {
            try {
                s.writer->writeAll(map_.data());
                s.inSync = true;
                s.lastError.clear();
            } catch (const StorageError& e) {
                return failed(writeErrorMessage(s.path, e.code(), QString::fromStdString(e.what())));
            }
        }
        return true;
    }

    // The target: not one the user protected, not one someone else has open.
    if (const QString refusal = protectedTargetMessage(path); !refusal.isEmpty())
        return failed(QStringLiteral("cannot save the map as %1: %2").arg(display(path), refusal));
    std::unique_ptr<MapLock> mapLock;
    if (!untitled::contains(path)) {
        MapLock::Result locked = MapLock::acquire(path);
        if (!locked.lock)
            return failed(QStringLiteral("cannot save the map as %1: %2").arg(display(path), locked.error));
        mapLock = std::move(locked.lock);
    }
    const QString temporary = temporaryPathBeside(path);
    DocumentKeys keys;
    bool haveKeys = false;
    std::unique_ptr<Connection> connection;
    try {
        if (s.inSync && !s.stale) {
            backupTo(s.connection->handle(), temporary);
        } else {
            keys = writeNewFile(temporary, map_.data());
            haveKeys = true;
        }
        replaceFile(temporary, path);
        connection = std::make_unique<Connection>(path, Connection::Mode::ReadWrite);
        connection->configureForWriting();
        if (!haveKeys)
            keys = readKeys(connection->handle());
    } catch (const StorageError& e) {
        removeDatabaseFiles(temporary);
        return failed(QStringLiteral("cannot save the map as %1: %2")
                          .arg(display(path), QString::fromStdString(e.what())));
    }

    const QString oldPath = s.path;
    if (s.writer && !s.changedElsewhere)
        s.connection->finishWriting();
    s.writer.reset();
    s.connection.reset();
    if (s.untitled) {
        removeDatabaseFiles(oldPath);
        s.lock.reset();
    }
    s.mapLock = std::move(mapLock);
    s.heldBy.reset();
    s.privateCopy.reset();
    s.changedElsewhere = false;
    s.connection = std::move(connection);
    s.writer = std::make_unique<DocumentWriter>(s.connection->handle(), std::move(keys));
    s.dataVersion = s.connection->pragma("data_version");
    s.path = path;
    s.untitled = untitled::contains(path);
    s.readOnly = false;
    s.stale = false;
    s.inSync = true;
    s.lastError.clear();
    s.rememberFile();
    return true;
}

void RmapDocument::close(Untitled mode) {
    DocumentState& s = *state_;
    if (!s.open)
        return;
    s.open = false;
    map_.unsubscribe(s.subscription);
    // The last writer leaves the file in rollback-journal mode: readable from a folder that
    // cannot be written, and whole without its -wal file.
    if (s.writer && !s.changedElsewhere && !(s.untitled && mode == Untitled::Discard))
        s.connection->finishWriting();
    s.writer.reset();
    s.connection.reset();
    s.privateCopy.reset();
    if (s.untitled && mode == Untitled::Discard)
        removeDatabaseFiles(s.path);
    s.lock.reset();
    s.mapLock.reset();
}

} // namespace sightline::storage
