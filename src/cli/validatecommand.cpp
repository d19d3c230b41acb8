#include "argparser.h"
#include "commands.h"
#include "maploader.h"

namespace sightline::cli {

namespace {

int runValidate(CommandContext& ctx, std::span<const std::string> args) {
    std::string path;
    ArgParser parser("validate", "Check a map against the format and the model rules. Errors are printed on "
                                 "stderr as\n\"POINTER: message\" lines (a JSON Pointer into the file; none "
                                 "for a problem with the\nwhole file), warnings as \"warning: POINTER: "
                                 "message\". Exit 0 when the map is valid, 2 when not.");
    parser.positional("MAP", path, "the map to check (.json or .rmap)");
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    const LoadedMap loaded = loadMap(path);
    printIssues(loaded, ctx.err);
    return loaded.ok() ? kExitOk : kExitBadInput;
}

} // namespace

Command validateCommand() {
    return {"validate", "check a map; errors as POINTER: message lines", &runValidate};
}

} // namespace sightline::cli
