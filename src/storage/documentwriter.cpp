#include "documentwriter.h"

#include "documentcolumns.h"
#include "sightline/core/changevisitor.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace sightline::storage {

using namespace sightline::core;

namespace {

std::string orderSql(const char* table) {
    return std::string("UPDATE ") + table + " SET ord = ?2 WHERE id = ?1";
}

std::string deleteSql(const char* table) {
    return std::string("DELETE FROM ") + table + " WHERE id = ?1";
}

} // namespace

DocumentWriter::DocumentWriter(sqlite3* db, DocumentKeys keys)
    : db_(db), keys_(std::move(keys)),
      upsertPerspective_(db, "INSERT INTO perspectives (id, ord, name) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, name = excluded.name"),
      upsertTeam_(db, "INSERT INTO teams (id, ord, name, parent, color) VALUES (?1, ?2, ?3, ?4, ?5) "
                      "ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, name = excluded.name, "
                      "parent = excluded.parent, color = excluded.color"),
      upsertPerson_(
          db,
          "INSERT INTO people (id, ord, name, email, team, role, login) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
          "ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, name = excluded.name, "
          "email = excluded.email, team = excluded.team, role = excluded.role, login = excluded.login"),
      upsertNode_(
          db, "INSERT INTO nodes (id, ord, kind, title, description, team, owner, perspective, goal, unit, "
              "direction, baseline, target, cadence, status, start, due, xmr_rules, xmr_baseline_points) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
              "ON CONFLICT (id) DO UPDATE SET "
              "ord = excluded.ord, kind = excluded.kind, title = excluded.title, "
              "description = excluded.description, team = excluded.team, owner = excluded.owner, "
              "perspective = excluded.perspective, goal = excluded.goal, unit = excluded.unit, "
              "direction = excluded.direction, baseline = excluded.baseline, target = excluded.target, "
              "cadence = excluded.cadence, status = excluded.status, start = excluded.start, "
              "due = excluded.due, xmr_rules = excluded.xmr_rules, "
              "xmr_baseline_points = excluded.xmr_baseline_points"),
      upsertLink_(db,
                  "INSERT INTO links (id, ord, kind, from_node, to_node, polarity, weight, aggregate, note) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO UPDATE SET "
                  "ord = excluded.ord, kind = excluded.kind, from_node = excluded.from_node, "
                  "to_node = excluded.to_node, polarity = excluded.polarity, weight = excluded.weight, "
                  "aggregate = excluded.aggregate, note = excluded.note"),
      deletePerspective_(db, deleteSql("perspectives")), deleteTeam_(db, deleteSql("teams")),
      deletePerson_(db, deleteSql("people")), deleteNode_(db, deleteSql("nodes")),
      deleteLink_(db, deleteSql("links")), deleteValues_(db, "DELETE FROM measure_values WHERE node = ?1"),
      insertValue_(db, "INSERT INTO measure_values (node, seq, date, value, note, approved_by, approved_on) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
      deleteForecast_(db, "DELETE FROM measure_forecast WHERE node = ?1"),
      insertForecast_(
          db, "INSERT INTO measure_forecast (node, seq, date, value, note) VALUES (?1, ?2, ?3, ?4, ?5)"),
      deleteBreaks_(db, "DELETE FROM xmr_breaks WHERE node = ?1"),
      insertBreak_(db, "INSERT INTO xmr_breaks (node, seq, date) VALUES (?1, ?2, ?3)"),
      upsertPosition_(db, "INSERT INTO positions (node, view, x, y) VALUES (?1, ?2, ?3, ?4) "
                          "ON CONFLICT (node, view) DO UPDATE SET x = excluded.x, y = excluded.y"),
      deletePosition_(db, "DELETE FROM positions WHERE node = ?1 AND view = ?2"),
      deleteNodePositions_(db, "DELETE FROM positions WHERE node = ?1"),
      insertWaiver_(db, "INSERT INTO waivers (seq, rule, team, reason, by_person, date) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
      insertWaiverNode_(db, "INSERT INTO waiver_nodes (waiver, pos, node) VALUES (?1, ?2, ?3)"),
      updateDocument_(
          db, "INSERT INTO document (id, title, description, vocabulary, max_measures_per_objective, "
              "max_objectives_per_team, mini_me_scorecard_share, run_length, xmr_min_points, "
              "progress_points, require_approval) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
              "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
              "description = excluded.description, vocabulary = excluded.vocabulary, "
              "max_measures_per_objective = excluded.max_measures_per_objective, "
              "max_objectives_per_team = excluded.max_objectives_per_team, "
              "mini_me_scorecard_share = excluded.mini_me_scorecard_share, "
              "run_length = excluded.run_length, xmr_min_points = excluded.xmr_min_points, "
              "progress_points = excluded.progress_points, "
              "require_approval = excluded.require_approval"),
      orderPerspective_(db, orderSql("perspectives")), orderTeam_(db, orderSql("teams")),
      orderPerson_(db, orderSql("people")), orderNode_(db, orderSql("nodes")),
      orderLink_(db, orderSql("links")) {}

void DocumentWriter::transaction(const std::function<void()>& work) {
    execute(db_, "BEGIN IMMEDIATE");
    try {
        work();
        execute(db_, "COMMIT");
    } catch (...) {
        // A failed COMMIT (e.g. a deferred foreign key, a full disk) leaves the transaction open.
        if (!sqlite3_get_autocommit(db_))
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

// --- rows ----------------------------------------------------------------------------------

void DocumentWriter::writeDocumentRow(const MapData& data) {
    updateDocument_.bind(1, data.properties.title)
        .bind(2, data.properties.description)
        .bind(3, toString(data.properties.vocabulary))
        .bind(4, data.settings.maxMeasuresPerObjective)
        .bind(5, data.settings.maxObjectivesPerTeam)
        .bind(6, data.settings.miniMeScorecardShare)
        .bind(7, data.settings.runLength)
        .bind(8, data.settings.xmrMinPoints)
        .bind(9, data.settings.progressPoints)
        .bind(10, data.settings.requireApproval ? 1 : 0)
        .run();
}

void DocumentWriter::writePerspective(const Perspective& p, double key) {
    upsertPerspective_.bind(1, p.id.str()).bind(2, key).bind(3, p.name).run();
}

void DocumentWriter::writeTeam(const Team& t, double key) {
    upsertTeam_.bind(1, t.id.str()).bind(2, key).bind(3, t.name).bindNull(4).bind(5, t.colour);
    if (t.parent)
        upsertTeam_.bind(4, t.parent->str());
    upsertTeam_.run();
}

void DocumentWriter::writePerson(const Person& p, double key) {
    upsertPerson_.bind(1, p.id.str())
        .bind(2, key)
        .bind(3, p.name)
        .bind(4, p.email)
        .bindNull(5)
        .bind(6, p.role)
        .bind(7, p.login);
    if (p.team)
        upsertPerson_.bind(5, p.team->str());
    upsertPerson_.run();
}

void DocumentWriter::writeNode(const Node& n, double key) {
    Statement& s = upsertNode_;
    s.bind(1, n.id.str()).bind(2, key).bind(3, toString(n.kind)).bind(4, n.title).bind(5, n.description);
    n.team ? s.bind(6, n.team->str()) : s.bindNull(6);
    n.owner ? s.bind(7, n.owner->str()) : s.bindNull(7);
    n.perspective ? s.bind(8, n.perspective->str()) : s.bindNull(8);
    s.bind(9, n.goal ? 1 : 0)
        .bind(10, n.unit)
        .bind(11, toString(n.direction))
        .bind(12, n.baseline)
        .bind(13, n.target);
    n.cadence ? s.bind(14, toString(*n.cadence)) : s.bindNull(14);
    n.status ? s.bind(15, toString(*n.status)) : s.bindNull(15);
    n.start ? s.bind(16, n.start->toString()) : s.bindNull(16);
    n.due ? s.bind(17, n.due->toString()) : s.bindNull(17);
    s.bind(18, toString(n.xmr.rules));
    n.xmr.baselinePoints ? s.bind(19, *n.xmr.baselinePoints) : s.bindNull(19);
    s.run();
    writeValues(n);
    writeForecast(n);
    writeBreaks(n);
}

void DocumentWriter::writeValues(const Node& n) {
    deleteValues_.bind(1, n.id.str()).run();
    long long seq = 0;
    for (const MeasureValue& v : n.values) {
        insertValue_.bind(1, n.id.str())
            .bind(2, seq++)
            .bind(3, v.date.toString())
            .bind(4, v.value)
            .bind(5, v.note)
            .bindNull(6)
            .bindNull(7);
        if (v.approvedBy)
            insertValue_.bind(6, v.approvedBy->str());
        if (v.approvedOn)
            insertValue_.bind(7, v.approvedOn->toString());
        insertValue_.run();
    }
}

void DocumentWriter::writeForecast(const Node& n) {
    deleteForecast_.bind(1, n.id.str()).run();
    long long seq = 0;
    for (const ForecastValue& f : n.forecast)
        insertForecast_.bind(1, n.id.str())
            .bind(2, seq++)
            .bind(3, f.date.toString())
            .bind(4, f.value)
            .bind(5, f.note)
            .run();
}

void DocumentWriter::writeBreaks(const Node& n) {
    deleteBreaks_.bind(1, n.id.str()).run();
    long long seq = 0;
    for (const Date& d : n.xmr.breaks)
        insertBreak_.bind(1, n.id.str()).bind(2, seq++).bind(3, d.toString()).run();
}

Statement& DocumentWriter::columnUpdate(const char* table, const std::vector<const char*>& columns) {
    std::string key = table;
    for (const char* c : columns)
        key += std::string(" ") + c;
    auto it = columnUpdates_.find(key);
    if (it == columnUpdates_.end()) {
        std::string sql = std::string("UPDATE ") + table + " SET ";
        for (std::size_t k = 0; k < columns.size(); ++k)
            sql += (k ? ", " : "") + std::string(columns[k]) + " = ?" + std::to_string(k + 2);
        sql += " WHERE id = ?1";
        it = columnUpdates_.emplace(key, Statement(db_, sql)).first;
    }
    return it->second;
}

auto DocumentWriter::columnPreparer() {
    return [this](const char* table, const std::vector<const char*>& names) -> Statement& {
        return columnUpdate(table, names);
    };
}

bool DocumentWriter::updateNode(const Node& n, NodeFields fields) {
    const auto prepare = columnPreparer();
    if (!columns::updateColumns(prepare, "nodes", columns::kNodeColumns, fields, n))
        return false;
    if (fields.has(NodeField::Values))
        writeValues(n);
    if (fields.has(NodeField::Forecast))
        writeForecast(n);
    if (fields.has(NodeField::XmrBreaks))
        writeBreaks(n);
    return true;
}

bool DocumentWriter::updateLink(const Link& l, LinkFields fields) {
    const auto prepare = columnPreparer();
    return columns::updateColumns(prepare, "links", columns::kLinkColumns, fields, l);
}

bool DocumentWriter::updateTeam(const Team& t, TeamFields fields) {
    const auto prepare = columnPreparer();
    return columns::updateColumns(prepare, "teams", columns::kTeamColumns, fields, t);
}

bool DocumentWriter::updatePerson(const Person& p, PersonFields fields) {
    const auto prepare = columnPreparer();
    return columns::updateColumns(prepare, "people", columns::kPersonColumns, fields, p);
}

void DocumentWriter::writeLink(const Link& l, double key) {
    upsertLink_.bind(1, l.id.str())
        .bind(2, key)
        .bind(3, toString(l.kind))
        .bind(4, l.from.str())
        .bind(5, l.to.str())
        .bind(6, toString(l.polarity))
        .bind(7, l.weight)
        .bind(8, toString(l.aggregate))
        .bind(9, l.note)
        .run();
}

void DocumentWriter::writePosition(ViewKind view, const NodeId& node, Point p) {
    upsertPosition_.bind(1, node.str()).bind(2, toString(view)).bind(3, p.x).bind(4, p.y).run();
}

void DocumentWriter::writeWaivers(const std::vector<Waiver>& waivers) {
    execute(db_, "DELETE FROM waiver_nodes; DELETE FROM waivers;");
    for (std::size_t i = 0; i < waivers.size(); ++i) {
        const Waiver& w = waivers[i];
        const auto seq = static_cast<long long>(i);
        insertWaiver_.bind(1, seq).bind(2, w.rule).bindNull(3).bind(4, w.reason).bindNull(5).bindNull(6);
        if (w.team)
            insertWaiver_.bind(3, w.team->str());
        if (w.by)
            insertWaiver_.bind(5, w.by->str());
        if (w.date)
            insertWaiver_.bind(6, w.date->toString());
        insertWaiver_.run();
        for (std::size_t k = 0; k < w.nodes.size(); ++k)
            insertWaiverNode_.bind(1, seq).bind(2, static_cast<long long>(k)).bind(3, w.nodes[k].str()).run();
    }
}

// --- the whole map ---------------------------------------------------------------------------

void DocumentWriter::writeAll(const MapData& data) {
    DocumentKeys keys;
    transaction([&] {
        execute(db_, "DELETE FROM waiver_nodes; DELETE FROM waivers; DELETE FROM positions; "
                     "DELETE FROM measure_values; DELETE FROM measure_forecast; DELETE FROM xmr_breaks; "
                     "DELETE FROM links; DELETE FROM nodes; DELETE FROM people; "
                     "DELETE FROM teams; DELETE FROM perspectives;");
        writeDocumentRow(data);
        for (std::size_t i = 0; i < data.perspectives.size(); ++i) {
            writePerspective(data.perspectives[i], static_cast<double>(i));
            keys.perspectives.set(data.perspectives[i].id.str(), static_cast<double>(i));
        }
        for (std::size_t i = 0; i < data.teams.size(); ++i) {
            writeTeam(data.teams[i], static_cast<double>(i));
            keys.teams.set(data.teams[i].id.str(), static_cast<double>(i));
        }
        for (std::size_t i = 0; i < data.people.size(); ++i) {
            writePerson(data.people[i], static_cast<double>(i));
            keys.people.set(data.people[i].id.str(), static_cast<double>(i));
        }
        for (std::size_t i = 0; i < data.nodes.size(); ++i) {
            writeNode(data.nodes[i], static_cast<double>(i));
            keys.nodes.set(data.nodes[i].id.str(), static_cast<double>(i));
        }
        for (std::size_t i = 0; i < data.links.size(); ++i) {
            writeLink(data.links[i], static_cast<double>(i));
            keys.links.set(data.links[i].id.str(), static_cast<double>(i));
        }
        for (ViewKind view : kAllViews)
            for (const auto& [node, point] : data.positionsOf(view))
                writePosition(view, node, point);
        writeWaivers(data.waivers);
    });
    keys_ = std::move(keys);
}

// --- one change set --------------------------------------------------------------------------

void DocumentWriter::removeMissing(const Ordered& t, const Touched& touched) {
    Statement& remove = *t.remove;
    const bool isNodes = &remove == &deleteNode_;
    for (const auto& [id, entry] : touched.ids) {
        const bool reset = entry.reset;
        if (isNodes && reset)
            deleteNodePositions_.bind(1, id).run();
        if (t.present(id)) {
            if (reset)
                t.keys->erase(id);
            continue;
        }
        if (isNodes) {
            deleteValues_.bind(1, id).run();
            deleteForecast_.bind(1, id).run();
            deleteBreaks_.bind(1, id).run();
        }
        remove.bind(1, id).run();
        t.keys->erase(id);
    }
}

void DocumentWriter::upsertPresent(const Ordered& t, const Touched& touched) {
    std::vector<std::size_t> fresh;
    std::vector<std::size_t> all;
    std::vector<std::pair<std::size_t, std::uint32_t>> changed; // rows that keep their key
    for (const auto& [id, entry] : touched.ids) {
        if (!t.present(id))
            continue;
        const std::size_t i = t.index(id);
        if (!t.keys->contains(id))
            fresh.push_back(i);
        else if (!entry.reset && t.update) {
            changed.emplace_back(i, entry.fields);
            continue;
        }
        all.push_back(i);
    }
    std::sort(fresh.begin(), fresh.end());
    std::sort(changed.begin(), changed.end());
    for (const auto& [i, fields] : changed)
        if (!t.update(i, fields))
            all.push_back(i);
    std::sort(all.begin(), all.end());
    const OrderKeys::Assignment assignment = t.keys->assign(t.count, t.idAt, fresh);
    if (assignment.renumbered) {
        Statement& order = *t.order;
        for (const auto& [id, key] : assignment.keys)
            order.bind(1, id).bind(2, key).run();
    }
    for (std::size_t i : all)
        t.upsert(i, t.keys->at(t.idAt(i)));
}

// Which rows a change set touches, and which of their fields.
class DocumentWriter::ChangeReader final : public ChangeVisitor {
public:
    Touched perspectives, teams, people, nodes, links;
    std::vector<std::pair<ViewKind, NodeId>> positions;
    bool document = false;
    bool waivers = false;

    void on(const change::PropertiesChanged&) override { document = true; }
    void on(const change::SettingsChanged&) override { document = true; }
    void on(const change::WaiversChanged&) override { waivers = true; }
    void on(const change::NodeAdded& e) override { nodes.add(e.id.str(), true); }
    void on(const change::NodeChanged& e) override { nodes.add(e.id.str(), false, e.fields.bits()); }
    void on(const change::NodeRemoved& e) override { nodes.add(e.id.str(), true); }
    void on(const change::LinkAdded& e) override { links.add(e.id.str(), true); }
    void on(const change::LinkChanged& e) override { links.add(e.id.str(), false, e.fields.bits()); }
    void on(const change::LinkRemoved& e) override { links.add(e.id.str(), true); }
    void on(const change::TeamAdded& e) override { teams.add(e.id.str(), true); }
    void on(const change::TeamChanged& e) override { teams.add(e.id.str(), false, e.fields.bits()); }
    void on(const change::TeamRemoved& e) override { teams.add(e.id.str(), true); }
    void on(const change::PersonAdded& e) override { people.add(e.id.str(), true); }
    void on(const change::PersonChanged& e) override { people.add(e.id.str(), false, e.fields.bits()); }
    void on(const change::PersonRemoved& e) override { people.add(e.id.str(), true); }
    void on(const change::PerspectiveAdded& e) override { perspectives.add(e.id.str(), true); }
    void on(const change::PerspectiveChanged& e) override { perspectives.add(e.id.str(), false); }
    void on(const change::PerspectiveRemoved& e) override { perspectives.add(e.id.str(), true); }
    void on(const change::PositionsChanged& e) override {
        for (const NodeId& n : e.nodes)
            positions.emplace_back(e.view, n);
    }
};

void DocumentWriter::apply(const Map& map, const ChangeSet& changes) {
    ChangeReader r;
    visit(changes, r);
    const auto& positions = r.positions;
    const bool document = r.document;
    const bool waivers = r.waivers;

    const MapData& d = map.data();
    const Ordered tables[] = {
        {&deletePerspective_, &orderPerspective_, &keys_.perspectives,
         [&](const std::string& id) { return map.perspective(PerspectiveId(id)) != nullptr; },
         [&](const std::string& id) { return *map.perspectiveIndex(PerspectiveId(id)); },
         d.perspectives.size(),
         [&](std::size_t i) -> const std::string& { return d.perspectives[i].id.str(); },
         [&](std::size_t i, double key) { writePerspective(d.perspectives[i], key); }, nullptr},
        {&deleteTeam_, &orderTeam_, &keys_.teams,
         [&](const std::string& id) { return map.team(TeamId(id)) != nullptr; },
         [&](const std::string& id) { return *map.teamIndex(TeamId(id)); }, d.teams.size(),
         [&](std::size_t i) -> const std::string& { return d.teams[i].id.str(); },
         [&](std::size_t i, double key) { writeTeam(d.teams[i], key); },
         [&](std::size_t i, std::uint32_t f) { return updateTeam(d.teams[i], TeamFields::fromBits(f)); }},
        {&deletePerson_, &orderPerson_, &keys_.people,
         [&](const std::string& id) { return map.person(PersonId(id)) != nullptr; },
         [&](const std::string& id) { return *map.personIndex(PersonId(id)); }, d.people.size(),
         [&](std::size_t i) -> const std::string& { return d.people[i].id.str(); },
         [&](std::size_t i, double key) { writePerson(d.people[i], key); },
         [&](std::size_t i, std::uint32_t f) {
             return updatePerson(d.people[i], PersonFields::fromBits(f));
         }},
        {&deleteNode_, &orderNode_, &keys_.nodes,
         [&](const std::string& id) { return map.node(NodeId(id)) != nullptr; },
         [&](const std::string& id) { return *map.nodeIndex(NodeId(id)); }, d.nodes.size(),
         [&](std::size_t i) -> const std::string& { return d.nodes[i].id.str(); },
         [&](std::size_t i, double key) { writeNode(d.nodes[i], key); },
         [&](std::size_t i, std::uint32_t f) { return updateNode(d.nodes[i], NodeFields::fromBits(f)); }},
        {&deleteLink_, &orderLink_, &keys_.links,
         [&](const std::string& id) { return map.link(LinkId(id)) != nullptr; },
         [&](const std::string& id) { return *map.linkIndex(LinkId(id)); }, d.links.size(),
         [&](std::size_t i) -> const std::string& { return d.links[i].id.str(); },
         [&](std::size_t i, double key) { writeLink(d.links[i], key); },
         [&](std::size_t i, std::uint32_t f) { return updateLink(d.links[i], LinkFields::fromBits(f)); }},
    };
    const Touched* touched[] = {&r.perspectives, &r.teams, &r.people, &r.nodes, &r.links};

    transaction([&] {
        for (int t = 4; t >= 0; --t)
            removeMissing(tables[t], *touched[t]);
        for (int t = 0; t < 5; ++t)
            upsertPresent(tables[t], *touched[t]);
        for (const auto& [view, node] : positions) {
            if (const auto p = map.position(view, node))
                writePosition(view, node, *p);
            else
                deletePosition_.bind(1, node.str()).bind(2, toString(view)).run();
        }
        if (waivers)
            writeWaivers(d.waivers);
        if (document)
            writeDocumentRow(d);
    });
}

} // namespace sightline::storage
