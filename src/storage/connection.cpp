#include "connection.h"

#include "statement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <atomic>
#include <string>

namespace sightline::storage {

namespace {

QString uniqueName() {
    static std::atomic<unsigned long long> counter{0};
    return QStringLiteral("sightline-rmap-%1").arg(++counter);
}

} // namespace

Connection::Connection(const QString& path, Mode mode) : name_(uniqueName()), path_(path), mode_(mode) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name_);
            throw StorageError("the Qt SQLite driver (QSQLITE) is not available");
        }
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        bool opened = db.open();
        QVariant h = opened ? db.driver()->handle() : QVariant();
        if (opened && h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            handle_ = *static_cast<sqlite3**>(h.data());
        if (!opened || !handle_) {
            const std::string message = opened ? std::string("no SQLite handle")
                                               : db.lastError().driverText().toStdString() + ": " +
                                                     db.lastError().databaseText().toStdString();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name_);
            throw StorageError(message, SQLITE_CANTOPEN);
        }
    }
    try {
        // Untrusted files: no functions with side effects from the schema, no writes to the
        // schema or to shadow tables, and detection of damaged cells.
        int unused = 0;
        check(handle_, sqlite3_db_config(handle_, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused), "defensive mode");
        check(handle_, sqlite3_db_config(handle_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused),
              "trusted schema");
        execute(handle_, "PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;");
    } catch (...) {
        handle_ = nullptr;
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
        throw;
    }
}

Connection::~Connection() {
    {
        QSqlDatabase db = QSqlDatabase::database(name_, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name_);
}

QSqlDatabase Connection::database() const {
    return QSqlDatabase::database(name_, false);
}

void Connection::configureForWriting() {
    execute(handle_, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
    Statement wal(handle_, "PRAGMA journal_mode=WAL");
    if (!wal.step() || wal.text(0) != "wal")
        throw StorageError("could not switch the file to WAL journal mode");
}

long long Connection::pragma(const char* name) {
    Statement s(handle_, std::string("PRAGMA ") + name);
    return s.step() ? s.integer(0) : 0;
}

} // namespace sightline::storage
