#include "schemacheck.h"

#include "connection.h"
#include "sightline/storage/schema.h"
#include "statement.h"

#include <QStringList>
#include <algorithm>
#include <map>
#include <vector>

namespace sightline::storage {

namespace {

struct Object {
    QString type; // "table", "index", "view", "trigger", or "virtual table"
    QString table;
    QString sql; // white space collapsed; empty for SQLite's automatic indexes
};

using Schema = std::map<QString, Object>; // by name

Schema readSchema(sqlite3* db) {
    Schema schema;
    Statement s(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (s.step()) {
        Object o;
        o.type = QString::fromStdString(s.text(0));
        o.table = QString::fromStdString(s.text(2));
        o.sql = QString::fromStdString(s.text(3)).simplified();
        if (o.type == QLatin1String("table") &&
            o.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            o.type = QStringLiteral("virtual table");
        schema[QString::fromStdString(s.text(1))] = std::move(o);
    }
    return schema;
}

// What Sightline's migrations create for `version`, in a database in memory.
Schema expectedSchema(int version) {
    Connection memory(QStringLiteral(":memory:"), Connection::Mode::Create);
    std::vector<MigrationStep> steps;
    for (const MigrationStep& step : migrationSteps())
        if (step.toVersion <= version)
            steps.push_back(step);
    QSqlDatabase db = memory.database();
    const QString error = migrate(db, steps);
    if (!error.isEmpty())
        throw StorageError("cannot build Sightline's own schema: " + error.toStdString());
    return readSchema(memory.handle());
}

// "a trigger", "an index"
QString withArticle(const QString& type) {
    return (type.startsWith(QLatin1Char('i')) ? QStringLiteral("an ") : QStringLiteral("a ")) + type;
}

QString quoted(const QString& name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

QString schemaDifference(sqlite3* file, int version, int* others) {
    const Schema expected = expectedSchema(version);
    const Schema actual = readSchema(file);
    QStringList problems;
    // Objects of the file first, SQL that could run (triggers, views, virtual tables) before
    // tables and indexes: that is what a person most needs to hear about.
    std::vector<std::pair<QString, Object>> ordered(actual.begin(), actual.end());
    auto rank = [](const Object& o) {
        return o.type == QLatin1String("trigger")            ? 0
               : o.type == QLatin1String("view")             ? 1
               : o.type.startsWith(QLatin1String("virtual")) ? 2
                                                             : 3;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const auto& a, const auto& b) { return rank(a.second) < rank(b.second); });
    for (const auto& [name, object] : ordered) {
        const auto it = expected.find(name);
        if (it == expected.end())
            problems << QStringLiteral("contains %1 %2 that Sightline does not create")
                            .arg(withArticle(object.type), quoted(name));
        else if (it->second.type != object.type)
            problems << QStringLiteral("contains %1 %2 where Sightline creates %3 of that name")
                            .arg(withArticle(object.type), quoted(name), withArticle(it->second.type));
        else if (it->second.table != object.table || it->second.sql != object.sql)
            problems << QStringLiteral("defines the %1 %2 differently from Sightline")
                            .arg(object.type, quoted(name));
    }
    for (const auto& [name, object] : expected)
        if (!actual.count(name))
            problems << QStringLiteral("lacks the %1 %2").arg(object.type, quoted(name));
    if (others)
        *others = problems.isEmpty() ? 0 : static_cast<int>(problems.size()) - 1;
    return problems.isEmpty() ? QString() : problems.front();
}

} // namespace sightline::storage
