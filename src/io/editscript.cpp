#include "sightline/io/editscript.h"

#include "sightline/io/jsonmapreader.h"
#include "sightline/io/jsonmapwriter.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace sightline::io {

namespace {

using Json = nlohmann::json;

} // namespace

const char* arrayOfEntity(const std::string& entity) {
    if (entity == "node")
        return "nodes";
    if (entity == "link")
        return "links";
    if (entity == "team")
        return "teams";
    if (entity == "person")
        return "people";
    return nullptr;
}

namespace {

// The keys of the top level that `set` with entity "map" may change.
bool isMapField(const std::string& field) {
    static const char* const fields[] = {"title",        "description", "vocabulary",
                                         "perspectives", "settings",    "waivers"};
    return std::any_of(std::begin(fields), std::end(fields), [&](const char* f) { return field == f; });
}

std::string text(const Json& op, const char* key) {
    const auto it = op.find(key);
    if (it == op.end() || !it->is_string())
        throw std::runtime_error(std::string("needs \"") + key + "\" as a string");
    return it->get<std::string>();
}

const Json& object(const Json& op, const char* key) {
    const auto it = op.find(key);
    if (it == op.end() || !it->is_object())
        throw std::runtime_error(std::string("needs \"") + key + "\" as an object");
    return *it;
}

Json& arrayIn(Json& doc, const char* name) {
    Json& a = doc[name];
    if (!a.is_array())
        a = Json::array();
    return a;
}

Json::iterator findById(Json& array, const std::string& id) {
    return std::find_if(array.begin(), array.end(),
                        [&](const Json& e) { return e.is_object() && e.contains("id") && e["id"] == id; });
}

Json& entity(Json& doc, const std::string& kind, const std::string& id) {
    const char* name = arrayOfEntity(kind);
    if (!name)
        throw std::runtime_error("unknown entity '" + kind + "' (node, link, team, person or map)");
    Json& a = arrayIn(doc, name);
    auto it = findById(a, id);
    if (it == a.end())
        throw std::runtime_error("no " + kind + " with id '" + id + "'");
    return *it;
}

void removeById(Json& doc, const std::string& kind, const std::string& id) {
    Json& a = arrayIn(doc, arrayOfEntity(kind));
    auto it = findById(a, id);
    if (it == a.end())
        throw std::runtime_error("no " + kind + " with id '" + id + "'");
    a.erase(it);
}

void set(Json& doc, const Json& op) {
    const std::string kind = text(op, "entity");
    const std::string field = text(op, "field");
    if (!op.contains("value"))
        throw std::runtime_error("needs \"value\" (null removes an optional field)");
    const Json& value = op["value"];
    if (kind == "map") {
        if (!isMapField(field))
            throw std::runtime_error("the map's field '" + field +
                                     "' cannot be set (title, description, vocabulary, perspectives, "
                                     "settings or waivers)");
        if (value.is_null())
            doc.erase(field);
        else
            doc[field] = value;
        return;
    }
    if (field == "id")
        throw std::runtime_error("an id cannot be changed");
    if (kind == "node" && field == "values")
        throw std::runtime_error("a measure's values change with add-value, remove-value and update-value");
    Json& e = entity(doc, kind, text(op, "id"));
    if (value.is_null())
        e.erase(field);
    else
        e[field] = value;
}

void removeNode(Json& doc, const std::string& id) {
    removeById(doc, "node", id);
    Json& links = arrayIn(doc, "links");
    links.erase(std::remove_if(links.begin(), links.end(),
                               [&](const Json& l) {
                                   return l.is_object() &&
                                          (l.value("from", "") == id || l.value("to", "") == id);
                               }),
                links.end());
    if (doc.contains("views") && doc["views"].is_object())
        for (auto& view : doc["views"])
            if (view.is_object() && view.contains("positions") && view["positions"].is_object())
                view["positions"].erase(id);
}

Json& valuesOf(Json& doc, const std::string& measure) {
    Json& node = entity(doc, "node", measure);
    Json& values = node["values"];
    if (!values.is_array())
        values = Json::array();
    return values;
}

Json::iterator valueOn(Json& values, const std::string& date, const std::string& measure) {
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const Json& v) { return v.is_object() && v.value("date", "") == date; });
    if (it == values.end())
        throw std::runtime_error("measure '" + measure + "' has no value on " + date);
    return it;
}

void addValue(Json& doc, const Json& op) {
    const std::string measure = text(op, "measure");
    Json value = op;
    value.erase("op");
    value.erase("measure");
    value.erase("if_version");
    valuesOf(doc, measure).push_back(std::move(value));
}

