#include "argparser.h"
#include "commands.h"
#include "maploader.h"

#include <array>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace sightline::cli {

namespace {

using core::NodeKind;

struct Stats {
    std::array<std::size_t, 3> nodes{};
    std::array<std::size_t, 4> links{};
    std::vector<const core::Node*> topGoals;
};

// map-format-v1.md, "Top goals": objectives with goal true; if none, the objectives of root
// teams that are the `from` of no drives link.
std::vector<const core::Node*> topGoals(const core::MapData& m) {
    std::vector<const core::Node*> goals;
    for (const core::Node& n : m.nodes)
        if (n.kind == NodeKind::Objective && n.goal)
            goals.push_back(&n);
    if (!goals.empty())
        return goals;
    std::unordered_set<std::string> roots, driving;
    for (const core::Team& t : m.teams)
        if (!t.parent)
            roots.insert(t.id.str());
    for (const core::Link& l : m.links)
        if (l.kind == core::LinkKind::Drives)
            driving.insert(l.from.str());
    for (const core::Node& n : m.nodes)
        if (n.kind == NodeKind::Objective && n.team && roots.count(n.team->str()) &&
            !driving.count(n.id.str()))
            goals.push_back(&n);
    return goals;
}

// The words of the map's vocabulary for the node kinds (domain.md), plural.
std::array<const char*, 3> kindWords(core::Vocabulary v) {
    switch (v) {
    case core::Vocabulary::Bsc:
        return {"objectives", "KPIs", "initiatives"};
    case core::Vocabulary::Okr:
        return {"objectives", "key results", "initiatives"};
    case core::Vocabulary::Pump:
        break;
    }
    return {"results", "measures", "initiatives"};
}

void printText(const core::MapData& m, const Stats& s, std::ostream& out) {
    const auto words = kindWords(m.properties.vocabulary);
    out << "Map: " << m.properties.title << "\n";
    out << "Teams: " << m.teams.size() << "\n";
    out << "People: " << m.people.size() << "\n";
    out << "Nodes: " << m.nodes.size() << "\n";
    for (NodeKind k : core::kAllNodeKinds)
        out << "  " << words[static_cast<std::size_t>(k)] << ": " << s.nodes[static_cast<std::size_t>(k)]
            << "\n";
    out << "Links: " << m.links.size() << "\n";
    for (core::LinkKind k : core::kAllLinkKinds)
        out << "  " << core::toString(k) << ": " << s.links[static_cast<std::size_t>(k)] << "\n";
    out << "Top goals: " << s.topGoals.size() << "\n";
    for (const core::Node* g : s.topGoals)
        out << "  " << g->id.str() << "  " << g->title << "\n";
}

void printJson(const core::MapData& m, const Stats& s, std::ostream& out) {
    nlohmann::ordered_json j;
    j["title"] = m.properties.title;
    j["vocabulary"] = std::string(core::toString(m.properties.vocabulary));
    j["teams"] = m.teams.size();
    j["people"] = m.people.size();
    nlohmann::ordered_json nodes;
    nodes["total"] = m.nodes.size();
    for (NodeKind k : core::kAllNodeKinds)
        nodes[std::string(core::toString(k))] = s.nodes[static_cast<std::size_t>(k)];
    j["nodes"] = nodes;
    nlohmann::ordered_json links;
    links["total"] = m.links.size();
    for (core::LinkKind k : core::kAllLinkKinds)
        links[std::string(core::toString(k))] = s.links[static_cast<std::size_t>(k)];
    j["links"] = links;
    nlohmann::ordered_json goals = nlohmann::ordered_json::array();
    for (const core::Node* g : s.topGoals)
        goals.push_back(g->id.str());
    j["top_goals"] = goals;
    out << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

int runStats(CommandContext& ctx, std::span<const std::string> args) {
    std::string path;
    std::optional<std::string> format;
    ArgParser parser("stats", "Counts of teams, people, nodes by kind, links by kind, and the top goals.");
    parser.mapPositional(path);
    parser.formatOption(format);
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    const auto map = loadMapOrReport(path, ctx.err);
    if (!map)
        return kExitBadInput;
    Stats s;
    for (const core::Node& n : map->nodes)
        ++s.nodes[static_cast<std::size_t>(n.kind)];
    for (const core::Link& l : map->links)
        ++s.links[static_cast<std::size_t>(l.kind)];
    s.topGoals = topGoals(*map);
    if (format.value_or("text") == "json")
        printJson(*map, s, ctx.out);
    else
        printText(*map, s, ctx.out);
    return kExitOk;
}

} // namespace

Command statsCommand() {
    return {"stats", "counts of teams, people, nodes and links; the top goals", &runStats};
}

} // namespace sightline::cli
