#pragma once

// Small JSON maps for the io tests, and helpers to look for issues.

#include "sightline/io/jsonmapreader.h"

#include <algorithm>
#include <string>

namespace testmaps {

// A valid map: teams acme > ops, person dl, goal g1, objective o1, measure m1, initiative i1.
inline std::string nodesJson() {
    return R"([
    {"id": "g1", "kind": "objective", "title": "Operating margin grows", "team": "acme", "goal": true},
    {"id": "o1", "kind": "objective", "title": "Plant downtime falls", "team": "ops", "owner": "dl"},
    {"id": "m1", "kind": "measure", "title": "Unplanned downtime hours", "team": "ops", "unit": "h",
     "direction": "down", "baseline": 120, "target": 60, "cadence": "monthly",
     "values": [{"date": "2026-09-30", "value": 118}, {"date": "2026-10-31", "value": 104}]},
    {"id": "i1", "kind": "initiative", "title": "Predictive maintenance", "team": "ops", "status": "active",
     "start": "2026-01-05", "due": "2026-12-18"}
  ])";
}

inline std::string linksJson() {
    return R"([
    {"kind": "drives", "from": "o1", "to": "g1"},
    {"kind": "measures", "from": "m1", "to": "o1"},
    {"kind": "supports", "from": "i1", "to": "o1"}
  ])";
}

// The valid map with its nodes, links and extra top-level members replaced.
inline std::string map(const std::string& nodes = nodesJson(), const std::string& links = linksJson(),
                       const std::string& extra = "") {
    return R"({
  "format": "sightline-map",
  "version": 1,
  "title": "Acme results map 2027",
  "teams": [{"id": "acme", "name": "Acme"}, {"id": "ops", "name": "Operations", "parent": "acme"}],
  "people": [{"id": "dl", "name": "Dana Lee", "team": "ops"}],
  "nodes": )" +
           nodes + R"(,
  "links": )" +
           links + extra + "\n}\n";
}

inline bool hasIssue(const std::vector<sightline::core::Issue>& issues, const std::string& pointer,
                     const std::string& part = "") {
    return std::any_of(issues.begin(), issues.end(), [&](const sightline::core::Issue& i) {
        return i.pointer == pointer && i.message.find(part) != std::string::npos;
    });
}

inline std::string dump(const std::vector<sightline::core::Issue>& issues) {
    std::string s;
    for (const auto& i : issues)
        s += i.toString() + "\n";
    return s;
}

} // namespace testmaps
