#include "repositoryrows.h"

#include "servermessage.h"
#include "sightline/core/changevisitor.h"
#include "sightline/io/jsonmapwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

namespace sightline::storage {

namespace {

using Json = nlohmann::json;

struct TableInfo {
    const char* name;
    const char* key1;
    const char* key2; // nullptr: one key column
    bool ordered;
    const char* entity; // how a refusal names a row
    const char* kind;   // the edit script's entity of a row, or "" (values, positions, the map's fields)
};

constexpr TableInfo kTables[RepositoryRows::TableCount] = {
    {"doc", "key", nullptr, false, "the map's", ""},
    {"teams", "id", nullptr, true, "team", "team"},
    {"people", "id", nullptr, true, "person", "person"},
    {"nodes", "id", nullptr, true, "node", "node"},
    {"measure_values", "measure", "date", true, "the value of measure", ""},
    {"links", "id", nullptr, true, "link", "link"},
    {"positions", "node", "view", false, "the position of node", ""},
};

std::string keyOf(const std::string& a, const std::string& b) {
    return b.empty() ? a : a + '\x1f' + b;
}

// The map's own fields, each a row of the doc table when the map has it.
constexpr const char* kDocFields[] = {"title",        "description", "vocabulary",
                                      "perspectives", "settings",    "waivers"};

// Moves a node's values (its JSON object's "values") into rows of the values table.
void addValueRows(Json& node, const std::string& id, std::map<std::string, RepositoryRows::Row>& rows) {
    if (!node.contains("values"))
        return;
    long long ord = 0;
    for (const Json& v : node["values"]) {
        const std::string date = v.at("date").get<std::string>();
        rows[keyOf(id, date)] = RepositoryRows::Row{id, date, ord++, v.dump()};
    }
    node.erase("values");
}

QString describe(const TableInfo& t, const Json& row) {
    std::string what = std::string(t.entity) + " '" + row.value("k1", "") + "'";
    if (t.key2)
        what += std::string(" (") + row.value("k2", "") + ")";
    return QString::fromStdString(what);
}

// The key columns matched against the JSON rows of a statement's array (bound once more after
// the map: the first key's values are also given as an array, so that the server finds the rows
// through the primary key and checks its row-level security policies on those rows only, not on
// every row of the map before joining).
QString keyMatch(const TableInfo& t) {
    QString s = QStringLiteral(
                    "t.map = ? AND t.%1 = ANY (ARRAY(SELECT x->>'k1' FROM jsonb_array_elements(?::jsonb) x)) "
                    "AND t.%1 = r->>'k1'")
                    .arg(QLatin1String(t.key1));
    if (t.key2)
        s += QStringLiteral(" AND t.%1 = r->>'k2'").arg(QLatin1String(t.key2));
    return s;
}

core::Status run(QSqlDatabase& db, const QString& sql, const QVariantList& values, const TableInfo& t,
                 const Json& rows, const char* verb) {
    // A refused statement aborts the transaction; rolling back to this savepoint lets the
    // prepared statement be freed before the caller rolls back.
    QSqlQuery(db).exec(QStringLiteral("SAVEPOINT sightline_write"));
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT sightline_write"));
        const QString code = e.nativeErrorCode();
        // Policy violations are refusals; anything else is the server failing.
        if (code == QLatin1String("42501"))
            return core::Status::error(
                QStringLiteral("your role may not %1 %2: %3")
                    .arg(QLatin1String(verb), describe(t, rows.front()), serverMessage(e))
                    .toStdString(),
                "refused");
        return core::Status::error(serverMessage(e).toStdString(), code.toStdString());
    }
    if (q.numRowsAffected() != static_cast<int>(rows.size()))
        return core::Status::error(QStringLiteral("your role may not %1 %2")
                                       .arg(QLatin1String(verb), describe(t, rows.front()))
                                       .toStdString(),
                                   "refused");
    return {};
}

} // namespace

