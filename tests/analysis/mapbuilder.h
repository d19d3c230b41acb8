#pragma once

#include "sightline/analysis/analyzer.h"
#include "sightline/core/mapdata.h"
#include "sightline/core/validation.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace sightline::testing {

// Builds small valid maps for analysis tests. Nodes get an owner unless told otherwise, so that
// tests of one rule are not cluttered by no-owner findings.
class MapBuilder {
public:
    MapBuilder() {
        map.properties.title = "Test map";
        map.people.push_back({core::PersonId("p"), "Pat Owner", "", std::nullopt, ""});
    }

    MapBuilder& team(const std::string& id, const std::string& name, const std::string& parent = "") {
        core::Team t;
        t.id = core::TeamId(id);
        t.name = name;
        if (!parent.empty())
            t.parent = core::TeamId(parent);
        map.teams.push_back(t);
        return *this;
    }
    MapBuilder& node(core::NodeKind kind, const std::string& id, const std::string& title,
                     const std::string& team, bool goal = false) {
        core::Node n;
        n.id = core::NodeId(id);
        n.kind = kind;
        n.title = title;
        if (!team.empty())
            n.team = core::TeamId(team);
        n.goal = goal;
        n.owner = core::PersonId("p");
        if (kind == core::NodeKind::Measure)
            n.target = 1.0;
        map.nodes.push_back(n);
        return *this;
    }
    MapBuilder& goal(const std::string& id, const std::string& title, const std::string& team) {
        return node(core::NodeKind::Objective, id, title, team, true);
    }
    MapBuilder& objective(const std::string& id, const std::string& title, const std::string& team) {
        return node(core::NodeKind::Objective, id, title, team);
    }
    MapBuilder& measure(const std::string& id, const std::string& title, const std::string& team) {
        return node(core::NodeKind::Measure, id, title, team);
    }
    MapBuilder& initiative(const std::string& id, const std::string& title, const std::string& team) {
        return node(core::NodeKind::Initiative, id, title, team);
    }
    MapBuilder& link(const std::string& id, core::LinkKind kind, const std::string& from,
                     const std::string& to, bool negative = false, double weight = 1.0) {
        core::Link l;
        l.id = core::LinkId(id);
        l.kind = kind;
        l.from = core::NodeId(from);
        l.to = core::NodeId(to);
        if (negative)
            l.polarity = core::Polarity::Negative;
        if (kind == core::LinkKind::Drives)
            l.weight = weight;
        map.links.push_back(l);
        return *this;
    }
    MapBuilder& drives(const std::string& id, const std::string& from, const std::string& to,
                       bool negative = false, double weight = 1.0) {
        return link(id, core::LinkKind::Drives, from, to, negative, weight);
    }
    MapBuilder& measures(const std::string& id, const std::string& from, const std::string& to) {
        return link(id, core::LinkKind::Measures, from, to);
    }
    MapBuilder& supports(const std::string& id, const std::string& from, const std::string& to) {
        return link(id, core::LinkKind::Supports, from, to);
    }
    MapBuilder& rollup(const std::string& id, const std::string& from, const std::string& to) {
        return link(id, core::LinkKind::Rollup, from, to);
    }
    core::Node& at(const std::string& id) {
        for (core::Node& n : map.nodes)
            if (n.id.str() == id)
                return n;
        FAIL("no node " << id);
        return map.nodes.front();
    }
    // The map, checked to be valid.
    const core::MapData& build() {
        const auto issues = core::validate(map);
        for (const auto& i : issues)
            UNSCOPED_INFO(i.toString());
        REQUIRE(issues.empty());
        return map;
    }

    core::MapData map;
};

inline core::Date date(const char* text) {
    return *core::Date::parse(text);
}

// The analysis options of the tests: every rule, as of the given day (default 2026-11-26).
inline analysis::Options testOptions(core::Date asOf = date("2026-11-26")) {
    analysis::Options options;
    options.asOf = asOf;
    return options;
}

// The whole analysis with testOptions().
inline analysis::Report analyzeMap(const core::MapData& map) {
    return analysis::analyze(map, testOptions());
}

// The findings of one rule.
inline std::vector<analysis::Finding> findings(const core::MapData& map, analysis::Rule rule,
                                               core::Date asOf = date("2026-11-26")) {
    analysis::Options options = testOptions(asOf);
    options.rules = analysis::RuleSet::none();
    options.rules.insert(rule);
    return analysis::analyze(map, options).findings;
}

template <class Tag> std::vector<std::string> ids(const std::vector<core::Id<Tag>>& v) {
    std::vector<std::string> out;
    for (const auto& id : v)
        out.push_back(id.str());
    return out;
}
// The node lists of the findings, in report order.
inline std::vector<std::vector<std::string>> nodeLists(const std::vector<analysis::Finding>& fs) {
    std::vector<std::vector<std::string>> out;
    for (const auto& f : fs)
        out.push_back(ids(f.nodes));
    return out;
}

using Lists = std::vector<std::vector<std::string>>;
using Strings = std::vector<std::string>;

} // namespace sightline::testing
