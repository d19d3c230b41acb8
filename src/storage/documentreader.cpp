#include "documentreader.h"

#include "sightline/core/text.h"
#include "statement.h"

#include <string>
#include <unordered_map>

namespace sightline::storage {

namespace {

using namespace sightline::core;

class Reader {
public:
    explicit Reader(sqlite3* db) : db_(db) {}

    MapData run(DocumentKeys* keys) {
        DocumentKeys local;
        DocumentKeys& k = keys ? *keys : local;
        MapData m;
        document(m);
        perspectives(m, k.perspectives);
        teams(m, k.teams);
        people(m, k.people);
        nodes(m, k.nodes);
        values(m);
        forecasts(m);
        breaks(m);
        links(m, k.links);
        positions(m);
        waivers(m);
        return m;
    }

private:
    [[noreturn]] void fail(const char* table, const std::string& row, const std::string& what) const {
        throw StorageError(std::string("table ") + table + (row.empty() ? "" : ", " + row) + ": " + what,
                           SQLITE_CORRUPT);
    }

    // Free text, trimmed as map-format-v1.md stores it (a stranger's file may not be).
    static std::string str(const Statement& s, int col) {
        std::string t = s.text(col);
        if (!t.empty() && (isSpaceByte(t.front()) || isSpaceByte(t.back())))
            return text::trim(t);
        return t;
    }
    static bool isSpaceByte(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c & 0x80); }

    static std::string rowOf(const std::string& id) { return "row " + text::quoted(id); }

    double number(const Statement& s, int col, const char* table, const std::string& row,
                  const char* column) {
        const int type = s.type(col);
        if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
            fail(table, row, std::string(column) + ": expected a number");
        return s.real(col);
    }

    int whole(const Statement& s, int col, const char* table, const std::string& row, const char* column) {
        const double d = number(s, col, table, row, column);
        if (!(d >= -1e9 && d <= 1e9) || d != static_cast<int>(d))
            fail(table, row, std::string(column) + ": expected a whole number");
        return static_cast<int>(d);
    }

    std::optional<double> optionalNumber(const Statement& s, int col, const char* table,
                                         const std::string& row, const char* column) {
        if (s.isNull(col))
            return std::nullopt;
        return number(s, col, table, row, column);
    }

    template <class E>
    E enumeration(const std::string& value, const char* table, const std::string& row, const char* column) {
        const auto e = fromString<E>(value);
        if (!e)
            fail(table, row,
                 std::string(column) + ": expected one of " + std::string(allowedValues<E>()) + "; got " +
                     text::quoted(value));
        return *e;
    }

    Date date(const std::string& value, const char* table, const std::string& row, const char* column) {
        const auto d = Date::parse(value);
        if (!d)
            fail(table, row, std::string(column) + ": not a date (YYYY-MM-DD): " + text::quoted(value));
        return *d;
    }

    template <class IdT> static std::optional<IdT> reference(const Statement& s, int col) {
        if (s.isNull(col))
            return std::nullopt;
        return IdT(s.text(col));
    }

    void document(MapData& m) {
        Statement s(db_, "SELECT title, description, vocabulary, max_measures_per_objective, "
                         "max_objectives_per_team, mini_me_scorecard_share, run_length, xmr_min_points, "
                         "progress_points, require_approval FROM document WHERE id = 1");
        if (!s.step())
            fail("document", "", "the map's title row is missing");
        m.properties.title = str(s, 0);
        m.properties.description = str(s, 1);
        m.properties.vocabulary = enumeration<Vocabulary>(s.text(2), "document", "", "vocabulary");
        const double measures = number(s, 3, "document", "", "max_measures_per_objective");
        const double objectives = number(s, 4, "document", "", "max_objectives_per_team");
        if (measures != static_cast<int>(measures) || objectives != static_cast<int>(objectives))
            fail("document", "", "analysis thresholds must be whole numbers");
        m.settings.maxMeasuresPerObjective = static_cast<int>(measures);
        m.settings.maxObjectivesPerTeam = static_cast<int>(objectives);
        m.settings.miniMeScorecardShare = number(s, 5, "document", "", "mini_me_scorecard_share");
        m.settings.runLength = whole(s, 6, "document", "", "run_length");
        m.settings.xmrMinPoints = whole(s, 7, "document", "", "xmr_min_points");
        m.settings.progressPoints = whole(s, 8, "document", "", "progress_points");
        m.settings.requireApproval = number(s, 9, "document", "", "require_approval") != 0.0;
    }

