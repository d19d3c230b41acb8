#include "connection.h"

#include "statement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QVariant>
#include <atomic>
#include <string>

namespace sightline::storage {

namespace {

QString uniqueName() {
    static std::atomic<unsigned long long> counter{0};
    return QStringLiteral("sightline-rmap-%1").arg(++counter);
}

// Nothing stored in a file runs, and no statement can ask for unbounded memory or time.
void harden(sqlite3* db) {
    int unused = 0;
    check(db, sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused), "defensive mode");
    check(db, sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused), "trusted schema");
#ifdef SQLITE_DBCONFIG_ENABLE_TRIGGER
    check(db, sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused), "triggers off");
#endif
#ifdef SQLITE_DBCONFIG_ENABLE_VIEW
    check(db, sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &unused), "views off");
#endif
    // Extensions cannot be loaded, not even through SQL.
    check(db, sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused), "extensions off");
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxLength);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, kMaxSqlLength);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, kMaxColumns);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, kMaxExpressionDepth);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
    execute(db, "PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;");
}

QString uriFor(const QString& path) {
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(QStringLiteral("immutable=1"));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

// Every statement starts its clock when it starts running (SQLITE_TRACE_STMT); the progress
// handler, called every few thousand virtual machine steps, interrupts it when its time is up.
struct Connection::Watchdog {
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    std::chrono::milliseconds limit = kStatementTimeLimit;
    bool fired = false;

    static int onTrace(unsigned, void* self, void*, void*) {
        static_cast<Watchdog*>(self)->started = std::chrono::steady_clock::now();
        return 0;
    }
    static int onProgress(void* self) {
        auto* w = static_cast<Watchdog*>(self);
        if (std::chrono::steady_clock::now() - w->started <= w->limit)
            return 0;
        w->fired = true;
        return 1; // SQLITE_INTERRUPT
    }
};

Connection::Connection(const QString& path, Mode mode) : name_(uniqueName()), path_(path), mode_(mode) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name_);
            throw StorageError("the Qt SQLite driver (QSQLITE) is not available");
        }
        if (mode == Mode::Immutable) {
            db.setDatabaseName(uriFor(path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            if (mode == Mode::ReadOnly)
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
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
        // Untrusted files: no triggers, views or functions with side effects from the schema,
        // no writes to the schema or to shadow tables, detection of damaged cells, bounded
        // statements.
        watchdog_ = std::make_unique<Watchdog>();
        sqlite3_trace_v2(handle_, SQLITE_TRACE_STMT, &Watchdog::onTrace, watchdog_.get());
        sqlite3_progress_handler(handle_, 1000, &Watchdog::onProgress, watchdog_.get());
        harden(handle_);
    } catch (...) {
        sqlite3_progress_handler(handle_, 0, nullptr, nullptr);
        sqlite3_trace_v2(handle_, 0, nullptr, nullptr);
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
    sqlite3_progress_handler(handle_, 0, nullptr, nullptr);
    sqlite3_trace_v2(handle_, 0, nullptr, nullptr);
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
    // While open, written edits live in the file and its -wal together (docs/storage.md):
    // checkpointing after every edit would cost two fsyncs an edit (20-30 ms on a busy disk).
    execute(handle_, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
    Statement wal(handle_, "PRAGMA journal_mode=WAL");
    if (!wal.step() || wal.text(0) != "wal")
        throw StorageError("could not switch the file to WAL journal mode");
}

void Connection::finishWriting() noexcept {
    // Without waiting for readers: when one still has the file open, it stays in WAL mode.
    sqlite3_busy_timeout(handle_, 0);
    sqlite3_exec(handle_, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_exec(handle_, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
}

void Connection::setStatementTimeLimit(std::chrono::milliseconds limit) {
    watchdog_->limit = limit;
}

std::chrono::milliseconds Connection::statementTimeLimit() const {
    return watchdog_->limit;
}

bool Connection::timedOut() const {
    return watchdog_->fired;
}

long long Connection::pragma(const char* name) {
    Statement s(handle_, std::string("PRAGMA ") + name);
    return s.step() ? s.integer(0) : 0;
}

} // namespace sightline::storage
