#include "sidefiles.h"

#include "statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sightline::storage {

namespace {

bool hasContent(const QString& path) {
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

// Reading the header makes SQLite take a shared lock, which plays back a hot journal (or
// rebuilds the WAL index) first. Nothing stored in the file runs: only the header is read.
void recoverInPlace(const QString& path) {
    Connection c(path, Connection::Mode::ReadWrite);
    c.pragma("user_version");
}

void copyTo(const QString& from, const QString& to) {
    if (!QFile::exists(from))
        return;
    if (!QFile::copy(from, to))
        throw StorageError("cannot copy " + QDir::toNativeSeparators(from).toStdString() +
                               " to a private folder",
                           SQLITE_CANTOPEN);
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

ReadSource prepareReadSource(const QString& path, bool fileWritable, bool folderWritable) {
    ReadSource source;
    source.path = path;
    const QString journal = path + QStringLiteral("-journal");
    const QString wal = path + QStringLiteral("-wal");
    const bool hotJournal = hasContent(journal);
    const bool walFrames = hasContent(wal);
    const bool journalWritable = !QFile::exists(journal) || QFileInfo(journal).isWritable();

    if (hotJournal && fileWritable && folderWritable && journalWritable) {
        recoverInPlace(path);
        source.recovered = true;
        return source;
    }
    if (hotJournal || (walFrames && !folderWritable)) {
        source.copy = std::make_shared<QTemporaryDir>();
        if (!source.copy->isValid())
            throw StorageError("cannot make a private folder to recover the file in", SQLITE_CANTOPEN);
        source.path = source.copy->filePath(QStringLiteral("map.rmap"));
        copyTo(path, source.path);
        copyTo(journal, source.path + QStringLiteral("-journal"));
        copyTo(wal, source.path + QStringLiteral("-wal"));
        recoverInPlace(source.path);
        source.recovered = true;
        source.mustStayReadOnly = true;
        return source;
    }
    if (!folderWritable)
        source.mode = Connection::Mode::Immutable;
    return source;
}

} // namespace sightline::storage
