#pragma once

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace sightline::storage {

// One writer per named map (docs/storage.md, "One writer"): a lock file beside the map,
// `.~lock.NAME#` like LibreOffice's, holding who has the map open for writing (user, host,
// process id, since when). The holder keeps an flock() on it while it lives and removes it
// when done. A lock whose process is no longer running on this host is stale and taken over;
// a lock from another host is respected (it cannot be checked from here).
//
// Taken by the editor for the map it writes, and by every sightline-cli command that writes a
// file. Advisory: SQLite's own locking still keeps each transaction whole.
class MapLock {
public:
    struct Holder {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since; // UTC
        // "open on HOST by USER since 10:42" (a date as well when not today).
        QString describe() const;
    };

    struct Result {
        std::unique_ptr<MapLock> lock; // null when not taken
        std::optional<Holder> holder;  // who has it, when someone else does
        QString error;                 // why not, for a person (names the map and the holder)
    };

    // Takes the lock for the map at mapPath (the map need not exist yet).
    static Result acquire(const QString& mapPath);
    // Who holds the lock of mapPath now, if anyone (a stale lock counts as none).
    static std::optional<Holder> holderOf(const QString& mapPath);
    // FOLDER/.~lock.NAME#
    static QString lockPathFor(const QString& mapPath);

    ~MapLock(); // removes the lock file
    MapLock(const MapLock&) = delete;
    MapLock& operator=(const MapLock&) = delete;

    const QString& path() const { return path_; }

private:
    MapLock(QString path, int fd) : path_(std::move(path)), fd_(fd) {}
    QString path_;
    int fd_ = -1;
};

} // namespace sightline::storage
