#include "argparser.h"
#include "commands.h"
#include "repositoryaccess.h"
#include "repowatch.h"

#include <nlohmann/json.hpp>

namespace sightline::cli {

namespace {

int fail(CommandContext& ctx, std::string_view sub, const core::Status& s) {
    ctx.err << "sightline-cli repo " << sub << ": " << s.message() << "\n";
    return kExitBadInput;
}

int runInit(CommandContext& ctx, std::span<const std::string> args) {
    std::string url;
    ArgParser parser("repo init",
                     "Create or upgrade the sightline schema and its group roles in the database "
                     "\n(idempotent; run as a database administrator).");
    parser.positional("URL", url, "postgresql://HOST/DATABASE");
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    auto repo = connectRepository(url, false, "repo init", ctx.err);
    if (!repo)
        return kExitBadInput;
    if (auto s = repo->init(); !s)
        return fail(ctx, "init", s);
    core::Status status;
    ctx.out << "repository schema version " << repo->schemaVersion(status) << " in "
            << repo->address().database.toStdString() << "\n";
    return kExitOk;
}

// "--team ID" may be given several times: taken out before the parser sees the rest.
std::vector<std::string> takeTeams(std::vector<std::string>& args) {
    std::vector<std::string> teams;
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] == "--team" && i + 1 < args.size()) {
            teams.push_back(args[i + 1]);
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
        } else if (args[i].rfind("--team=", 0) == 0) {
            teams.push_back(args[i].substr(7));
            args.erase(args.begin() + static_cast<long>(i));
        } else
            ++i;
    }
    return teams;
}

int runGrant(CommandContext& ctx, std::span<const std::string> given, bool grant) {
    std::vector<std::string> args(given.begin(), given.end());
    const std::vector<std::string> teams = takeTeams(args);
    std::string url;
    std::optional<std::string> role, access;
    const char* sub = grant ? "grant" : "revoke";
    ArgParser parser(
        std::string("repo ") + sub,
        grant ? "Give a database role access to the map: facilitator (everything), editor (the nodes "
                "\nof --team and the teams below it; --team may be repeated) or viewer (read only)."
              : "Take a role's access to the map away (with --team: that team's only).");
    parser.positional("URL", url, "postgresql://HOST/DATABASE?map=NAME");
    parser.option("--role", "ROLE", role, "the database role (a person's login or a group)");
    parser.option("--as", "ACCESS", access, "what the role may do", {"facilitator", "editor", "viewer"});
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    if (!role || !access) {
        ctx.err << "sightline-cli repo " << sub << ": --role and --as are required\n"
                << parser.usage(ctx.program) << "\n";
        return kExitBadInput;
    }
    auto repo = connectRepository(url, true, std::string("repo ") + sub, ctx.err);
    if (!repo)
        return kExitBadInput;
    const std::string map = repo->address().map.toStdString();
    std::vector<std::string> targets = teams.empty() ? std::vector<std::string>{""} : teams;
    for (const std::string& team : targets) {
        const core::Status s =
            grant ? repo->grant(map, *role, *access, team) : repo->revoke(map, *role, *access, team);
        if (!s)
            return fail(ctx, sub, s);
    }
    return kExitOk;
}

int runList(CommandContext& ctx, std::span<const std::string> args) {
    std::string url;
    std::optional<std::string> format;
    ArgParser parser("repo list",
                     "The maps in the database that you may open, with their revision and last change.");
    parser.positional("URL", url, "postgresql://HOST/DATABASE");
    parser.formatOption(format);
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    auto repo = connectRepository(url, false, "repo list", ctx.err);
    if (!repo)
        return kExitBadInput;
    core::Status status;
    const auto maps = repo->maps(status);
    if (!status)
        return fail(ctx, "list", status);
    for (const auto& m : maps) {
        if (format == "json")
            ctx.out << nlohmann::json{{"map", m.name},
                                      {"rev", m.revision},
                                      {"changed", m.changed},
                                      {"by", m.changedBy}}
                           .dump()
                    << "\n";
        else
            ctx.out << m.name << "\trevision " << m.revision << "\t" << m.changed << "\t" << m.changedBy
                    << "\n";
    }
    return kExitOk;
}

int runLog(CommandContext& ctx, std::span<const std::string> args) {
    std::string url;
    std::optional<std::string> format, since;
    ArgParser parser("repo log",
                     "The map's history, oldest first. --format json prints one line a revision, "
                     "\n{\"rev\", \"time\", \"user\", \"ops\"}, which `edit --script` can replay.");
    parser.positional("URL", url, "postgresql://HOST/DATABASE?map=NAME");
    parser.option("--since", "REV", since, "only the revisions after REV");
    parser.formatOption(format);
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    long long after = 0;
    if (since) {
        try {
            std::size_t used = 0;
            after = std::stoll(*since, &used);
            if (used != since->size() || after < 0)
                throw std::invalid_argument("");
        } catch (const std::exception&) {
            ctx.err << "sightline-cli repo log: --since takes a revision number, not '" << *since << "'\n";
            return kExitBadInput;
        }
    }
    auto repo = connectRepository(url, true, "repo log", ctx.err);
    if (!repo)
        return kExitBadInput;
    core::Status status;
    const auto revisions = repo->log(repo->address().map.toStdString(), after, status);
    if (!status)
        return fail(ctx, "log", status);
    for (const auto& r : revisions) {
        const auto ops = nlohmann::json::parse(r.ops);
        if (format == "json")
            ctx.out << nlohmann::json{{"rev", r.rev}, {"time", r.time}, {"user", r.user}, {"ops", ops}}.dump()
                    << "\n";
        else
            ctx.out << r.rev << "\t" << r.time << "\t" << r.user << "\t" << ops.size()
                    << (ops.size() == 1 ? " change" : " changes") << "\n";
    }
    return kExitOk;
}

int runRepo(CommandContext& ctx, std::span<const std::string> args) {
    static const char* const usage = "usage: sightline-cli repo init|grant|revoke|list|log|watch URL ...\n"
                                     "  init    create or upgrade the repository schema and roles\n"
                                     "  grant   give a database role access to a map; revoke takes it away\n"
                                     "  list    the maps you may open\n"
                                     "  log     a map's revisions\n"
                                     "  watch   print REV USER as revisions are committed\n";
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? ctx.err : ctx.out) << usage;
        return args.empty() ? kExitBadInput : kExitOk;
    }
    const std::string sub = args[0];
    const auto rest = args.subspan(1);
    if (sub == "init")
        return runInit(ctx, rest);
    if (sub == "grant" || sub == "revoke")
        return runGrant(ctx, rest, sub == "grant");
    if (sub == "list")
        return runList(ctx, rest);
    if (sub == "log")
        return runLog(ctx, rest);
    if (sub == "watch")
        return runWatch(ctx, rest);
    ctx.err << "sightline-cli repo: unknown sub-command '" << sub << "'\n" << usage;
    return kExitBadInput;
}

} // namespace

Command repoCommand() {
    return {"repo", "set up a team repository on PostgreSQL, grant access, read a map's history", &runRepo};
}

} // namespace sightline::cli
