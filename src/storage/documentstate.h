#pragma once

#include "connection.h"
#include "documentwriter.h"
#include "sightline/core/map.h"
#include "sightline/storage/maplock.h"

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <sys/types.h>

namespace sightline::storage {

// What an RmapDocument knows besides its model: the file, the connection, the writer, and
// whether the file holds every change that the model holds.
class DocumentState {
public:
    std::unique_ptr<Connection> connection;
    std::unique_ptr<DocumentWriter> writer;     // null while read-only
    std::unique_ptr<QLockFile> lock;            // untitled maps only
    std::unique_ptr<MapLock> mapLock;           // named maps open for writing
    std::optional<MapLock::Holder> heldBy;      // who has the map, when that made it read-only
    std::shared_ptr<QTemporaryDir> privateCopy; // a read-only map recovered in a private folder
    bool recovered = false;                     // a hot journal or WAL was applied on open
    long long dataVersion = 0;                  // PRAGMA data_version after our last write
    bool changedElsewhere = false;              // another program wrote the file: no more writes
    QString path;
    bool open = true;
    bool readOnly = false;
    bool untitled = false;
    bool inSync = true; // the file holds exactly the model
    bool stale = false; // a read-only file of an older version: Save As writes the whole model
    std::function<void(const QString&)> handler;
    QString lastError;
    core::Map::Subscription subscription = 0;

    // The file's identity when opened, to notice that it was removed or replaced.
    void rememberFile();
    bool sameFile() const;

private:
    dev_t device_ = 0;
    ino_t inode_ = 0;
};

} // namespace sightline::storage
