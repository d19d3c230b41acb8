#include "repositoryreader.h"

#include "servermessage.h"

#include <QSqlQuery>
#include <QVariant>
#include <unordered_map>

namespace sightline::storage {

namespace {

// Runs a query on the map; false with `status` set when it fails.
bool select(QSqlQuery& q, const QString& sql, const QString& map, core::Status& status) {
    q.setForwardOnly(true);
    if (q.prepare(sql)) {
        q.addBindValue(map);
        if (q.exec())
            return true;
    }
    status = core::Status::error("reading the map: " + serverMessage(q.lastError()).toStdString());
    return false;
}

std::string utf8(const QVariant& v) {
    return v.toString().toStdString();
}

// A JSON string literal for a key (ids, dates and view names from the database).
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
            continue;
        }
        out += c;
    }
    return out + '"';
}

// `"name":[row,row,...]` from a query whose last column is the row's JSON text.
bool array(QSqlDatabase& db, const char* name, const char* table, const QString& map, std::string& doc,
           core::Status& status) {
    QSqlQuery q(db);
    if (!select(q,
                QStringLiteral("SELECT data::text FROM sightline.%1 WHERE map = ? ORDER BY ord")
                    .arg(QLatin1String(table)),
                map, status))
        return false;
    doc += std::string(",\"") + name + "\":[";
    bool first = true;
    while (q.next()) {
        if (!first)
            doc += ',';
        first = false;
        doc += utf8(q.value(0));
    }
    doc += ']';
    return true;
}

} // namespace

std::optional<std::string> readMapDocument(QSqlDatabase& db, const QString& map, long long& revision,
                                           core::Status& status) {
    QSqlQuery q(db);
    if (!select(q, QStringLiteral("SELECT rev FROM sightline.maps WHERE name = ?"), map, status))
        return std::nullopt;
    if (!q.next()) {
        status = core::Status::error(
            "the repository has no map named '" + map.toStdString() + "' that you may open", "missing");
        return std::nullopt;
    }
    revision = q.value(0).toLongLong();
    std::string doc = R"({"format":"sightline-map","version":2)";
    if (!select(q, QStringLiteral("SELECT key, data::text FROM sightline.doc WHERE map = ? ORDER BY key"),
                map, status))
        return std::nullopt;
    while (q.next())
        doc += ',' + quoted(utf8(q.value(0))) + ':' + utf8(q.value(1));
    if (!array(db, "teams", "teams", map, doc, status) || !array(db, "people", "people", map, doc, status))
        return std::nullopt;

    // A measure's values go into its node object, in their order.
    std::unordered_map<std::string, std::string> values;
    if (!select(q,
                QStringLiteral("SELECT measure, data::text FROM sightline.measure_values WHERE map = ? ORDER "
                               "BY measure, ord"),
                map, status))
        return std::nullopt;
    while (q.next()) {
        std::string& list = values[utf8(q.value(0))];
        if (!list.empty())
            list += ',';
        list += utf8(q.value(1));
    }
    if (!select(q, QStringLiteral("SELECT id, data::text FROM sightline.nodes WHERE map = ? ORDER BY ord"),
                map, status))
        return std::nullopt;
    doc += ",\"nodes\":[";
    bool first = true;
    while (q.next()) {
        if (!first)
            doc += ',';
        first = false;
        std::string node = utf8(q.value(1));
        auto it = values.find(utf8(q.value(0)));
        if (it != values.end() && node.size() >= 2 && node.back() == '}') {
            node.pop_back();
            node += (node.size() > 1 ? ",\"values\":[" : "\"values\":[") + it->second + "]}";
        }
        doc += node;
    }
    doc += ']';
    if (!array(db, "links", "links", map, doc, status))
        return std::nullopt;

    if (!select(q,
                QStringLiteral(
                    "SELECT view, node, data::text FROM sightline.positions WHERE map = ? ORDER BY view"),
                map, status))
        return std::nullopt;
    doc += ",\"views\":{";
    std::string view;
    while (q.next()) {
        const std::string v = utf8(q.value(0));
        if (v != view) {
            doc += (view.empty() ? "" : "}},") + quoted(v) + ":{\"positions\":{";
            view = v;
        } else
            doc += ',';
        doc += quoted(utf8(q.value(1))) + ':' + utf8(q.value(2));
    }
    doc += view.empty() ? "}}" : "}}}}";
    return doc;
}

} // namespace sightline::storage
