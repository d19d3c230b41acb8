#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <sqlite3.h>

namespace sightline::storage {

// One SQLite connection opened through Qt Sql's QSQLITE driver, with a unique connection name,
// set up defensively (defensive mode, trusted_schema off, cell size checks). Statements run on
// the driver's sqlite3 handle. Closing removes the connection from QSqlDatabase.
class Connection {
public:
    enum class Mode {
        ReadOnly,  // QSQLITE_OPEN_READONLY: the file is never changed
        ReadWrite, // the file must exist
        Create,    // creates the file if needed
    };

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

    long long pragma(const char* name);

private:
    QString name_;
    QString path_;
    Mode mode_;
    sqlite3* handle_ = nullptr;
};

} // namespace sightline::storage
