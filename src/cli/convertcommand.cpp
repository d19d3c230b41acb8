#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "mapsaver.h"
#include "repositoryaccess.h"
#include "sightline/io/fileutil.h"
#include "sightline/storage/repositoryaddress.h"

namespace sightline::cli {

namespace {

int runConvert(CommandContext& ctx, std::span<const std::string> args) {
    std::string in, out;
    bool replace = false;
    ArgParser parser("convert", "Write the map IN as OUT. OUT's extension picks the format: .json, .rmap, "
                                "\n.graphml (graph tools) or .dot (Graphviz). OUT appears whole or not at "
                                "\nall; it must not be IN itself. Either may be a repository map, "
                                "\npostgresql://HOST/DATABASE?map=NAME: IN downloads it, OUT uploads IN.");
    parser.positional("IN", in, "the map to read (.json, .rmap or a repository address)");
    parser.positional("OUT", out, "the file to write, or the repository address to upload to");
    parser.flag("--replace", replace, "replace the repository map OUT when it exists");
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    if (storage::isRepositoryAddress(out)) {
        const auto map = loadMapOrReport(in, ctx.err);
        if (!map)
            return kExitBadInput;
        std::string error;
        if (!uploadMap(*map, out, replace, error)) {
            ctx.err << "sightline-cli convert: " << error << "\n";
            return kExitBadInput;
        }
        return kExitOk;
    }
    if (io::isSameFile(in, out)) {
        ctx.err << "sightline-cli convert: " << out << " is the input file itself; choose another output\n";
        return kExitBadInput;
    }
    if (!outputFormatFor(out)) {
        ctx.err << "sightline-cli convert: cannot tell the output format of " << out
                << " from its extension: use .json, .rmap, .graphml or .dot\n";
        return kExitBadInput;
    }
    const auto map = loadMapOrReport(in, ctx.err);
    if (!map)
        return kExitBadInput;
    std::string error;
    if (!saveMap(*map, out, error)) {
        ctx.err << "sightline-cli convert: " << error << "\n";
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace

Command convertCommand() {
    return {"convert", "write a map in another format (by OUT's extension)", &runConvert};
}

} // namespace sightline::cli
