#pragma once

#include "connection.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace sightline::storage {

// Where to read a file from, given what a writer may have left beside it (docs/storage.md,
// "Read-only places"):
// - a hot rollback journal (`NAME-journal`, a writer killed mid-transaction): SQLite rolls it
//   back in place when the file and its folder can be written; otherwise the file and its
//   journal are copied to a private folder and rolled back there;
// - a WAL with frames not yet in the file (`NAME-wal`) in a folder that cannot be written: read
//   from a private copy too (SQLite would need to create `NAME-shm` beside it);
// - a folder that cannot be written and no side files: the file is read with immutable=1, so a
//   read never needs to write anything.
struct ReadSource {
    QString path; // the file itself, or the private copy
    Connection::Mode mode = Connection::Mode::ReadOnly;
    std::shared_ptr<QTemporaryDir> copy; // the private folder, while it is needed
    bool recovered = false;              // a journal or WAL was applied (in place or on the copy)
    bool mustStayReadOnly = false;       // read from a copy: the original cannot be written
};

// Throws StorageError when the journal cannot be rolled back or the copy not made.
ReadSource prepareReadSource(const QString& path, bool fileWritable, bool folderWritable);

} // namespace sightline::storage
