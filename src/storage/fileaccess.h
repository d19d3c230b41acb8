#pragma once

#include "connection.h"
#include "orderkeys.h"
#include "sightline/core/mapdata.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <sqlite3.h>

namespace sightline::storage {

// Files up to this size get PRAGMA integrity_check on open (every index against its table),
// bigger ones PRAGMA quick_check: measured in docs/storage.md, "Opening".
inline constexpr qint64 kIntegrityCheckMaxBytes = 64 * 1024 * 1024;

// Why a file was refused, for a person to read (names the file).
class OpenError : public std::runtime_error {
public:
    explicit OpenError(const QString& message, bool damaged = false)
        : std::runtime_error(message.toStdString()), damaged_(damaged) {}
    QString message() const { return QString::fromStdString(what()); }
    // Refused as damaged (a recovered copy may be offered: salvage.h).
    bool damaged() const { return damaged_; }

private:
    bool damaged_ = false;
};

// A checked and loaded .rmap file.
struct LoadedFile {
    core::MapData data;
    DocumentKeys keys;
    int version = 0;
    bool readOnly = false;
    // Read-write (migrated, WAL) unless readOnly; then the read-only connection, and `stale` tells
    // whether the file's tables are of an older version than the model's.
    std::unique_ptr<Connection> connection;
    bool stale = false;
    // A hot journal or WAL was applied; privateCopy holds the recovered copy the connection
    // reads when the original could not be written (read-only then).
    bool recovered = false;
    std::shared_ptr<QTemporaryDir> privateCopy;
};

// Checks the file (SQLite, ours, not newer, quick_check, valid map) on a read-only connection,
// loads it and, unless readOnly or the file cannot be written, reopens it read-write and
// migrates it. Never changes a file it refuses. Throws OpenError.
LoadedFile loadFile(const QString& path, bool readOnly);

// Writes data as a complete new file at `path` (which must not exist; journal DELETE, synced).
// Returns the keys of what it wrote. Throws StorageError.
DocumentKeys writeNewFile(const QString& path, const core::MapData& data);

// Copies the database of db to a new file at `path` with the SQLite backup API. Throws StorageError.
void backupTo(sqlite3* db, const QString& path);

// "PATH is read-only, so it was not replaced" when path exists and is protected
// (io::isProtectedFile), else "".
QString protectedTargetMessage(const QString& path);

// Moves `from` over `to` (which keeps its permissions; refused when protected) in one rename, first removing
// the -wal and -shm files of an old `to` (they belong to the file being replaced). Throws StorageError.
void replaceFile(const QString& from, const QString& to);

// Removes a database file with its -wal, -shm and -journal files (ignores missing ones).
void removeDatabaseFiles(const QString& path);

// A unique temporary name beside path.
QString temporaryPathBeside(const QString& path);

// A person's message for a SQLite failure while writing `path`.
QString writeErrorMessage(const QString& path, int code, const QString& detail);

} // namespace sightline::storage
