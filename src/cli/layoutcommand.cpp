#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "mapsaver.h"
#include "sightline/io/fileutil.h"
#include "sightline/layout/layout.h"

namespace sightline::cli {

namespace {

int runLayout(CommandContext& ctx, std::span<const std::string> args) {
    std::string in;
    std::optional<std::string> out, view;
    ArgParser parser("layout",
                     "Lay out one view of the map: replace that view's positions for every node, leave "
                     "\nthe other views as they are, and write the map (into MAP itself when -o is "
                     "\nabsent). The file appears whole or not at all.");
    parser.mapPositional(in);
    parser.option("--output", "OUT", out, "write here instead of into MAP; the extension picks the format",
                  {}, "-o");
    parser.option("--view", "VIEW", view, "the view to lay out (default results)",
                  {"results", "strategy", "hierarchy"});
    if (auto exit = parser.parse(args, ctx))
        return *exit;
    if (out && io::isSameFile(in, *out)) {
        ctx.err << "sightline-cli layout: " << *out
                << " is the input file itself; leave out -o to lay out the map in place\n";
        return kExitBadInput;
    }
    if (out && !outputFormatFor(*out)) {
        ctx.err << "sightline-cli layout: cannot tell the output format of " << *out
                << " from its extension: use .json, .rmap, .graphml or .dot\n";
        return kExitBadInput;
    }
    LoadedMap loaded = loadMap(in);
    printIssues(loaded, ctx.err);
    if (!loaded.ok()) {
        if (loaded.format != MapFormat::Repository) // a repository's message is printed already
            ctx.err << "sightline-cli: " << in << " is not a valid Sightline map\n";
        return kExitBadInput;
    }
    core::MapData& map = *loaded.map;

    const auto kind = core::fromString<core::ViewKind>(view.value_or("results"));
    const layout::LayoutResult result = layout::layoutView(map, kind.value_or(core::ViewKind::Results));
    map.positionsOf(kind.value_or(core::ViewKind::Results)) = result.positions;

    std::string error;
    bool written = false;
    if (out)
        written = saveMap(map, *out, error);
    else
        written = saveInPlace(loaded, map, in, error);
    if (!written) {
        ctx.err << "sightline-cli layout: " << error << "\n";
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace

Command layoutCommand() {
    return {"layout", "lay out one view (results, strategy or hierarchy) and write the map", &runLayout};
}

} // namespace sightline::cli
