#pragma once

#include <QSqlDatabase>
#include <QString>
#include <chrono>
#include <memory>
#include <sqlite3.h>

namespace sightline::storage {

// One SQLite connection opened through Qt Sql's QSQLITE driver, with a unique connection name,
// set up for untrusted files (docs/storage.md, "Opening"): defensive mode, trusted_schema off,
// triggers and views off, cell size checks, no memory mapping, tight sqlite3_limit()s and a
// progress handler that stops any statement running longer than statementTimeLimit().
// Statements run on the driver's sqlite3 handle. Closing removes the connection from
// QSqlDatabase.
class Connection {
public:
    enum class Mode {
        ReadOnly,  // QSQLITE_OPEN_READONLY (mode=ro): the file is never changed
        Immutable, // read-only and immutable=1: for a file in a folder that cannot be written
        ReadWrite, // the file must exist
        Create,    // creates the file if needed
    };

    // The longest any one statement may run before it is interrupted (SQLITE_INTERRUPT).
    static constexpr std::chrono::milliseconds kStatementTimeLimit{3000};

    // Throws StorageError when the file cannot be opened.
    Connection(const QString& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return handle_; }
    QSqlDatabase database() const;
    const QString& name() const { return name_; }
    const QString& path() const { return path_; }
    Mode mode() const { return mode_; }

    // The document settings for writing: foreign keys on, WAL journal, synchronous=NORMAL.
    void configureForWriting();
    // The last writer's goodbye: checkpoint, then back to journal_mode=DELETE, so that the file
    // alone holds the map and can be read from a folder that cannot be written. Best effort.
    void finishWriting() noexcept;

    long long pragma(const char* name);

    // How long one statement may run (kStatementTimeLimit unless changed, e.g. for a database
    // check of a big file).
    void setStatementTimeLimit(std::chrono::milliseconds limit);
    std::chrono::milliseconds statementTimeLimit() const;
    // Whether the progress handler interrupted a statement since the connection was opened.
    bool timedOut() const;

    struct Watchdog; // the progress handler's state

private:
    QString name_;
    QString path_;
    Mode mode_;
    sqlite3* handle_ = nullptr;
    std::unique_ptr<Watchdog> watchdog_;
};

// The limits every connection runs with (sqlite3_limit): far above what a map needs, far
// below what a hostile file could ask for.
inline constexpr int kMaxLength = 32 * 1024 * 1024; // bytes of one string, blob or row
inline constexpr int kMaxSqlLength = 100 * 1000;    // bytes of one SQL statement
inline constexpr int kMaxColumns = 200;             // columns of a table, index or result
inline constexpr int kMaxExpressionDepth = 100;

} // namespace sightline::storage
