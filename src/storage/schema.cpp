#include "sightline/storage/schema.h"

#include "statement.h"

#include <QSqlDriver>
#include <QVariant>
#include <string>

namespace sightline::storage {

namespace {

// Version 1: the whole map of map-format-v1.md. Rows of ordered arrays carry `ord` (array order;
// fractional so that an insertion in the middle touches one row). Enumerations are stored in the
// JSON spelling. References are deferred foreign keys, so that one transaction may write rows
// in any order; the columns that reference other rows are indexed for deletes and lookups.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE document (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    vocabulary TEXT NOT NULL DEFAULT 'pump',
    max_measures_per_objective INTEGER NOT NULL DEFAULT 3,
    max_objectives_per_team INTEGER NOT NULL DEFAULT 8,
    mini_me_scorecard_share REAL NOT NULL DEFAULT 0.5
);
CREATE TABLE perspectives (
    id TEXT PRIMARY KEY NOT NULL,
    ord REAL NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE teams (
    id TEXT PRIMARY KEY NOT NULL,
    ord REAL NOT NULL,
    name TEXT NOT NULL,
    parent TEXT REFERENCES teams(id) DEFERRABLE INITIALLY DEFERRED,
    color TEXT NOT NULL DEFAULT ''
);
CREATE INDEX teams_parent ON teams(parent);
CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    ord REAL NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    team TEXT REFERENCES teams(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_team ON people(team);
CREATE TABLE nodes (
    id TEXT PRIMARY KEY NOT NULL,
    ord REAL NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    team TEXT REFERENCES teams(id) DEFERRABLE INITIALLY DEFERRED,
    owner TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
    perspective TEXT REFERENCES perspectives(id) DEFERRABLE INITIALLY DEFERRED,
    goal INTEGER NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'up',
    baseline REAL,
    target REAL,
    cadence TEXT,
    status TEXT,
    start TEXT,
    due TEXT
);
CREATE INDEX nodes_team ON nodes(team);
CREATE INDEX nodes_owner ON nodes(owner);
CREATE INDEX nodes_perspective ON nodes(perspective);
CREATE TABLE measure_values (
    node TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seq INTEGER NOT NULL,
    date TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (node, seq)
) WITHOUT ROWID;
CREATE TABLE links (
    id TEXT PRIMARY KEY NOT NULL,
    ord REAL NOT NULL,
    kind TEXT NOT NULL,
    from_node TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
    to_node TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
    polarity TEXT NOT NULL DEFAULT '+',
    weight REAL NOT NULL DEFAULT 1,
    aggregate TEXT NOT NULL DEFAULT 'sum',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX links_from ON links(from_node);
CREATE INDEX links_to ON links(to_node);
CREATE TABLE positions (
    node TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    view TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    PRIMARY KEY (node, view)
) WITHOUT ROWID;
CREATE TABLE waivers (
    seq INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    team TEXT REFERENCES teams(id) DEFERRABLE INITIALLY DEFERRED,
    reason TEXT NOT NULL,
    by_person TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT
);
CREATE INDEX waivers_team ON waivers(team);
CREATE INDEX waivers_by ON waivers(by_person);
CREATE TABLE waiver_nodes (
    waiver INTEGER NOT NULL REFERENCES waivers(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    pos INTEGER NOT NULL,
    node TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (waiver, pos)
) WITHOUT ROWID;
CREATE INDEX waiver_nodes_node ON waiver_nodes(node);
INSERT INTO meta (key, value) VALUES ('generator', 'Sightline');
INSERT INTO document (id, title) VALUES (1, 'Untitled map');
)sql";

// Version 2: format 2 of measures.md (forecasts, xmr options, value approvals, the measure
// settings). Added columns go at the end of their tables (ALTER TABLE keeps the rows).
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE document ADD COLUMN run_length INTEGER NOT NULL DEFAULT 7;
ALTER TABLE document ADD COLUMN xmr_min_points INTEGER NOT NULL DEFAULT 6;
ALTER TABLE document ADD COLUMN progress_points INTEGER NOT NULL DEFAULT 6;
ALTER TABLE document ADD COLUMN require_approval INTEGER NOT NULL DEFAULT 0;
ALTER TABLE nodes ADD COLUMN xmr_rules TEXT NOT NULL DEFAULT 'pump';
ALTER TABLE nodes ADD COLUMN xmr_baseline_points INTEGER;
ALTER TABLE measure_values ADD COLUMN approved_by TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE measure_values ADD COLUMN approved_on TEXT;
CREATE INDEX measure_values_approved_by ON measure_values(approved_by);
CREATE TABLE measure_forecast (
    node TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seq INTEGER NOT NULL,
    date TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (node, seq)
) WITHOUT ROWID;
CREATE TABLE xmr_breaks (
    node TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seq INTEGER NOT NULL,
    date TEXT NOT NULL,
    PRIMARY KEY (node, seq)
) WITHOUT ROWID;
)sql";

// Version 3: a person's login in a team repository (docs/repository.md), so that a file
// downloaded from one and uploaded again keeps who approves as whom.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE people ADD COLUMN login TEXT NOT NULL DEFAULT '';
)sql";

sqlite3* handleOf(QSqlDatabase& db) {
    QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3**>(h.data());
}

QString runScript(QSqlDatabase& db, const char* sql) {
    sqlite3* handle = handleOf(db);
    if (!handle)
        return QStringLiteral("not a SQLite connection");
    try {
        execute(handle, sql);
    } catch (const StorageError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps = {
        {1, QStringLiteral("create the map tables"),
         [](QSqlDatabase& db) {
             const QString error = runScript(db, kSchemaV1);
             if (!error.isEmpty())
                 return error;
             return runScript(db, ("PRAGMA application_id=" + std::to_string(kApplicationId)).c_str());
         }},
        {2, QStringLiteral("add forecasts, xmr options, approvals and the measure settings"),
         [](QSqlDatabase& db) { return runScript(db, kSchemaV2); }},
        {3, QStringLiteral("add people's logins in a team repository"),
         [](QSqlDatabase& db) { return runScript(db, kSchemaV3); }},
    };
    return steps;
}

QString migrate(QSqlDatabase& db, const std::vector<MigrationStep>& steps) {
    sqlite3* handle = handleOf(db);
    if (!handle)
        return QStringLiteral("not a SQLite connection");
    try {
        Statement version(handle, "PRAGMA user_version");
        long long current = version.step() ? version.integer(0) : 0;
        version.reset();
        for (const MigrationStep& step : steps) {
            if (step.toVersion <= current)
                continue;
            if (step.toVersion != current + 1)
                return QStringLiteral("no migration from file format version %1 to %2")
                    .arg(current)
                    .arg(step.toVersion);
            execute(handle, "BEGIN IMMEDIATE");
            QString error = step.apply(db);
            if (error.isEmpty()) {
                try {
                    execute(handle, ("PRAGMA user_version=" + std::to_string(step.toVersion)).c_str());
                    execute(handle, "COMMIT");
                } catch (const StorageError& e) {
                    error = QString::fromStdString(e.what());
                }
            }
            if (!error.isEmpty()) {
                sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
                return QStringLiteral("migration to file format version %1 (%2) failed: %3")
                    .arg(step.toVersion)
                    .arg(step.description, error);
            }
            current = step.toVersion;
        }
    } catch (const StorageError& e) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace sightline::storage
