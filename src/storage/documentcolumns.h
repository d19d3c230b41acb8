#pragma once

// The columns of the nodes, links, teams and people tables, one per field of the entity's
// Field enum (core/changeevent.h), so that DocumentWriter can write only the changed ones.
#include "sightline/core/changeevent.h"
#include "sightline/core/map.h"
#include "statement.h"

#include <iterator>
#include <string>
#include <vector>

namespace sightline::storage::columns {

using namespace sightline::core;

// One column of a table and how a field of T is bound to it. Columns are listed in the order
// of the entity's Field enum; a field stored elsewhere (a node's values) has no name.
template <class T> struct Column {
    const char* name;
    void (*bind)(Statement& s, int i, const T& value);
};

template <class Id> void bindId(Statement& s, int i, const std::optional<Id>& id) {
    id ? s.bind(i, id->str()) : s.bindNull(i);
}

template <class T> void bindText(Statement& s, int i, const std::optional<T>& v) {
    v ? s.bind(i, toString(*v)) : s.bindNull(i);
}

inline constexpr Column<Node> kNodeColumns[] = {
    {"kind", [](Statement& s, int i, const Node& n) { s.bind(i, toString(n.kind)); }},
    {"title", [](Statement& s, int i, const Node& n) { s.bind(i, n.title); }},
    {"description", [](Statement& s, int i, const Node& n) { s.bind(i, n.description); }},
    {"team", [](Statement& s, int i, const Node& n) { bindId(s, i, n.team); }},
    {"owner", [](Statement& s, int i, const Node& n) { bindId(s, i, n.owner); }},
    {"perspective", [](Statement& s, int i, const Node& n) { bindId(s, i, n.perspective); }},
    {"goal", [](Statement& s, int i, const Node& n) { s.bind(i, n.goal ? 1 : 0); }},
    {"unit", [](Statement& s, int i, const Node& n) { s.bind(i, n.unit); }},
    {"direction", [](Statement& s, int i, const Node& n) { s.bind(i, toString(n.direction)); }},
    {"baseline", [](Statement& s, int i, const Node& n) { s.bind(i, n.baseline); }},
    {"target", [](Statement& s, int i, const Node& n) { s.bind(i, n.target); }},
    {"cadence", [](Statement& s, int i, const Node& n) { bindText(s, i, n.cadence); }},
    {nullptr, nullptr}, // values: rows of measure_values
    {"status", [](Statement& s, int i, const Node& n) { bindText(s, i, n.status); }},
    {"start",
     [](Statement& s, int i, const Node& n) { n.start ? s.bind(i, n.start->toString()) : s.bindNull(i); }},
    {"due", [](Statement& s, int i, const Node& n) { n.due ? s.bind(i, n.due->toString()) : s.bindNull(i); }},
    {nullptr, nullptr}, // forecast: rows of measure_forecast
    {"xmr_rules", [](Statement& s, int i, const Node& n) { s.bind(i, toString(n.xmr.rules)); }},
    {"xmr_baseline_points",
     [](Statement& s, int i, const Node& n) {
         n.xmr.baselinePoints ? s.bind(i, *n.xmr.baselinePoints) : s.bindNull(i);
     }},
    {nullptr, nullptr}, // breaks: rows of xmr_breaks
};
static_assert(std::size(kNodeColumns) == static_cast<std::size_t>(NodeField::Count),
              "every node field has its column here");

inline constexpr Column<Link> kLinkColumns[] = {
    {"kind", [](Statement& s, int i, const Link& l) { s.bind(i, toString(l.kind)); }},
    {"from_node", [](Statement& s, int i, const Link& l) { s.bind(i, l.from.str()); }},
    {"to_node", [](Statement& s, int i, const Link& l) { s.bind(i, l.to.str()); }},
    {"polarity", [](Statement& s, int i, const Link& l) { s.bind(i, toString(l.polarity)); }},
    {"weight", [](Statement& s, int i, const Link& l) { s.bind(i, l.weight); }},
    {"aggregate", [](Statement& s, int i, const Link& l) { s.bind(i, toString(l.aggregate)); }},
    {"note", [](Statement& s, int i, const Link& l) { s.bind(i, l.note); }},
};
static_assert(std::size(kLinkColumns) == static_cast<std::size_t>(LinkField::Count));

inline constexpr Column<Team> kTeamColumns[] = {
    {"name", [](Statement& s, int i, const Team& t) { s.bind(i, t.name); }},
    {"parent", [](Statement& s, int i, const Team& t) { bindId(s, i, t.parent); }},
    {"color", [](Statement& s, int i, const Team& t) { s.bind(i, t.colour); }},
};
static_assert(std::size(kTeamColumns) == static_cast<std::size_t>(TeamField::Count));

inline constexpr Column<Person> kPersonColumns[] = {
    {"name", [](Statement& s, int i, const Person& p) { s.bind(i, p.name); }},
    {"email", [](Statement& s, int i, const Person& p) { s.bind(i, p.email); }},
    {"team", [](Statement& s, int i, const Person& p) { bindId(s, i, p.team); }},
    {"role", [](Statement& s, int i, const Person& p) { s.bind(i, p.role); }},
    {"login", [](Statement& s, int i, const Person& p) { s.bind(i, p.login); }},
};
static_assert(std::size(kPersonColumns) == static_cast<std::size_t>(PersonField::Count));

// Writes the changed columns of one row; false when the mask names fields this version does
// not know (the caller then writes the row whole).
// prepare(table, columns) gives the statement UPDATE table SET columns... WHERE id = ?1.
template <class T, class F, std::size_t N, class Prepare>
bool updateColumns(Prepare&& prepare, const char* table, const Column<T> (&columns)[N], FieldMask<F> fields,
                   const T& value) {
    if (fields.beyondKnown())
        return false;
    std::vector<std::size_t> which;
    std::vector<const char*> names;
    for (std::size_t f = 0; f < N; ++f)
        if (columns[f].name && fields.has(static_cast<F>(f))) {
            which.push_back(f);
            names.push_back(columns[f].name);
        }
    if (names.empty())
        return true;
    Statement& s = prepare(table, names);
    s.bind(1, value.id.str());
    for (std::size_t k = 0; k < which.size(); ++k)
        columns[which[k]].bind(s, static_cast<int>(k) + 2, value);
    s.run();
    return true;
}

} // namespace sightline::storage::columns
