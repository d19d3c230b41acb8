#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "sightline/analysis/lineofsight.h"
#include "sightline/analysis/sightreport.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace sightline::cli {

namespace {

nlohmann::ordered_json toJson(const analysis::SightReport& report) {
    nlohmann::ordered_json j;
    auto goals = nlohmann::ordered_json::array();
    for (const auto& g : report.goals)
        goals.push_back(g.str());
    j["goals"] = std::move(goals);
    auto teams = nlohmann::ordered_json::array();
    for (const auto& t : report.teams) {
        nlohmann::ordered_json team;
        team["team"] = t.team.str();
        team["has_line_of_sight"] = t.hasLineOfSight;
        auto nodes = nlohmann::ordered_json::array();
        for (const auto& n : t.nodes) {
            nlohmann::ordered_json node;
            node["node"] = n.node.str();
            node["leverage"] = n.leverage;
            auto paths = nlohmann::ordered_json::array();
            for (const auto& p : n.paths) {
                auto ids = nlohmann::ordered_json::array();
                for (const auto& id : p.nodes)
                    ids.push_back(id.str());
                paths.push_back({{"goal", p.goal.str()}, {"path", std::move(ids)}});
            }
            node["paths"] = std::move(paths);
            nodes.push_back(std::move(node));
        }
        team["nodes"] = std::move(nodes);
        teams.push_back(std::move(team));
    }
    j["teams"] = std::move(teams);
    return j;
}

void printText(std::ostream& out, const core::MapData& map, const analysis::SightReport& report) {
    std::unordered_map<std::string, const core::Node*> nodes;
    for (const core::Node& n : map.nodes)
        nodes.emplace(n.id.str(), &n);
    std::unordered_map<std::string, const core::Team*> teams;
    for (const core::Team& t : map.teams)
        teams.emplace(t.id.str(), &t);
    auto title = [&](const core::NodeId& id) { return "\u201c" + nodes.at(id.str())->title + "\u201d"; };

    out << "Line of sight in \"" << map.properties.title << "\"\n";
    if (report.goals.empty())
        out << "The map has no top goals: mark the organisation's goals with \"goal\": true.\n";
    else
        out << "Top goals:\n";
    for (const auto& g : report.goals)
        out << "  " << title(g) << " [" << g.str() << "]\n";
    for (const auto& t : report.teams) {
        out << "\n" << teams.at(t.team.str())->name << " [" << t.team.str() << "]: ";
        if (t.nodes.empty())
            out << "no results, measures or initiatives yet\n";
        else if (t.hasLineOfSight)
            out << "has line of sight\n";
        else
            out << "NO line of sight: nothing of this team leads to a top goal\n";
        for (const auto& n : t.nodes) {
            char lev[32];
            std::snprintf(lev, sizeof lev, "%9.6f", n.leverage);
            out << "  " << lev << "  " << title(n.node) << " [" << n.node.str() << "]";
            if (n.paths.empty())
                out << (nodes.at(n.node.str())->goal ? "  (a top goal)" : "  (no path to a top goal)");
            out << "\n";
            for (const auto& p : n.paths) {
                out << "             -> " << title(p.goal) << ": ";
                for (std::size_t i = 0; i < p.nodes.size(); ++i)
                    out << (i ? " -> " : "") << p.nodes[i].str();
                out << "\n";
            }
        }
    }
}

int runSight(CommandContext& ctx, std::span<const std::string> args) {
    std::string path;
    std::optional<std::string> format, team;
    ArgParser parser("sight",
                     "The line-of-sight report: for each team (or one), its results, measures and "
                     "initiatives by leverage,\nhighest first, each with one shortest path to every top "
                     "goal it reaches.");
    parser.mapPositional(path);
    parser.option("--team", "ID", team, "only this team (its id)");
    parser.formatOption(format);
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    const auto map = loadMapOrReport(path, ctx.err);
    if (!map)
        return kExitBadInput;
    std::optional<core::TeamId> teamId;
    if (team) {
        teamId = core::TeamId(*team);
        bool found = false;
        for (const core::Team& t : map->teams)
            found = found || t.id == *teamId;
        if (!found) {
            std::string known;
            for (const core::Team& t : map->teams)
                known += (known.empty() ? "" : ", ") + t.id.str();
            ctx.err << ctx.program << " sight: --team: no team \"" << *team << "\" in " << path
                    << (known.empty() ? std::string(" (the map has no teams)") : "; its teams are: " + known)
                    << "\n";
            return kExitBadInput;
        }
    }
    const analysis::SightReport report = analysis::sightReport(*map, teamId);
    if (format.value_or("text") == "json")
        ctx.out << toJson(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << "\n";
    else
        printText(ctx.out, *map, report);
    return kExitOk;
}

} // namespace

Command sightCommand() {
    return {"sight", "line of sight of each team (or one): paths to the goals, leverage", &runSight};
}

} // namespace sightline::cli
