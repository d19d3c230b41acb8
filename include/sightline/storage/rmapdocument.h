#pragma once

#include "sightline/core/map.h"
#include "sightline/core/mapdata.h"
#include "sightline/storage/maplock.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace sightline::storage {

class DocumentState;

// An open `.rmap` document (docs/storage.md): the core model of the map, kept in step with
// its SQLite file. Every ChangeSet that the model reports (a single edit or a whole batch) is
// written to the file in one transaction as it happens, so there is nothing "unsaved" to lose.
//
// A document is used from the thread that opened it (Qt Sql connections are per thread).
class RmapDocument {
public:
    struct OpenResult {
        std::unique_ptr<RmapDocument> document; // null when refused
        QString error;                          // why it was refused, for a person to read
        bool damaged = false;                   // refused as damaged: salvageRmap() may help
    };

    // Opens an existing file and loads the whole map. Refuses, without changing the file, a
    // file that is not SQLite, a SQLite file that is not a Sightline map (or holds anything
    // besides Sightline's own schema: triggers, views, ...), a file from a newer version, a
    // damaged file and a map that does not validate. A file that cannot be written, that
    // someone else has open for writing (heldBy()), or readOnly opens read-only: edits then
    // stay in memory (see setErrorHandler) until saveAs(). A named map open for writing holds
    // its lock (maplock.h) until close().
    static OpenResult open(const QString& path, bool readOnly = false);
    // A new file at path holding data (replaces an existing file; appears whole or not at all).
    static OpenResult create(const QString& path, const core::MapData& data);
    // A new untitled map in the user's data location (untitledDirectory()).
    static OpenResult createUntitled(const core::MapData& data);
    // Untitled maps left behind by a session that did not close them (crash recovery): files in
    // untitledDirectory() that no running Sightline holds open. Oldest first.
    static QStringList recoverableUntitled();
    // Where untitled maps live: <AppDataLocation>/untitled.
    static QString untitledDirectory();

    ~RmapDocument();
    RmapDocument(const RmapDocument&) = delete;
    RmapDocument& operator=(const RmapDocument&) = delete;

    // The model; every operation on it is written through to the file.
    core::Map& map();
    const core::Map& map() const;

    bool isReadOnly() const;
    // Whether the file lives in untitledDirectory() (never saved elsewhere).
    bool isUntitled() const;
    QString path() const;
    // False after a write failed and until a later write (or saveAs) put the whole model in a
    // file again: the file then lacks some edits that the model in memory holds.
    bool isInSync() const;

    // Copies the document to path (SQLite backup API, or the whole model when the file is not in
    // step with it), then continues there, writable. An untitled map's old file is removed.
    bool saveAs(const QString& path, QString* error);

    // Called with a message for a person whenever a change could not be written (disk full, I/O
    // error, file removed, read-only file). The model keeps the change either way.
    void setErrorHandler(std::function<void(const QString&)> handler);
    // The last write failure's message; empty when the last write succeeded.
    QString lastError() const;

    enum class Untitled { Discard, Keep };
    // Clean close. An untitled map's file is removed (Discard) or kept for recovery (Keep).
    // The document must not be used afterwards, except for path() and isUntitled().
    void close(Untitled untitled = Untitled::Discard);
    bool isOpen() const;

    // Who had the map open for writing when it was opened (it is then read-only).
    std::optional<MapLock::Holder> heldBy() const;
    // A hot journal or a WAL was applied on open (in place, or on a private copy when the file
    // or its folder cannot be written; the map is read-only then).
    bool wasRecovered() const;
    // Another program wrote the file since it was opened: no edit is written to it any more
    // (each is reported through the error handler); saveAs() keeps them.
    bool wasChangedElsewhere() const;

    // The connection's name in QSqlDatabase (diagnostics and tests, e.g. PRAGMA max_page_count).
    QString connectionName() const;

private:
    explicit RmapDocument(core::MapData data);
    core::Map map_;
    std::unique_ptr<DocumentState> state_;
};

} // namespace sightline::storage
