#include "sightline/core/validation.h"

#include "measurechecks.h"
#include "sightline/core/text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace sightline::core {

std::string Issue::toString() const {
    return pointer.empty() ? message : pointer + ": " + message;
}

namespace {

class Validator {
public:
    Validator(const MapData& map, std::size_t limit) : m_(map), limit_(limit) {}

    std::vector<Issue> run() {
        properties();
        perspectives();
        teams();
        people();
        nodes();
        links();
        positions();
        settings();
        waivers();
        return std::move(issues_);
    }

private:
    void add(std::string pointer, std::string message) {
        if (issues_.size() < limit_)
            issues_.push_back({std::move(pointer), std::move(message)});
    }

    static std::string at(std::string_view array, std::size_t i) {
        return "/" + std::string(array) + "/" + std::to_string(i);
    }

    // Checks the syntax and uniqueness of each element's id; fills `index`.
    template <class T, class IdT>
    void ids(std::string_view array, const std::vector<T>& items,
             std::unordered_map<IdT, std::size_t>& index) {
        index.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string& id = items[i].id.str();
            if (!text::isValidId(id))
                add(at(array, i) + "/id",
                    "invalid id " + text::quoted(id) + ": use 1 to 64 letters, digits, _ . : -");
            else if (!index.emplace(items[i].id, i).second)
                add(at(array, i) + "/id", "duplicate id " + text::quoted(id));
        }
    }

    void properties() {
        const std::size_t len = text::codePoints(text::trimmed(m_.properties.title));
        if (len == 0 || len > 200)
            add("/title", "must have 1 to 200 characters, has " + std::to_string(len));
    }

    void perspectives() { ids("perspectives", m_.perspectives, perspectives_); }

    void teams() {
        ids("teams", m_.teams, teams_);
        for (std::size_t i = 0; i < m_.teams.size(); ++i) {
            const Team& t = m_.teams[i];
            if (t.parent && !teams_.count(*t.parent))
                add(at("teams", i) + "/parent", "unknown team " + text::quoted(t.parent->str()));
            if (!t.colour.empty() && !text::isValidColour(t.colour))
                add(at("teams", i) + "/color", "expected a colour #rrggbb; got " + text::quoted(t.colour));
        }
        teamCycles();
    }

    void teamCycles() {
        // 0: not seen, 1: on the current parent chain, 2: known to end at a root.
        std::vector<int> state(m_.teams.size(), 0);
        for (std::size_t start = 0; start < m_.teams.size(); ++start) {
            std::vector<std::size_t> chain;
            std::size_t i = start;
            while (true) {
                if (state[i] == 2)
                    break;
                if (state[i] == 1) {
                    reportCycle(chain, i);
                    break;
                }
                state[i] = 1;
                chain.push_back(i);
                const Team& t = m_.teams[i];
                if (!t.parent)
                    break;
                const auto p = teams_.find(*t.parent);
                if (p == teams_.end())
                    break;
                i = p->second;
            }
            for (std::size_t c : chain)
                state[c] = 2;
        }
    }

    void reportCycle(const std::vector<std::size_t>& chain, std::size_t first) {
        auto begin = std::find(chain.begin(), chain.end(), first);
        std::vector<std::size_t> cycle(begin, chain.end());
        auto smallest = std::min_element(cycle.begin(), cycle.end(), [&](std::size_t a, std::size_t b) {
            return m_.teams[a].id.str() < m_.teams[b].id.str();
        });
        std::rotate(cycle.begin(), smallest, cycle.end());
        std::string text = "team cycle";
        for (std::size_t c : cycle)
            text += " " + m_.teams[c].id.str() + " ->";
        text += " " + m_.teams[cycle.front()].id.str();
        add("/teams", text);
    }

    void people() {
        ids("people", m_.people, people_);
        for (std::size_t i = 0; i < m_.people.size(); ++i) {
            const Person& p = m_.people[i];
            if (p.team && !teams_.count(*p.team))
                add(at("people", i) + "/team", "unknown team " + text::quoted(p.team->str()));
        }
    }