    void perspectives(MapData& m, OrderKeys& keys) {
        m.perspectives.clear();
        Statement s(db_, "SELECT id, ord, name FROM perspectives ORDER BY ord");
        while (s.step()) {
            Perspective p{PerspectiveId(s.text(0)), str(s, 2)};
            keys.set(p.id.str(), number(s, 1, "perspectives", rowOf(p.id.str()), "ord"));
            m.perspectives.push_back(std::move(p));
        }
    }

    void teams(MapData& m, OrderKeys& keys) {
        Statement s(db_, "SELECT id, ord, name, parent, color FROM teams ORDER BY ord");
        while (s.step()) {
            Team t{TeamId(s.text(0)), str(s, 2), reference<TeamId>(s, 3), s.text(4)};
            keys.set(t.id.str(), number(s, 1, "teams", rowOf(t.id.str()), "ord"));
            m.teams.push_back(std::move(t));
        }
    }

    void people(MapData& m, OrderKeys& keys) {
        Statement s(db_, "SELECT id, ord, name, email, team, role, login FROM people ORDER BY ord");
        while (s.step()) {
            Person p{PersonId(s.text(0)),     str(s, 2), str(s, 3),
                     reference<TeamId>(s, 4), str(s, 5), str(s, 6)};
            keys.set(p.id.str(), number(s, 1, "people", rowOf(p.id.str()), "ord"));
            m.people.push_back(std::move(p));
        }
    }

    void nodes(MapData& m, OrderKeys& keys) {
        Statement s(
            db_, "SELECT id, ord, kind, title, description, team, owner, perspective, goal, unit, "
                 "direction, baseline, target, cadence, status, start, due, xmr_rules, xmr_baseline_points "
                 "FROM nodes ORDER BY ord");
        while (s.step()) {
            Node n;
            n.id = NodeId(s.text(0));
            const std::string row = rowOf(n.id.str());
            keys.set(n.id.str(), number(s, 1, "nodes", row, "ord"));
            n.kind = enumeration<NodeKind>(s.text(2), "nodes", row, "kind");
            n.title = str(s, 3);
            n.description = str(s, 4);
            n.team = reference<TeamId>(s, 5);
            n.owner = reference<PersonId>(s, 6);
            n.perspective = reference<PerspectiveId>(s, 7);
            n.goal = number(s, 8, "nodes", row, "goal") != 0.0;
            n.unit = str(s, 9);
            n.direction = enumeration<Direction>(s.text(10), "nodes", row, "direction");
            n.baseline = optionalNumber(s, 11, "nodes", row, "baseline");
            n.target = optionalNumber(s, 12, "nodes", row, "target");
            if (!s.isNull(13))
                n.cadence = enumeration<Cadence>(s.text(13), "nodes", row, "cadence");
            if (!s.isNull(14))
                n.status = enumeration<InitiativeStatus>(s.text(14), "nodes", row, "status");
            if (!s.isNull(15))
                n.start = date(s.text(15), "nodes", row, "start");
            if (!s.isNull(16))
                n.due = date(s.text(16), "nodes", row, "due");
            n.xmr.rules = enumeration<XmrRules>(s.text(17), "nodes", row, "xmr_rules");
            if (!s.isNull(18))
                n.xmr.baselinePoints = whole(s, 18, "nodes", row, "xmr_baseline_points");
            nodeIndex_.emplace(n.id.str(), m.nodes.size());
            m.nodes.push_back(std::move(n));
        }
    }

    void values(MapData& m) {
        Statement s(db_, "SELECT node, date, value, note, approved_by, approved_on FROM measure_values "
                         "ORDER BY node, seq");
        while (s.step()) {
            const std::string node = s.text(0);
            const auto it = nodeIndex_.find(node);
            if (it == nodeIndex_.end())
                fail("measure_values", "", "a value of unknown node " + text::quoted(node));
            const std::string row = "value of " + text::quoted(node);
            MeasureValue v(date(s.text(1), "measure_values", row, "date"),
                           number(s, 2, "measure_values", row, "value"), str(s, 3),
                           reference<PersonId>(s, 4));
            if (!s.isNull(5))
                v.approvedOn = date(s.text(5), "measure_values", row, "approved_on");
            m.nodes[it->second].values.push_back(std::move(v));
        }
    }

