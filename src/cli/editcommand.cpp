#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "mapsaver.h"
#include "repositoryaccess.h"
#include "sightline/io/editscript.h"
#include "sightline/storage/repositoryaddress.h"
#include "sightline/storage/repositorymap.h"

#include <fstream>
#include <iostream>

namespace sightline::cli {

namespace {

bool blank(const std::string& line) {
    return line.find_first_not_of(" \t\r") == std::string::npos;
}

// A repository map: each line is one transaction through the server.
int editRepository(CommandContext& ctx, const std::string& url, std::istream& lines) {
    auto repo = connectRepository(url, true, "edit", ctx.err);
    if (!repo)
        return kExitBadInput;
    storage::RepositoryMap map(*repo, repo->address().map.toStdString());
    if (auto s = map.open(); !s) {
        ctx.err << "sightline-cli edit: " << s.message() << "\n";
        return kExitBadInput;
    }
    bool refused = false;
    std::size_t i = 0;
    for (std::string text; std::getline(lines, text); ++i) {
        if (blank(text))
            continue;
        std::string error;
        const auto line = io::parseEditLine(text, error);
        if (!line) {
            ctx.out << "refused " << i + 1 << ": " << error << "\n";
            refused = true;
            continue;
        }
        const auto outcome = map.edit(*line);
        switch (outcome.kind) {
        case storage::RepositoryMap::Outcome::Applied:
            ctx.out << "ok " << outcome.revision << "\n";
            break;
        case storage::RepositoryMap::Outcome::Refused:
            ctx.out << "refused " << i + 1 << ": " << outcome.message << "\n";
            refused = true;
            break;
        case storage::RepositoryMap::Outcome::Failed:
            ctx.out.flush();
            ctx.err << "sightline-cli edit: line " << i + 1 << ": " << outcome.message
                    << " (the lines before it are applied)\n";
            return kExitBadInput;
        }
        ctx.out.flush();
    }
    return refused ? kExitFindings : kExitOk;
}

// A .json or .rmap file: the lines are applied in memory, the file is written once at the end
// (whole or not at all). REV counts the lines applied.
int editFile(CommandContext& ctx, const std::string& path, std::istream& lines) {
    LoadedMap loaded = loadMap(path);
    printIssues(loaded, ctx.err);
    if (!loaded.ok()) {
        ctx.err << "sightline-cli: " << path << " is not a valid Sightline map\n";
        return kExitBadInput;
    }
    core::MapData map = *loaded.map;
    bool refused = false;
    long long applied = 0;
    std::size_t i = 0;
    for (std::string text; std::getline(lines, text); ++i) {
        if (blank(text))
            continue;
        std::string error;
        const auto line = io::parseEditLine(text, error);
        io::EditResult result;
        if (line)
            result = io::applyEdits(map, line->ops);
        if (!line || !result.map) {
            ctx.out << "refused " << i + 1 << ": " << (line ? result.error : error) << "\n";
            refused = true;
            continue;
        }
        map = std::move(*result.map);
        ctx.out << "ok " << ++applied << "\n";
        ctx.out.flush();
    }
    if (applied > 0) {
        std::string error;
        if (!saveInPlace(loaded, map, path, error)) {
            ctx.err << "sightline-cli edit: " << error << " (nothing was written)\n";
            return kExitBadInput;
        }
    }
    return refused ? kExitFindings : kExitOk;
}

int runEdit(CommandContext& ctx, std::span<const std::string> args) {
    std::string mapPath;
    std::optional<std::string> script;
    ArgParser parser("edit",
                     "Apply edits to MAP, one JSON object a line (docs/repository.md): set, add-node, "
                     "\nremove-node, add-link, remove-link, add-value, or a line of `repo log --format "
                     "\njson`. Prints `ok REV` or `refused LINE: reason` for each line. A repository map "
                     "\ntakes each line as one transaction; a file is written once, at the end. Exit 1 when "
                     "\nsome line was refused.");
    parser.positional("MAP", mapPath, "the map (.json, .rmap or a repository address)");
    parser.option("--script", "FILE.jsonl", script, "the edits (- for standard input)");
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    if (!script) {
        ctx.err << "sightline-cli edit: --script FILE.jsonl is required\n"
                << parser.usage(ctx.program) << "\n";
        return kExitBadInput;
    }
    // Lines are taken as they come: a script on standard input can wait for each answer.
    std::ifstream file;
    if (*script != "-") {
        file.open(*script, std::ios::binary);
        if (!file) {
            ctx.err << "sightline-cli edit: cannot read " << *script << "\n";
            return kExitBadInput;
        }
    }
    std::istream& lines = *script == "-" ? std::cin : file;
    if (storage::isRepositoryAddress(mapPath))
        return editRepository(ctx, mapPath, lines);
    return editFile(ctx, mapPath, lines);
}

} // namespace

Command editCommand() {
    return {"edit", "apply a script of edits to a map file or a repository map", &runEdit};
}

} // namespace sightline::cli
