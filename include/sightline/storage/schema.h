#pragma once

#include <QSqlDatabase>
#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

namespace sightline::storage {

// PRAGMA application_id of every .rmap file: 0x534C4D50, "SLMP" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x534C4D50;
// PRAGMA user_version of files this version writes; it reads 0..kSchemaVersion.
// Version 2 adds format 2 of measures.md (forecasts, xmr options, approvals, measure settings);
// version 3 people's logins in a team repository.
inline constexpr int kSchemaVersion = 3;

// One forward migration: brings a file from version toVersion - 1 to toVersion. apply returns
// an error message, or an empty string on success.
struct MigrationStep {
    int toVersion = 0;
    QString description;
    std::function<QString(QSqlDatabase&)> apply;
};

// Sightline's migrations, in order: step i brings version i to i + 1.
const std::vector<MigrationStep>& migrationSteps();

// Brings the database from its PRAGMA user_version up to the last step's version, each step in
// its own transaction (it either happens whole, with user_version raised, or not at all).
// Returns an error message naming the step that failed, or an empty string.
QString migrate(QSqlDatabase& db, const std::vector<MigrationStep>& steps = migrationSteps());

} // namespace sightline::storage
