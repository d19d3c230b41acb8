#pragma once

#include <optional>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sightline::storage {

// A failure of SQLite, with its (extended) result code.
class StorageError : public std::runtime_error {
public:
    StorageError(const std::string& message, int code = SQLITE_ERROR)
        : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

// Throws StorageError for a result code that is not SQLITE_OK / ROW / DONE.
void check(sqlite3* db, int rc, std::string_view what);

// Runs one or more SQL statements without results.
void execute(sqlite3* db, const char* sql);

// A prepared statement on the connection's handle, reset for reuse after each run.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1.
    Statement& bind(int i, std::string_view text);
    Statement& bind(int i, double value);
    Statement& bind(int i, long long value);
    Statement& bind(int i, int value) { return bind(i, static_cast<long long>(value)); }
    Statement& bindNull(int i);
    template <class T> Statement& bind(int i, const std::optional<T>& value) {
        return value ? bind(i, *value) : bindNull(i);
    }

    // Next row: true while there is one. Throws on errors.
    bool step();
    // Runs a statement without results to completion and resets it.
    void run();
    void reset();

    // Columns are numbered from 0.
    bool isNull(int i) const;
    int type(int i) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL
    std::string text(int i) const;
    double real(int i) const;
    long long integer(int i) const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace sightline::storage