RepositoryRows::RepositoryRows(const core::MapData& map) {
    const Json doc = Json::parse(io::writeMapJson(map));
    for (const char* field : kDocFields)
        if (doc.contains(field))
            tables_[Doc][field] = Row{field, "", 0, doc[field].dump()};
    auto entities = [&](Table table, const char* array) {
        if (!doc.contains(array))
            return;
        long long ord = 0;
        for (const Json& e : doc[array]) {
            const std::string id = e.at("id").get<std::string>();
            if (table == Nodes) {
                Json node = e;
                addValueRows(node, id, tables_[Values]);
                tables_[Nodes][id] = Row{id, "", ord++, node.dump()};
                continue;
            }
            tables_[table][id] = Row{id, "", ord++, e.dump()};
        }
    };
    entities(Teams, "teams");
    entities(People, "people");
    entities(Nodes, "nodes");
    entities(Links, "links");
    if (doc.contains("views"))
        for (auto view = doc["views"].begin(); view != doc["views"].end(); ++view)
            if (view->contains("positions"))
                for (auto at = (*view)["positions"].begin(); at != (*view)["positions"].end(); ++at)
                    tables_[Positions][keyOf(at.key(), view.key())] =
                        Row{at.key(), view.key(), 0, at->dump()};
}

bool RepositoryRows::Changes::empty() const {
    return std::all_of(tables.begin(), tables.end(), [](const auto& t) { return t.empty(); });
}

RepositoryRows::Changes RepositoryRows::diff(const RepositoryRows& after) const {
    Changes out;
    for (int t = 0; t < TableCount; ++t) {
        for (const auto& [key, row] : after.tables_[t]) {
            auto it = tables_[t].find(key);
            if (it == tables_[t].end() || it->second.data != row.data)
                out.tables[t].emplace(key, row);
        }
        for (const auto& [key, row] : tables_[t])
            if (!after.tables_[t].count(key))
                out.tables[t].emplace(key, std::nullopt);
    }
    return out;
}

void RepositoryRows::apply(const Changes& changes) {
    for (int t = 0; t < TableCount; ++t)
        for (const auto& [key, row] : changes.tables[t]) {
            if (row)
                tables_[t][key] = *row;
            else
                tables_[t].erase(key);
        }
}

namespace {

// What a change set touched, as the rows to look at again.
class TouchedRows final : public core::ChangeVisitor {
public:
    std::set<core::NodeId> nodes;
    std::set<core::LinkId> links;
    std::set<core::TeamId> teams;
    std::set<core::PersonId> people;
    std::set<std::pair<core::NodeId, core::ViewKind>> positions;
    bool fields = false; // the map's own fields (title ... waivers)

    void on(const core::change::PropertiesChanged&) override { fields = true; }
    void on(const core::change::SettingsChanged&) override { fields = true; }
    void on(const core::change::WaiversChanged&) override { fields = true; }
    void on(const core::change::NodeAdded& e) override { nodes.insert(e.id); }
    void on(const core::change::NodeChanged& e) override { nodes.insert(e.id); }
    void on(const core::change::NodeRemoved& e) override { nodes.insert(e.id); }
    void on(const core::change::LinkAdded& e) override { links.insert(e.id); }
    void on(const core::change::LinkChanged& e) override { links.insert(e.id); }
    void on(const core::change::LinkRemoved& e) override { links.insert(e.id); }
    void on(const core::change::TeamAdded& e) override { teams.insert(e.id); }
    void on(const core::change::TeamChanged& e) override { teams.insert(e.id); }
    void on(const core::change::TeamRemoved& e) override { teams.insert(e.id); }
    void on(const core::change::PersonAdded& e) override { people.insert(e.id); }
    void on(const core::change::PersonChanged& e) override { people.insert(e.id); }
    void on(const core::change::PersonRemoved& e) override { people.insert(e.id); }
    void on(const core::change::PerspectiveAdded&) override { fields = true; }
    void on(const core::change::PerspectiveChanged&) override { fields = true; }
    void on(const core::change::PerspectiveRemoved&) override { fields = true; }
    void on(const core::change::PositionsChanged& e) override {
        for (const core::NodeId& n : e.nodes)
            positions.emplace(n, e.view);
    }
};

} // namespace