    void nodes() {
        ids("nodes", m_.nodes, nodes_);
        for (std::size_t i = 0; i < m_.nodes.size(); ++i) {
            const Node& n = m_.nodes[i];
            const std::string p = at("nodes", i);
            const std::size_t len = text::codePoints(text::trimmed(n.title));
            if (len == 0 || len > 500)
                add(p + "/title", "must have 1 to 500 characters, has " + std::to_string(len));
            if (n.team && !teams_.count(*n.team))
                add(p + "/team", "unknown team " + text::quoted(n.team->str()));
            if (n.owner && !people_.count(*n.owner))
                add(p + "/owner", "unknown person " + text::quoted(n.owner->str()));
            if (n.perspective && !perspectives_.count(*n.perspective))
                add(p + "/perspective", "unknown perspective " + text::quoted(n.perspective->str()));
            if (n.goal && n.kind != NodeKind::Objective)
                add(p + "/goal", "only objectives can be goals; this is a " + std::string(toString(n.kind)));
            kindFields(n, p);
            values(n, p);
            detail::checkMeasureHistory(
                n, [&](const PersonId& id) { return people_.count(id) != 0; },
                [&](std::string suffix, std::string message) {
                    add(p + suffix, std::move(message));
                    return issues_.size() < limit_;
                });
        }
    }

    void kindFields(const Node& n, const std::string& p) {
        // Each field that does not belong to the node's kind is its own issue.
        if (n.kind != NodeKind::Measure) {
            const std::pair<const char*, bool> measureOnly[] = {{"unit", !n.unit.empty()},
                                                                {"direction", n.direction != Direction::Up},
                                                                {"baseline", n.baseline.has_value()},
                                                                {"target", n.target.has_value()},
                                                                {"cadence", n.cadence.has_value()},
                                                                {"values", !n.values.empty()}};
            for (const auto& [key, present] : measureOnly)
                if (present)
                    add(p + "/" + key, "only measures have " + std::string(key));
        }
        if (n.kind != NodeKind::Initiative) {
            const std::pair<const char*, bool> initiativeOnly[] = {
                {"status", n.status.has_value()}, {"start", n.start.has_value()}, {"due", n.due.has_value()}};
            for (const auto& [key, present] : initiativeOnly)
                if (present)
                    add(p + "/" + key, "only initiatives have " + std::string(key));
        }
        if (n.baseline && !std::isfinite(*n.baseline))
            add(p + "/baseline", "must be a finite number");
        if (n.target && !std::isfinite(*n.target))
            add(p + "/target", "must be a finite number");
    }

    void values(const Node& n, const std::string& p) {
        // Fast path: dates strictly ascending (the usual order) cannot repeat.
        bool ascending = true;
        for (std::size_t j = 0; j < n.values.size(); ++j) {
            if (!std::isfinite(n.values[j].value))
                add(p + "/values/" + std::to_string(j) + "/value", "must be a finite number");
            if (j > 0 && !(n.values[j - 1].date < n.values[j].date))
                ascending = false;
        }
        if (ascending)
            return;
        std::unordered_set<long long> dates;
        for (std::size_t j = 0; j < n.values.size(); ++j) {
            const MeasureValue& v = n.values[j];
            if (!dates.insert(v.date.toDays()).second)
                add(p + "/values/" + std::to_string(j) + "/date",
                    "a second value for " + v.date.toString() + "; dates must be unique");
        }
    }

    void links() {
        ids("links", m_.links, links_);
        std::unordered_set<std::uint64_t> seen; // kind, from index, to index
        seen.reserve(m_.links.size());
        for (std::size_t i = 0; i < m_.links.size(); ++i) {
            const Link& l = m_.links[i];
            const std::string p = at("links", i);
            const auto from = nodes_.find(l.from);
            const auto to = nodes_.find(l.to);
            if (from == nodes_.end())
                add(p + "/from", "unknown node " + text::quoted(l.from.str()));
            if (to == nodes_.end())
                add(p + "/to", "unknown node " + text::quoted(l.to.str()));
            if (l.kind != LinkKind::Drives && l.polarity != Polarity::Positive)
                add(p + "/polarity", "only drives links have a polarity");
            if (l.kind != LinkKind::Drives && l.weight != 1.0)
                add(p + "/weight", "only drives links have a weight");
            else if (!(l.weight > 0.0 && l.weight <= 1.0))
                add(p + "/weight", "must be greater than 0 and at most 1");
            if (l.kind != LinkKind::Rollup && l.aggregate != Aggregate::Sum)
                add(p + "/aggregate", "only rollup links have an aggregate");
            if (l.from == l.to) {
                add(p, "a " + std::string(toString(l.kind)) + " link from " + text::quoted(l.from.str()) +
                           " to itself");
                continue;
            }
            if (from == nodes_.end() || to == nodes_.end())
                continue;
            const NodeKind fk = m_.nodes[from->second].kind;
            const NodeKind tk = m_.nodes[to->second].kind;
            if (!linkAllowed(l.kind, fk, tk)) {
                const auto withArticle = [](NodeKind k) {
                    return std::string(k == NodeKind::Measure ? "a " : "an ") + std::string(toString(k));
                };
                add(p, "a " + std::string(toString(l.kind)) + " link cannot go from " + withArticle(fk) +
                           " to " + withArticle(tk) + " (" + text::quoted(l.from.str()) + " -> " +
                           text::quoted(l.to.str()) + ")");
                continue;
            }
            const std::uint64_t key = (static_cast<std::uint64_t>(l.kind) << 62) |
                                      (static_cast<std::uint64_t>(from->second) << 31) |
                                      static_cast<std::uint64_t>(to->second);
            if (!seen.insert(key).second)
                add(p, "a second " + std::string(toString(l.kind)) + " link from " +
                           text::quoted(l.from.str()) + " to " + text::quoted(l.to.str()));
        }
    }

