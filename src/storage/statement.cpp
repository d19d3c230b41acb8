#include "statement.h"

#include <utility>

namespace sightline::storage {

void check(sqlite3* db, int rc, std::string_view what) {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw StorageError(std::string(what) + ": " + message, rc);
}

void execute(sqlite3* db, const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StorageError(text, sqlite3_extended_errcode(db));
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw StorageError(sqlite3_errmsg(db), rc);
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Statement& Statement::bind(int i, std::string_view text) {
    check(db_, sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT),
          "bind");
    return *this;
}

Statement& Statement::bind(int i, double value) {
    check(db_, sqlite3_bind_double(stmt_, i, value), "bind");
    return *this;
}

Statement& Statement::bind(int i, long long value) {
    check(db_, sqlite3_bind_int64(stmt_, i, value), "bind");
    return *this;
}

Statement& Statement::bindNull(int i) {
    check(db_, sqlite3_bind_null(stmt_, i), "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(db_);
    std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    throw StorageError(message, code);
}

void Statement::run() {
    try {
        while (step()) {
        }
    } catch (...) {
        sqlite3_clear_bindings(stmt_);
        throw;
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int i) const {
    return sqlite3_column_type(stmt_, i) == SQLITE_NULL;
}

std::string Statement::text(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    if (!p)
        return {};
    return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)));
}

int Statement::type(int i) const {
    return sqlite3_column_type(stmt_, i);
}

double Statement::real(int i) const {
    return sqlite3_column_double(stmt_, i);
}

long long Statement::integer(int i) const {
    return sqlite3_column_int64(stmt_, i);
}

} // namespace sightline::storage
