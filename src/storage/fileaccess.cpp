#include "fileaccess.h"

#include "documentreader.h"
#include "documentwriter.h"
#include "schemacheck.h"
#include "sidefiles.h"
#include "sightline/core/validation.h"
#include "sightline/io/fileutil.h"
#include "sightline/storage/schema.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace sightline::storage {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL byte

QString display(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString hex(std::int64_t v) {
    return QStringLiteral("0x%1").arg(static_cast<quint32>(v), 8, 16, QLatin1Char('0'));
}

// The checks that need SQLite, on a read-only connection. Returns the file's schema version.
int checkFile(Connection& c, const QString& path) {
    const long long appId = c.pragma("application_id");
    if (appId != kApplicationId)
        throw OpenError(
            QStringLiteral("%1 is a SQLite database, but not a Sightline map (its application id is "
                           "%2, a Sightline map's is %3)")
                .arg(display(path), hex(appId), hex(kApplicationId)));
    const long long version = c.pragma("user_version");
    if (version > kSchemaVersion)
        throw OpenError(
            QStringLiteral("%1 was written by a newer version of Sightline (map file version %2; this "
                           "version reads versions up to %3). Open it with a newer Sightline.")
                .arg(display(path))
                .arg(version)
                .arg(kSchemaVersion));
    if (version < 0)
        throw OpenError(
            QStringLiteral("%1 is damaged: its map file version is %2").arg(display(path)).arg(version));
    // Before anything reads a table: the file holds exactly Sightline's schema for its version.
    int others = 0;
    const QString difference = schemaDifference(c.handle(), static_cast<int>(version), &others);
    if (!difference.isEmpty())
        throw OpenError(
            QStringLiteral("%1 %2; it was not opened%3. A map holds only Sightline's own tables and "
                           "indexes: SQL stored in a file is never run.")
                .arg(display(path), difference,
                     others == 0 ? QString()
                                 : QStringLiteral(" (%1 more difference%2 from Sightline's schema)")
                                       .arg(others)
                                       .arg(others > 1 ? QStringLiteral("s") : QString())));
    // integrity_check also compares every index with its table; on big files it costs too much
    // time, and quick_check (pages and records only) stands in.
    const qint64 size = QFileInfo(path).size();
    const bool whole = size <= kIntegrityCheckMaxBytes;
    // The check reads every page: a big file gets time in proportion (20 MB a second at least).
    c.setStatementTimeLimit(
        std::max(Connection::kStatementTimeLimit, std::chrono::milliseconds(size / 20000)));
    Statement quick(c.handle(), whole ? "PRAGMA integrity_check(5)" : "PRAGMA quick_check(5)");
    QStringList problems;
    while (quick.step()) {
        const QString row = QString::fromStdString(quick.text(0));
        if (row != QLatin1String("ok"))
            problems << row;
    }
    c.setStatementTimeLimit(Connection::kStatementTimeLimit);
    if (!problems.isEmpty())
        throw OpenError(QStringLiteral("%1 is damaged (the database check found: %2)")
                            .arg(display(path), problems.join(QStringLiteral("; "))),
                        true);
    return static_cast<int>(version);
}

QString sqliteProblem(const QString& path, const StorageError& e) {
    const int primary = e.code() & 0xff;
    if (primary == SQLITE_NOTADB)
        return QStringLiteral("%1 is not a Sightline map: it is not a readable SQLite database (%2)")
            .arg(display(path), QString::fromStdString(e.what()));
    if (primary == SQLITE_INTERRUPT)
        return QStringLiteral(
                   "%1 was not opened: reading it took longer than %2 s, which a Sightline map never "
                   "needs (the file is damaged, or made to hang the program that reads it)")
            .arg(display(path))
            .arg(Connection::kStatementTimeLimit.count() / 1000.0);
    if (primary == SQLITE_TOOBIG)
        return QStringLiteral(
                   "%1 was not opened: it holds a value or statement larger than Sightline allows (%2)")
            .arg(display(path), QString::fromStdString(e.what()));
    if (primary == SQLITE_CORRUPT)
        return QStringLiteral("%1 is damaged: %2").arg(display(path), QString::fromStdString(e.what()));
    return QStringLiteral("%1 cannot be read: %2").arg(display(path), QString::fromStdString(e.what()));
}

} // namespace

