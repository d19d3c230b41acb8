#pragma once

#include "connection.h"
#include "documentwriter.h"
#include "sightline/core/map.h"

#include <QLockFile>
#include <QString>
#include <functional>
#include <memory>
#include <sys/types.h>

namespace sightline::storage {

// What an RmapDocument knows besides its model: the file, the connection, the writer, and
// whether the file holds every change that the model holds.
class DocumentState {
public:
    std::unique_ptr<Connection> connection;
    std::unique_ptr<DocumentWriter> writer; // null while read-only
    std::unique_ptr<QLockFile> lock;        // untitled maps only
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