RepositoryRows::Changes RepositoryRows::changesFrom(const core::Map& map,
                                                    const std::vector<core::ChangeEvent>& events) const {
    TouchedRows touched;
    for (const core::ChangeEvent& e : events)
        core::visit(e, touched);
    Changes out;
    // A row as `map` has it (or none): recorded when it differs from these rows.
    auto set = [&](Table t, const std::string& key, std::optional<Row> row) {
        auto it = tables_[t].find(key);
        const bool same =
            row ? it != tables_[t].end() && it->second.data == row->data : it == tables_[t].end();
        if (!same)
            out.tables[t][key] = std::move(row);
    };
    if (touched.fields) {
        core::MapData fields;
        fields.properties = map.properties();
        fields.perspectives = map.perspectives();
        fields.settings = map.settings();
        fields.waivers = map.waivers();
        const Json doc = Json::parse(io::writeMapJson(fields));
        for (const char* field : kDocFields)
            set(Doc, field,
                doc.contains(field) ? std::optional(Row{field, "", 0, doc[field].dump()}) : std::nullopt);
    }
    // One row an entity: its object as the map writer writes it, or none when it is gone.
    auto entities = [&](Table table, const auto& ids, auto find) {
        for (const auto& id : ids) {
            const auto* entity = find(id);
            set(table, id.str(),
                entity ? std::optional(Row{id.str(), "", 0, Json::parse(io::writeEntityJson(*entity)).dump()})
                       : std::nullopt);
        }
    };
    entities(Teams, touched.teams, [&](const core::TeamId& id) { return map.team(id); });
    entities(People, touched.people, [&](const core::PersonId& id) { return map.person(id); });
    entities(Links, touched.links, [&](const core::LinkId& id) { return map.link(id); });
    for (const core::NodeId& id : touched.nodes) {
        const std::string prefix = id.str() + '\x1f';
        std::map<std::string, Row> values;
        if (const core::Node* node = map.node(id)) {
            Json j = Json::parse(io::writeEntityJson(*node));
            addValueRows(j, id.str(), values);
            set(Nodes, id.str(), Row{id.str(), "", 0, j.dump()});
        } else {
            set(Nodes, id.str(), std::nullopt);
        }
        for (auto it = tables_[Values].lower_bound(prefix);
             it != tables_[Values].end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
            if (!values.count(it->first))
                out.tables[Values][it->first] = std::nullopt;
        for (auto& [key, row] : values)
            set(Values, key, std::move(row));
    }
    for (const auto& [id, view] : touched.positions) {
        const std::string viewName(core::toString(view));
        const core::ViewPositions& positions = map.positions(view);
        const auto it = positions.find(id);
        set(Positions, keyOf(id.str(), viewName),
            it == positions.end() ? std::nullopt
                                  : std::optional(Row{id.str(), viewName, 0,
                                                      Json::parse(io::writeEntityJson(it->second)).dump()}));
    }
    return out;
}

bool RepositoryRows::operator==(const RepositoryRows& other) const {
    for (int t = 0; t < TableCount; ++t) {
        if (tables_[t].size() != other.tables_[t].size())
            return false;
        for (const auto& [key, row] : tables_[t]) {
            auto it = other.tables_[t].find(key);
            if (it == other.tables_[t].end() || it->second.data != row.data)
                return false;
        }
    }
    return true;
}

core::Status RepositoryRows::writeChanges(QSqlDatabase& db, const QString& map, const Changes& changes,
                                          bool uploading) const {
    std::array<Json, TableCount> inserts, updates, deletes;
    for (int t = 0; t < TableCount; ++t) {
        inserts[t] = updates[t] = deletes[t] = Json::array();
        for (const auto& [key, row] : changes.tables[t]) {
            const bool exists = tables_[t].count(key) != 0;
            if (!row) {
                if (exists) {
                    const Row& gone = tables_[t].at(key);
                    deletes[t].push_back(Json{{"k1", gone.key1}, {"k2", gone.key2}});
                }
                continue;
            }
            Json j{{"k1", row->key1}, {"k2", row->key2}, {"data", Json::parse(row->data)}, {"ord", row->ord}};
            (exists ? updates[t] : inserts[t]).push_back(std::move(j));
        }
    }
    for (int t = TableCount - 1; t >= 0; --t) {
        if (deletes[t].empty())
            continue;
        const TableInfo& info = kTables[t];
        const QString sql =
            QStringLiteral("DELETE FROM sightline.%1 t USING jsonb_array_elements(?::jsonb) r WHERE %2")
                .arg(QLatin1String(info.name), keyMatch(info));
        const QString rowsJson = QString::fromStdString(deletes[t].dump());
        if (auto s = run(db, sql, {rowsJson, map, rowsJson}, info, deletes[t], "remove"); !s)
            return s;
    }
    for (int t = 0; t < TableCount; ++t) {
        const TableInfo& info = kTables[t];
        if (!updates[t].empty()) {
            const QString sql = QStringLiteral("UPDATE sightline.%1 t SET data = r->'data' FROM "
                                               "jsonb_array_elements(?::jsonb) r WHERE %2")
                                    .arg(QLatin1String(info.name), keyMatch(info));
            const QString rowsJson = QString::fromStdString(updates[t].dump());
            if (auto s = run(db, sql, {rowsJson, map, rowsJson}, info, updates[t], "change"); !s)
                return s;
        }
        if (inserts[t].empty())
            continue;
        QString columns = QStringLiteral("map, %1").arg(QLatin1String(info.key1));
        QString values = QStringLiteral("?, r->>'k1'");
        if (info.key2) {
            columns += QStringLiteral(", %1").arg(QLatin1String(info.key2));
            values += QStringLiteral(", r->>'k2'");
        }
        QVariantList binds{map};
        if (info.ordered) {
            columns += QStringLiteral(", ord");
            if (uploading)
                values += QStringLiteral(", (r->>'ord')::bigint");
            else {
                values +=
                    QStringLiteral(", (SELECT coalesce(max(ord), -1) FROM sightline.%1 WHERE map = ?) + n")
                        .arg(QLatin1String(info.name));
                binds.push_back(map);
            }
        }
        binds.push_back(QString::fromStdString(inserts[t].dump()));
        const QString sql = QStringLiteral("INSERT INTO sightline.%1 (%2, data) SELECT %3, r->'data' FROM "
                                           "jsonb_array_elements(?::jsonb) WITH ORDINALITY x(r, n)")
                                .arg(QLatin1String(info.name), columns, values);
        if (auto s = run(db, sql, binds, info, inserts[t], "add"); !s)
            return s;
    }
    return {};
}

std::vector<RepositoryRows::StaleRow> RepositoryRows::staleRows(QSqlDatabase& db, const QString& map,
                                                                const Changes& changes, long long revision,
                                                                core::Status& status) const {
    std::vector<StaleRow> out;
    for (int t = 0; t < TableCount; ++t) {
        Json keys = Json::array();
        for (const auto& [key, row] : changes.tables[t])
            if (auto it = tables_[t].find(key); it != tables_[t].end())
                keys.push_back(Json{{"k1", it->second.key1}, {"k2", it->second.key2}});
        if (keys.empty())
            continue;
        const TableInfo& info = kTables[t];
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT r->>'k1', r->>'k2' FROM jsonb_array_elements(?::jsonb) r "
                                 "JOIN sightline.%1 t ON %2 WHERE t.version > ?")
                      .arg(QLatin1String(info.name), keyMatch(info)));
        const QString keysJson = QString::fromStdString(keys.dump());
        q.addBindValue(keysJson);
        q.addBindValue(map);
        q.addBindValue(keysJson);
        q.addBindValue(revision);
        if (!q.exec()) {
            status = core::Status::error(serverMessage(q.lastError()).toStdString(),
                                         q.lastError().nativeErrorCode().toStdString());
            return out;
        }
        while (q.next()) {
            const Json row{{"k1", q.value(0).toString().toStdString()},
                           {"k2", q.value(1).toString().toStdString()}};
            const auto& changed = changes.tables[t].at(keyOf(row["k1"], row["k2"]));
            out.push_back({describe(info, row).toStdString(), info.kind, row["k1"].get<std::string>(),
                           changed ? changed->data : ""});
        }
    }
    return out;
}

} // namespace sightline::storage
