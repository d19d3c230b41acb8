#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "xmrwriter.h"

#include <algorithm>

namespace sightline::cli {

namespace {

int runXmr(CommandContext& ctx, std::span<const std::string> args) {
    std::string path;
    std::optional<std::string> format, measureId;
    ArgParser parser("xmr", "The XmR chart data of every measure with values (measures.md): each segment's "
                            "central line,\naverage moving range and natural process limits, each point's "
                            "signals and kind, and\neach measure's variation and capability; sorted by "
                            "measure id.");
    parser.mapPositional(path);
    parser.option("--measure", "ID", measureId, "only this measure (even without values)");
    parser.option("--format", "FORMAT", format, "output format (default text)", {"text", "json", "csv"});
    if (auto exit = parser.parse(args, ctx))
        return *exit;

    const auto map = loadMapOrReport(path, ctx.err);
    if (!map)
        return kExitBadInput;

    std::vector<MeasureChart> charts;
    if (measureId) {
        const auto it = std::find_if(map->nodes.begin(), map->nodes.end(),
                                     [&](const core::Node& n) { return n.id.str() == *measureId; });
        if (it == map->nodes.end()) {
            ctx.err << ctx.program << " xmr: --measure: the map has no node \"" << *measureId << "\"\n";
            return kExitBadInput;
        }
        if (it->kind != core::NodeKind::Measure) {
            ctx.err << ctx.program << " xmr: --measure: \"" << *measureId << "\" is an "
                    << core::toString(it->kind) << ", not a measure\n";
            return kExitBadInput;
        }
        charts.push_back({&*it, analysis::computeXmr(*it, map->settings)});
    } else {
        for (const core::Node& n : map->nodes)
            if (n.kind == core::NodeKind::Measure && !n.values.empty())
                charts.push_back({&n, {}});
        std::sort(charts.begin(), charts.end(), [](const MeasureChart& a, const MeasureChart& b) {
            return a.measure->id.str() < b.measure->id.str();
        });
        for (MeasureChart& c : charts)
            c.chart = analysis::computeXmr(*c.measure, map->settings);
    }

    const std::string f = format.value_or("text");
    if (f == "json")
        writeXmrJson(ctx.out, *map, charts);
    else if (f == "csv")
        writeXmrCsv(ctx.out, charts);
    else
        writeXmrText(ctx.out, *map, charts);
    return kExitOk;
}

} // namespace

Command xmrCommand() {
    return {"xmr", "XmR chart data of measures: limits, signals, kinds (text, JSON or CSV)", &runXmr};
}

} // namespace sightline::cli