    void forecasts(MapData& m) {
        Statement s(db_, "SELECT node, date, value, note FROM measure_forecast ORDER BY node, seq");
        while (s.step()) {
            const std::string node = s.text(0);
            const auto it = nodeIndex_.find(node);
            if (it == nodeIndex_.end())
                fail("measure_forecast", "", "a forecast of unknown node " + text::quoted(node));
            const std::string row = "forecast of " + text::quoted(node);
            m.nodes[it->second].forecast.push_back({date(s.text(1), "measure_forecast", row, "date"),
                                                    number(s, 2, "measure_forecast", row, "value"),
                                                    str(s, 3)});
        }
    }

    void breaks(MapData& m) {
        Statement s(db_, "SELECT node, date FROM xmr_breaks ORDER BY node, seq");
        while (s.step()) {
            const std::string node = s.text(0);
            const auto it = nodeIndex_.find(node);
            if (it == nodeIndex_.end())
                fail("xmr_breaks", "", "a break of unknown node " + text::quoted(node));
            m.nodes[it->second].xmr.breaks.push_back(
                date(s.text(1), "xmr_breaks", "break of " + text::quoted(node), "date"));
        }
    }

    void links(MapData& m, OrderKeys& keys) {
        Statement s(db_,
                    "SELECT id, ord, kind, from_node, to_node, polarity, weight, aggregate, note FROM links "
                    "ORDER BY ord");
        while (s.step()) {
            Link l;
            l.id = LinkId(s.text(0));
            const std::string row = rowOf(l.id.str());
            keys.set(l.id.str(), number(s, 1, "links", row, "ord"));
            l.kind = enumeration<LinkKind>(s.text(2), "links", row, "kind");
            l.from = NodeId(s.text(3));
            l.to = NodeId(s.text(4));
            l.polarity = enumeration<Polarity>(s.text(5), "links", row, "polarity");
            l.weight = number(s, 6, "links", row, "weight");
            l.aggregate = enumeration<Aggregate>(s.text(7), "links", row, "aggregate");
            l.note = str(s, 8);
            m.links.push_back(std::move(l));
        }
    }

    void positions(MapData& m) {
        Statement s(db_, "SELECT node, view, x, y FROM positions");
        while (s.step()) {
            const std::string node = s.text(0);
            const std::string row = "position of " + text::quoted(node);
            const ViewKind view = enumeration<ViewKind>(s.text(1), "positions", row, "view");
            m.positionsOf(view)[NodeId(node)] = {number(s, 2, "positions", row, "x"),
                                                 number(s, 3, "positions", row, "y")};
        }
    }

    void waivers(MapData& m) {
        std::unordered_map<long long, std::size_t> index;
        Statement s(db_, "SELECT seq, rule, team, reason, by_person, date FROM waivers ORDER BY seq");
        while (s.step()) {
            Waiver w;
            const std::string row = "waiver " + std::to_string(s.integer(0));
            w.rule = s.text(1);
            w.team = reference<TeamId>(s, 2);
            w.reason = str(s, 3);
            w.by = reference<PersonId>(s, 4);
            if (!s.isNull(5))
                w.date = date(s.text(5), "waivers", row, "date");
            index.emplace(s.integer(0), m.waivers.size());
            m.waivers.push_back(std::move(w));
        }
        Statement n(db_, "SELECT waiver, node FROM waiver_nodes ORDER BY waiver, pos");
        while (n.step()) {
            const auto it = index.find(n.integer(0));
            if (it == index.end())
                fail("waiver_nodes", "", "a node of unknown waiver " + std::to_string(n.integer(0)));
            m.waivers[it->second].nodes.emplace_back(n.text(1));
        }
    }

    sqlite3* db_;
    std::unordered_map<std::string, std::size_t> nodeIndex_;
};

} // namespace

core::MapData readDocument(sqlite3* db, DocumentKeys* keys) {
    return Reader(db).run(keys);
}

} // namespace sightline::storage

namespace sightline::storage {

DocumentKeys readKeys(sqlite3* db) {
    DocumentKeys keys;
    const std::pair<const char*, OrderKeys*> tables[] = {{"perspectives", &keys.perspectives},
                                                         {"teams", &keys.teams},
                                                         {"people", &keys.people},
                                                         {"nodes", &keys.nodes},
                                                         {"links", &keys.links}};
    for (const auto& [table, k] : tables) {
        Statement s(db, std::string("SELECT id, ord FROM ") + table);
        while (s.step())
            k->set(s.text(0), s.real(1));
    }
    return keys;
}

} // namespace sightline::storage
