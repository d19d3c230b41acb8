// sightline-cli import-values (measures.md, "Values in from a spreadsheet"): the plan of
// io/valueimport, reported; every bad row as FILE:LINE and then nothing written.
#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "mapsaver.h"
#include "sightline/io/fileutil.h"
#include "sightline/io/valueimport.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace sightline::cli {

namespace {

std::string number(double v) {
    std::ostringstream s;
    s.precision(15);
    s << v;
    return s.str();
}

int runImportValues(CommandContext& ctx, std::span<const std::string> args) {
    std::string in, csvPath;
    std::optional<std::string> dateFormat;
    bool dryRun = false;
    ArgParser parser(
        "import-values",
        "Add measure values from a CSV file in long form, one value a row: columns measure (id or "
        "\nexact title), date and value, optionally note, named in the header in any order. A row "
        "\nwhose date already has a value replaces it (and clears its approval). Every bad row is "
        "\nreported as FILE:LINE: message and then nothing is written (exit 2); otherwise MAP is "
        "\nwritten in place, whole or not at all.");
    parser.mapPositional(in);
    parser.positional("FILE.csv", csvPath, "the values (RFC 4180; ',' or ';' as separator; UTF-8)");
    parser.option("--date-format", "FORMAT", dateFormat, "how the dates are written (default YYYY-MM-DD)",
                  {"YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY"});
    parser.flag("--dry-run", dryRun, "report what would change and write nothing");
    if (auto exit = parser.parse(args, ctx))
        return *exit;

    LoadedMap loaded = loadMap(in);
    printIssues(loaded, ctx.err);
    if (!loaded.ok()) {
        if (loaded.format != MapFormat::Repository) // a repository's message is printed already
            ctx.err << "sightline-cli: " << in << " is not a valid Sightline map\n";
        return kExitBadInput;
    }
    std::string error;
    const std::optional<std::string> csv = io::readFileBytes(csvPath, error);
    if (!csv) {
        ctx.err << "sightline-cli import-values: " << error << "\n";
        return kExitBadInput;
    }
    io::ValueImportOptions options;
    if (dateFormat)
        options.dateFormat = io::dateFormatFromString(*dateFormat).value_or(io::DateFormat::Iso);
    core::MapData& map = *loaded.map;
    const io::ValueImportPlan plan = io::planValueImport(map, *csv, options);
    for (const io::CsvProblem& w : plan.warnings)
        ctx.err << "warning: " << io::formatProblem(csvPath, w) << "\n";
    if (!plan.ok()) {
        for (const io::CsvProblem& e : plan.errors)
            ctx.err << io::formatProblem(csvPath, e) << "\n";
        std::set<std::size_t> lines; // a row may have several problems
        for (const io::CsvProblem& e : plan.errors)
            lines.insert(e.line);
        ctx.err << "sightline-cli import-values: " << lines.size()
                << (lines.size() == 1 ? " bad row" : " bad rows") << " in " << csvPath
                << "; nothing was written\n";
        return kExitBadInput;
    }
    for (const io::PlannedValue& p : plan.values)
        if (p.replaced)
            ctx.out << csvPath << ":" << p.line << ": replaces " << p.measure.str() << " "
                    << p.date.toString() << ": " << number(p.replaced->value) << " -> " << number(p.value)
                    << (p.replaced->approvedBy ? " (its approval is cleared)" : "") << "\n";

    const std::size_t replaced = plan.replacedCount();
    ctx.out << plan.values.size() << (plan.values.size() == 1 ? " value" : " values") << " for "
            << plan.measureCount() << (plan.measureCount() == 1 ? " measure" : " measures") << ": "
            << plan.values.size() - replaced << " added, " << replaced << " replaced";
    if (dryRun) {
        ctx.out << " (--dry-run: nothing written)\n";
        return kExitOk;
    }
    for (core::Node& after : io::importedNodes(map, plan)) {
        auto it = std::find_if(map.nodes.begin(), map.nodes.end(),
                               [&](const core::Node& n) { return n.id == after.id; });
        if (it != map.nodes.end())
            *it = std::move(after);
    }
    if (!saveInPlace(loaded, map, in, error)) {
        ctx.out << "\n";
        ctx.err << "sightline-cli import-values: " << error << "\n";
        return kExitBadInput;
    }
    ctx.out << "; written to " << in << "\n";
    return kExitOk;
}

} // namespace

Command importValuesCommand() {
    return {"import-values",
            "add measure values from a CSV file; bad rows as FILE:LINE, then nothing written",
            &runImportValues};
}

} // namespace sightline::cli