    void positions() {
        // Positions have no file order in the model: report them by node id, to be repeatable.
        for (ViewKind view : kAllViews) {
            std::vector<std::pair<std::string, std::string>> found; // (id, message)
            for (const auto& [id, point] : m_.positionsOf(view)) {
                if (!nodes_.count(id))
                    found.emplace_back(id.str(), "position of unknown node " + text::quoted(id.str()));
                else if (!std::isfinite(point.x) || !std::isfinite(point.y))
                    found.emplace_back(id.str(), "coordinates must be finite numbers");
            }
            std::sort(found.begin(), found.end());
            for (auto& [id, message] : found)
                add("/views/" + std::string(toString(view)) + "/positions/" + text::pointerToken(id),
                    std::move(message));
        }
    }

    void settings() {
        const Settings& s = m_.settings;
        if (s.maxMeasuresPerObjective < 0)
            add("/settings/maxMeasuresPerObjective", "must be an integer >= 0");
        if (s.maxObjectivesPerTeam < 0)
            add("/settings/maxObjectivesPerTeam", "must be an integer >= 0");
        if (!(s.miniMeScorecardShare >= 0.0 && s.miniMeScorecardShare <= 1.0))
            add("/settings/miniMeScorecardShare", "must be a number from 0 to 1");
        const auto range = [&](const char* key, int value, int low, int high) {
            if (value < low || value > high)
                add(std::string("/settings/") + key, "must be an integer from " + std::to_string(low) +
                                                         " to " + std::to_string(high) + "; got " +
                                                         std::to_string(value));
        };
        range("runLength", s.runLength, Settings::kMinRunLength, Settings::kMaxRunLength);
        range("xmrMinPoints", s.xmrMinPoints, Settings::kMinXmrMinPoints, Settings::kMaxXmrMinPoints);
        range("progressPoints", s.progressPoints, Settings::kMinProgressPoints, Settings::kMaxProgressPoints);
    }

    void waivers() {
        for (std::size_t i = 0; i < m_.waivers.size(); ++i) {
            const Waiver& w = m_.waivers[i];
            const std::string p = at("waivers", i);
            for (std::size_t j = 0; j < w.nodes.size(); ++j)
                if (!nodes_.count(w.nodes[j]))
                    add(p + "/nodes/" + std::to_string(j), "unknown node " + text::quoted(w.nodes[j].str()));
            if (w.team && !teams_.count(*w.team))
                add(p + "/team", "unknown team " + text::quoted(w.team->str()));
            if (w.by && !people_.count(*w.by))
                add(p + "/by", "unknown person " + text::quoted(w.by->str()));
            if (isTeamRule(w.rule) && !w.team)
                add(p + "/team", "a waiver of " + w.rule + " must name the team it is about");
            if (!isTeamRule(w.rule) && w.nodes.empty())
                add(p + "/nodes", "must name the finding's nodes, lead node first");
        }
    }

    const MapData& m_;
    std::size_t limit_;
    std::vector<Issue> issues_;
    std::unordered_map<PerspectiveId, std::size_t> perspectives_;
    std::unordered_map<TeamId, std::size_t> teams_;
    std::unordered_map<PersonId, std::size_t> people_;
    std::unordered_map<NodeId, std::size_t> nodes_;
    std::unordered_map<LinkId, std::size_t> links_;
};

} // namespace

std::vector<Issue> validate(const MapData& map, std::size_t limit) {
    return Validator(map, limit).run();
}

std::vector<Issue> warnings(const MapData& map) {
    std::vector<Issue> out;
    for (std::size_t i = 0; i < map.waivers.size(); ++i)
        if (!isKnownRule(map.waivers[i].rule))
            out.push_back(
                {"/waivers/" + std::to_string(i) + "/rule",
                 "unknown rule " + text::quoted(map.waivers[i].rule) + "; this waiver covers nothing"});
    return out;
}

} // namespace sightline::core