void place(Json& doc, const Json& op, bool remove) {
    const std::string view = text(op, "view");
    const std::string node = text(op, "node");
    Json& positions = doc["views"][view]["positions"];
    if (remove) {
        if (positions.is_object())
            positions.erase(node);
        return;
    }
    if (!positions.is_object())
        positions = Json::object();
    positions[node] = Json{{"x", op.value("x", Json())}, {"y", op.value("y", Json())}};
}

void applyOne(Json& doc, const Json& op) {
    if (!op.is_object())
        throw std::runtime_error("an operation is a JSON object");
    const std::string name = text(op, "op");
    if (name == "set")
        set(doc, op);
    else if (name == "add-node")
        arrayIn(doc, "nodes").push_back(object(op, "node"));
    else if (name == "remove-node")
        removeNode(doc, text(op, "id"));
    else if (name == "add-link")
        arrayIn(doc, "links").push_back(object(op, "link"));
    else if (name == "remove-link")
        removeById(doc, "link", text(op, "id"));
    else if (name == "add-team")
        arrayIn(doc, "teams").push_back(object(op, "team"));
    else if (name == "remove-team")
        removeById(doc, "team", text(op, "id"));
    else if (name == "add-person")
        arrayIn(doc, "people").push_back(object(op, "person"));
    else if (name == "remove-person")
        removeById(doc, "person", text(op, "id"));
    else if (name == "add-value")
        addValue(doc, op);
    else if (name == "remove-value") {
        const std::string measure = text(op, "measure");
        Json& values = valuesOf(doc, measure);
        values.erase(valueOn(values, text(op, "date"), measure));
    } else if (name == "update-value") {
        const std::string measure = text(op, "measure");
        Json& values = valuesOf(doc, measure);
        *valueOn(values, text(op, "date"), measure) = object(op, "to");
    } else if (name == "place" || name == "unplace")
        place(doc, op, name == "unplace");
    else
        throw std::runtime_error("unknown operation '" + name +
                                 "' (set, add-node, remove-node, add-link, remove-link, add-value, ...)");
}

} // namespace

std::optional<EditLine> parseEditLine(std::string_view line, std::string& error) {
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    EditLine edit;
    if (auto v = j.find("if_version"); v != j.end()) {
        if (!v->is_number_integer()) {
            error = "\"if_version\" must be an integer revision";
            return std::nullopt;
        }
        edit.ifVersion = v->get<long long>();
    }
    if (j.contains("ops")) {
        if (!j["ops"].is_array()) {
            error = "\"ops\" must be an array of operations";
            return std::nullopt;
        }
        edit.ops = j["ops"].dump();
    } else if (j.contains("op")) {
        j.erase("if_version");
        edit.ops = Json::array({j}).dump();
    } else {
        error = "an edit line needs \"op\" (one operation) or \"ops\" (a revision of the log)";
        return std::nullopt;
    }
    return edit;
}

std::vector<std::pair<std::string, std::string>> editedEntities(const EditLine& line) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Json& op : Json::parse(line.ops)) {
        if (!op.is_object())
            continue;
        const std::string name = op.value("op", "");
        const std::string id = op.contains("id") && op["id"].is_string() ? op["id"].get<std::string>() : "";
        if (id.empty())
            continue;
        if (name == "set" && op.contains("entity") && op["entity"].is_string() && op["entity"] != "map")
            out.emplace_back(op["entity"].get<std::string>(), id);
        else if (name.rfind("remove-", 0) == 0 && name != "remove-value")
            out.emplace_back(name.substr(7), id);
    }
    return out;
}

EditResult applyEdits(const core::MapData& map, std::string_view opsJson) {
    EditResult result;
    Json ops = Json::parse(opsJson, nullptr, false);
    if (ops.is_discarded() || !ops.is_array()) {
        result.error = "the operations are not a JSON array";
        return result;
    }
    Json doc = Json::parse(writeMapJson(map));
    std::size_t index = 0;
    try {
        for (; index < ops.size(); ++index)
            applyOne(doc, ops[index]);
    } catch (const std::exception& e) {
        const std::string name = ops[index].is_object() ? ops[index].value("op", "operation") : "operation";
        result.error =
            (ops.size() > 1 ? "operation " + std::to_string(index + 1) + " (" + name + ")" : name) + ": " +
            e.what();
        return result;
    }
    ReadResult read = readMapJson(doc.dump());
    if (!read.ok()) {
        result.error =
            read.errors.empty() ? "the map is not valid after this edit" : read.errors.front().toString();
        return result;
    }
    result.map = std::move(read.map);
    return result;
}

} // namespace sightline::io
