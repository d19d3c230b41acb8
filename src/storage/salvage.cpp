#include "sightline/storage/salvage.h"

#include "connection.h"
#include "documentreader.h"
#include "schemacheck.h"
#include "sidefiles.h"
#include "sightline/core/validation.h"
#include "sightline/storage/schema.h"
#include "statement.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <string>
#include <vector>

namespace sightline::storage {

namespace {

QString display(const QString& path) {
    return QDir::toNativeSeparators(path);
}

std::string quotedName(const std::string& name) {
    return "\"" + name + "\"";
}

std::vector<std::string> tablesOf(sqlite3* db) {
    std::vector<std::string> tables;
    Statement s(
        db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (s.step())
        tables.push_back(s.text(0));
    return tables;
}

// Copies the rows of `table` that can be read, scanning from the start and, for a rowid table,
// from the end too (damage in the middle loses only the middle). Returns the number copied and
// sets `damaged` when a scan stopped at an error.
int copyRows(sqlite3* from, sqlite3* to, const std::string& table, bool rowid, bool& damaged) {
    int copied = 0;
    const std::vector<std::string> scans = {"SELECT * FROM " + quotedName(table),
                                            "SELECT * FROM " + quotedName(table) + " ORDER BY rowid DESC"};
    for (std::size_t i = 0; i < (rowid ? 2u : 1u); ++i) {
        sqlite3_stmt* read = nullptr;
        if (sqlite3_prepare_v2(from, scans[i].c_str(), -1, &read, nullptr) != SQLITE_OK) {
            sqlite3_finalize(read);
            damaged = true;
            continue;
        }
        const int columns = sqlite3_column_count(read);
        std::string insert = "INSERT OR REPLACE INTO " + quotedName(table) + " VALUES (";
        for (int c = 0; c < columns; ++c)
            insert += c ? ", ?" : "?";
        insert += ")";
        sqlite3_stmt* write = nullptr;
        check(to, sqlite3_prepare_v2(to, insert.c_str(), -1, &write, nullptr), "recover");
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c));
            if (sqlite3_step(write) == SQLITE_DONE && i == 0)
                ++copied;
            sqlite3_reset(write);
        }
        if (rc != SQLITE_DONE)
            damaged = true;
        sqlite3_finalize(write);
        sqlite3_finalize(read);
        if (i == 0 && rc == SQLITE_DONE)
            break; // the whole table was read from the start
    }
    return copied;
}

// Drops what refers to rows that were lost: optional references become NULL, rows with a
// required one go. Repeated until nothing changes (a dropped row may be referred to itself).
int repairReferences(sqlite3* db) {
    int changed = 0;
    for (int pass = 0; pass < 8; ++pass) {
        int thisPass = 0;
        for (const std::string& table : tablesOf(db)) {
            std::vector<std::pair<std::string, bool>> nullable; // column -> may be NULL
            Statement info(db, "SELECT name, \"notnull\" FROM pragma_table_info(?1)");
            info.bind(1, table);
            while (info.step())
                nullable.emplace_back(info.text(0), info.integer(1) == 0);
            Statement keys(db, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1)");
            keys.bind(1, table);
            while (keys.step()) {
                const std::string parent = keys.text(0), column = keys.text(1), target = keys.text(2);
                bool mayBeNull = false;
                for (const auto& [name, canBeNull] : nullable)
                    if (name == column)
                        mayBeNull = canBeNull;
                const std::string orphan = quotedName(column) + " IS NOT NULL AND " + quotedName(column) +
                                           " NOT IN (SELECT " + quotedName(target) + " FROM " +
                                           quotedName(parent) + ")";
                execute(db, (mayBeNull ? "UPDATE " + quotedName(table) + " SET " + quotedName(column) +
                                             " = NULL WHERE " + orphan
                                       : "DELETE FROM " + quotedName(table) + " WHERE " + orphan)
                                .c_str());
                thisPass += sqlite3_changes(db);
            }
        }
        changed += thisPass;
        if (thisPass == 0)
            break;
    }
    return changed;
}

} // namespace

SalvageResult salvageRmap(const QString& path) {
    SalvageResult out;
    const QFileInfo info(path);
    try {
        const ReadSource source =
            prepareReadSource(path, info.isWritable(), QFileInfo(info.absolutePath()).isWritable());
        Connection file(source.path, source.mode);
        const long long version = file.pragma("user_version");
        if (file.pragma("application_id") != kApplicationId || version < 0 || version > kSchemaVersion) {
            out.error = QStringLiteral("%1 is not a Sightline map this version can read").arg(display(path));
            return out;
        }
        if (const QString difference = schemaDifference(file.handle(), static_cast<int>(version));
            !difference.isEmpty()) {
            out.error = QStringLiteral("%1 %2; nothing was recovered from it").arg(display(path), difference);
            return out;
        }

        Connection memory(QStringLiteral(":memory:"), Connection::Mode::Create);
        std::vector<MigrationStep> steps;
        for (const MigrationStep& step : migrationSteps())
            if (step.toVersion <= version)
                steps.push_back(step);
        QSqlDatabase db = memory.database();
        if (const QString error = migrate(db, steps); !error.isEmpty())
            throw StorageError(error.toStdString());

        QStringList recovered, damagedTables;
        for (const std::string& table : tablesOf(memory.handle())) {
            Statement withoutRowid(memory.handle(),
                                   "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE name = ?1");
            withoutRowid.bind(1, table);
            const bool rowid = withoutRowid.step() && withoutRowid.integer(0) == 0;
            bool damaged = false;
            const int rows = copyRows(file.handle(), memory.handle(), table, rowid, damaged);
            recovered << QStringLiteral("%1 %2").arg(rows).arg(QString::fromStdString(table));
            if (damaged)
                damagedTables << QString::fromStdString(table);
        }
        const int dropped = repairReferences(memory.handle());
        if (version < kSchemaVersion) {
            if (const QString error = migrate(db); !error.isEmpty())
                throw StorageError(error.toStdString());
        }
        core::MapData map = readDocument(memory.handle());
        const auto issues = core::validate(map, 5);
        if (!issues.empty()) {
            QStringList lines;
            for (const auto& issue : issues)
                lines << QString::fromStdString(issue.toString());
            out.error = QStringLiteral("what could be read from %1 is not a valid map:\n  %2")
                            .arg(display(path), lines.join(QStringLiteral("\n  ")));
            return out;
        }
        out.report =
            QStringLiteral("Recovered from %1: %2.").arg(display(path), recovered.join(QStringLiteral(", ")));
        if (!damagedTables.isEmpty())
            out.report += QStringLiteral(" Damage stopped the reading of: %1; rows beyond it are lost.")
                              .arg(damagedTables.join(QStringLiteral(", ")));
        if (dropped > 0)
            out.report += QStringLiteral(" %1 references to lost rows were dropped.").arg(dropped);
        out.map = std::move(map);
    } catch (const StorageError& e) {
        out.error = QStringLiteral("nothing could be recovered from %1: %2")
                        .arg(display(path), QString::fromStdString(e.what()));
    }
    return out;
}

} // namespace sightline::storage