LoadedFile loadFile(const QString& path, bool readOnly) {
    const QFileInfo info(path);
    if (!info.exists())
        throw OpenError(QStringLiteral("%1 does not exist").arg(display(path)));
    if (info.isDir())
        throw OpenError(QStringLiteral("%1 is a folder, not a map file").arg(display(path)));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw OpenError(QStringLiteral("%1 cannot be read: %2").arg(display(path), file.errorString()));
        const QByteArray head = file.read(100);
        if (head.isEmpty())
            throw OpenError(QStringLiteral("%1 is empty: it is not a Sightline map").arg(display(path)));
        if (head.size() < 16 || !head.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
            throw OpenError(QStringLiteral("%1 is not a Sightline map (.rmap): it is not a SQLite database")
                                .arg(display(path)));
        if (head.size() < 100)
            throw OpenError(QStringLiteral("%1 is damaged: the file is cut short (%2 bytes)")
                                .arg(display(path))
                                .arg(head.size()));
    }

    LoadedFile out;
    const bool fileWritable = info.isWritable();
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    out.readOnly = readOnly || !fileWritable || !folderWritable;
    try {
        // A hot journal or a WAL that cannot be read in place is applied first (on a private copy
        // when the file or its folder cannot be written).
        ReadSource source = prepareReadSource(path, fileWritable, folderWritable);
        out.privateCopy = source.copy;
        out.recovered = source.recovered;
        if (source.mustStayReadOnly)
            out.readOnly = true;
        auto reader = std::make_unique<Connection>(source.path, source.mode);
        out.version = checkFile(*reader, path);
        if (out.version < kSchemaVersion) {
            // Migrate a copy in memory to read it, so that a file refused below stays as it was.
            Connection memory(QStringLiteral(":memory:"), Connection::Mode::Create);
            sqlite3_backup* backup = sqlite3_backup_init(memory.handle(), "main", reader->handle(), "main");
            if (!backup)
                throw StorageError(sqlite3_errmsg(memory.handle()), sqlite3_errcode(memory.handle()));
            sqlite3_backup_step(backup, -1);
            check(memory.handle(), sqlite3_backup_finish(backup), "copy");
            QSqlDatabase db = memory.database();
            const QString error = migrate(db);
            if (!error.isEmpty())
                throw OpenError(
                    QStringLiteral("%1 cannot be brought up to date: %2").arg(display(path), error));
            out.data = readDocument(memory.handle(), &out.keys);
        } else {
            out.data = readDocument(reader->handle(), &out.keys);
        }
        const auto issues = core::validate(out.data, 10);
        if (!issues.empty()) {
            QStringList lines;
            for (const auto& issue : issues)
                lines << QString::fromStdString(issue.toString());
            throw OpenError(QStringLiteral("%1 holds a map that is not valid:\n  %2")
                                .arg(display(path), lines.join(QStringLiteral("\n  "))));
        }
        if (out.readOnly) {
            out.stale = out.version < kSchemaVersion;
            out.connection = std::move(reader);
            return out;
        }
        reader.reset();
        out.connection = std::make_unique<Connection>(path, Connection::Mode::ReadWrite);
        out.connection->configureForWriting();
        if (out.version < kSchemaVersion) {
            QSqlDatabase db = out.connection->database();
            const QString error = migrate(db);
            if (!error.isEmpty())
                throw OpenError(
                    QStringLiteral("%1 cannot be brought up to date: %2").arg(display(path), error));
        }
    } catch (const StorageError& e) {
        throw OpenError(sqliteProblem(path, e), (e.code() & 0xff) == SQLITE_CORRUPT);
    }
    return out;
}

DocumentKeys writeNewFile(const QString& path, const core::MapData& data) {
    Connection c(path, Connection::Mode::Create);
    execute(c.handle(), "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    QSqlDatabase db = c.database();
    const QString error = migrate(db);
    if (!error.isEmpty())
        throw StorageError(error.toStdString());
    DocumentWriter writer(c.handle(), {});
    writer.writeAll(data);
    return writer.takeKeys();
}

void backupTo(sqlite3* db, const QString& path) {
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", db, "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_extended_errcode(dest);
    }
    const std::string message = dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc);
    sqlite3_close(dest);
    if (rc != SQLITE_OK)
        throw StorageError(message, rc);
}

QString protectedTargetMessage(const QString& path) {
    if (io::isProtectedFile(QFile::encodeName(path).toStdString()))
        return QStringLiteral("%1 is read-only, so it was not replaced").arg(display(path));
    return {};
}

void replaceFile(const QString& from, const QString& to) {
    if (!protectedTargetMessage(to).isEmpty())
        throw StorageError(protectedTargetMessage(to).toStdString(), SQLITE_READONLY);
    io::copyFileMode(QFile::encodeName(to).toStdString(), QFile::encodeName(from).toStdString());
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw StorageError("cannot rename the new file into place", SQLITE_CANTOPEN);
}

void removeDatabaseFiles(const QString& path) {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

QString temporaryPathBeside(const QString& path) {
    static std::atomic<unsigned> counter{0};
    return path + QStringLiteral(".tmp-%1-%2").arg(::getpid()).arg(++counter);
}

QString writeErrorMessage(const QString& path, int code, const QString& detail) {
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral(
                   "The disk is full: the last change could not be saved in %1. The map in the window "
                   "still has it; free some space or use Save As.")
            .arg(display(path));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QStringLiteral("%1 can no longer be written (%2). The map in the window still has the last "
                              "change; use Save As.")
            .arg(display(path), detail);
    case SQLITE_IOERR:
        return QStringLiteral("Writing %1 failed (%2). The map in the window still has the last change; use "
                              "Save As.")
            .arg(display(path), detail);
    default:
        return QStringLiteral(
                   "The last change could not be saved in %1 (%2). The map in the window still has it; "
                   "use Save As.")
            .arg(display(path), detail);
    }
}

} // namespace sightline::storage
