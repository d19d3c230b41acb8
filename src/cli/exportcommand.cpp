// sightline-cli export (spec/cli.md): PDF, PNG, SVG and the board pack, headless, through the
// same ExportOptions -> Exporter path as the editor's Export dialog.

#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "sightline/core/types.h"
#include "sightline/export/exporter.h"
#include "sightline/io/fileutil.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace sightline::cli {

namespace {

// Qt's offscreen platform: exports need fonts and a paint system, never a display.
class HeadlessQt {
public:
    HeadlessQt() {
        if (QCoreApplication::instance())
            return;
        qputenv("QT_QPA_PLATFORM", "offscreen");
        quietRuntimeDirectory();
        app_.emplace(argc_, argv_);
    }

private:
    // Qt warns on stderr when XDG_RUNTIME_DIR is unset (cron jobs, CI, a root shell) and then
    // uses /tmp/runtime-USER; the same private folder, made here, keeps a script's output clean.
    static void quietRuntimeDirectory() {
        if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            return;
        const QByteArray dir =
            QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(::geteuid());
        if (::mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
            return; // Qt says why itself
        struct stat st {};
        if (::stat(dir.constData(), &st) == 0 && st.st_uid == ::geteuid() && (st.st_mode & 0777) == 0700)
            qputenv("XDG_RUNTIME_DIR", dir);
    }

    int argc_ = 1;
    char name_[16] = "sightline-cli";
    char* argv_[2] = {name_, nullptr};
    std::optional<QApplication> app_;
};

int fail(CommandContext& ctx, const std::string& message) {
    ctx.err << "sightline-cli export: " << message << "\n";
    return kExitBadInput;
}

int runExport(CommandContext& ctx, std::span<const std::string> args) {
    std::string map;
    std::optional<std::string> out, view, team, focus, colour, page, dpi, margin, date, asOf, findings, teams,
        levels;
    bool landscape = false, pack = false, transparent = false, onePage = false, pathOnly = false;
    ArgParser parser("export",
                     "Render the map to OUT: a PDF (vector, text as text), a PNG or an SVG, by OUT's "
                     "\nextension. Views without positions are laid out first; the map itself is "
                     "\nnever changed. OUT appears whole or not at all.");
    parser.positional("MAP", map, "the map (.json or .rmap)");
    parser.option("--output", "OUT", out, "the file to write (.pdf, .png, .svg); required", {}, "-o");
    parser.option("--view", "VIEW", view, "results (default), strategy or hierarchy",
                  {"results", "strategy", "hierarchy"});
    parser.option("--team", "ID", team,
                  "focus on one team's line of sight (the rest fades); as --focus team:ID");
    parser.option("--focus", "FOCUS", focus,
                  "team:ID, node:ID (line of sight), ripple:ID, path:NODE:GOAL or none");
    parser.option("--colour", "MODE", colour, "colour nodes by team (default), perspective, level or status",
                  {"team", "perspective", "level", "status"});
    parser.option("--page", "PAGE", page, "A4 (PDF default), A3, Letter, or fit (PNG and SVG default)");
    parser.flag("--landscape", landscape, "landscape paper (default: portrait)");
    parser.option("--dpi", "N", dpi, "PNG resolution in dots per inch (default 150)");
    parser.flag("--pack", pack, "the board pack (PDF): cover, whole map, findings, a page per team");
    parser.flag("--transparent", transparent, "PNG: leave the background transparent");
    parser.option("--margin", "MM", margin, "page margins in millimetres (default 10)");
    parser.option("--date", "YYYY-MM-DD", date,
                  "the print date in title blocks and on the cover (default today)");
    parser.option("--as-of", "YYYY-MM-DD", asOf,
                  "the data date: values after it are ignored everywhere (default: every value)");
    parser.flag("--one-page", onePage, "the whole view on one sheet of the paper, never tiled");
    parser.flag("--path-only", pathOnly,
                "with a line-of-sight focus: only its paths to the goals, as a compact hierarchy");
    parser.option("--findings", "LIST", findings,
                  "board pack: summary (default: per rule the top three) or all", {"summary", "all"});
    parser.option("--teams", "ID,...", teams, "board pack: team pages for these teams");
    parser.option("--levels", "N", levels, "board pack: team pages for the first N team levels (default 2)");
    if (auto exit = parser.parse(args, ctx))
        return *exit;

    exporting::ExportOptions options;
    if (!out)
        return fail(ctx, "no output file: give one with -o OUT (.pdf, .png or .svg)");
    const auto format = exporting::formatFromPath(*out);
    if (!format)
        return fail(ctx, "cannot tell the format of " + *out + " from its extension: use .pdf, .png or .svg");
    options.format = *format;
    if (view)
        options.view = core::fromString<core::ViewKind>(*view).value_or(core::ViewKind::Results);
    const render::ColourMode mode =
        colour ? render::colourModeFromString(*colour).value_or(render::ColourMode::Team)
               : render::ColourMode::Team;
    options.highlight = render::Highlight::none(mode);
    std::string focusFlag; // "--focus X" or "--team X", for messages
    if (team && focus)
        return fail(ctx, "--team and --focus both name a focus: give one of them");
    if (team) {
        options.highlight = render::Highlight::teamSight(core::TeamId(*team), mode);
        focusFlag = "--team " + *team;
    } else if (focus) {
        const auto h = render::focusFromString(*focus, mode);
        if (!h)
            return fail(ctx, "--focus " + *focus +
                                 " is not a focus: use team:ID, node:ID, ripple:ID, path:NODE:GOAL or none");
        options.highlight = *h;
        focusFlag = "--focus " + *focus;
    }
    if (page) {
        const auto p = exporting::pageFormatFromString(*page);
        if (!p)
            return fail(ctx, "--page " + *page + " is not a page size: use A4, A3, Letter or fit");
        options.page = *p;
    } else if (options.format != exporting::Format::Pdf) {
        options.page = exporting::PageFormat::Fit;
    }
    options.landscape = landscape;
    if (dpi) {
        int n = 0;
        const auto [end, ec] = std::from_chars(dpi->data(), dpi->data() + dpi->size(), n);
        if (ec != std::errc() || end != dpi->data() + dpi->size() || n < 10 || n > 2400)
            return fail(ctx, "--dpi " + *dpi + " is not a resolution: use a whole number from 10 to 2400");
        if (options.format != exporting::Format::Png)
            return fail(ctx, "--dpi applies to PNG output only");
        options.dpi = n;
    }
    if (margin) {
        double mm = 0;
        const auto [end, ec] = std::from_chars(margin->data(), margin->data() + margin->size(), mm);
        if (ec != std::errc() || end != margin->data() + margin->size() || !(mm >= 0 && mm <= 50))
            return fail(ctx, "--margin " + *margin + " is not a margin: use millimetres from 0 to 50");
        options.marginMm = mm;
    }
    if (transparent && options.format != exporting::Format::Png)
        return fail(ctx, "--transparent applies to PNG output only");
    options.transparent = transparent;
    options.pack = pack;
    if (pack && options.format != exporting::Format::Pdf)
        return fail(ctx, "--pack makes a PDF: give an output file ending in .pdf");
    if (date) {
        if (!core::Date::parse(*date))
            return fail(ctx, "--date " + *date + " is not a date: use YYYY-MM-DD");
        options.date = *date;
    }
    if (asOf) {
        if (!core::Date::parse(*asOf))
            return fail(ctx, "--as-of " + *asOf + " is not a date: use YYYY-MM-DD");
        options.asOf = *asOf;
    }
    options.onePage = onePage;
    if (onePage && pack)
        return fail(ctx, "--one-page is for a single view; the board pack has its own pages");
    if (pathOnly && !pack && options.highlight.focus != render::FocusMode::LineOfSight)
        return fail(ctx, "--path-only needs a line-of-sight focus: add --team ID or --focus node:ID");
    options.pathOnly = pathOnly;
    if ((findings || teams || levels) && !pack)
        return fail(ctx, std::string(findings ? "--findings"
                                     : teams  ? "--teams"
                                              : "--levels") +
                             " applies to the board pack (--pack) only");
    options.allFindings = findings && *findings == "all";
    if (teams && levels)
        return fail(ctx, "--teams and --levels both choose the team pages: give one of them");
    if (teams) {
        std::string rest = *teams;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string id = rest.substr(0, comma);
            if (id.empty())
                return fail(ctx, "--teams " + *teams + " has an empty team id: use ID,ID,...");
            options.packTeams.emplace_back(id);
            rest = comma == std::string::npos ? std::string() : rest.substr(comma + 1);
        }
    }
    if (levels) {
        int n = 0;
        const auto [end, ec] = std::from_chars(levels->data(), levels->data() + levels->size(), n);
        if (ec != std::errc() || end != levels->data() + levels->size() || n < 1 || n > 20)
            return fail(ctx, "--levels " + *levels + " is not a number of levels: use 1 to 20");
        options.teamLevels = n;
    }
    options.layoutUnplaced = true;

    if (io::isSameFile(map, *out))
        return fail(ctx, *out + " is the input file itself; choose another output");
    const auto data = loadMapOrReport(map, ctx.err);
    if (!data)
        return kExitBadInput;
    if (const std::string problem = exporting::checkHighlight(*data, options.highlight); !problem.empty())
        return fail(ctx, focusFlag + ": " + problem);
    for (const core::TeamId& t : options.packTeams)
        if (std::none_of(data->teams.begin(), data->teams.end(),
                         [&](const core::Team& x) { return x.id == t; }))
            return fail(ctx, "--teams: the map has no team \"" + t.str() + "\"");

    HeadlessQt qt;
    exporting::Exporter exporter(*data, options);
    if (const core::Status status = exporter.prepare(); !status) {
        // The option at fault, as it is spelt on the command line.
        const std::string& where = status.where();
        const std::string flag = where == "dpi"      ? "--dpi: "
                                 : where == "margin" ? "--margin: "
                                 : where == "date"   ? "--date: "
                                 : where == "focus"  ? focusFlag + ": "
                                 : where == "format" ? "--output: "
                                 : where == "as-of"  ? "--as-of: "
                                 : where == "levels" ? "--levels: "
                                 : where == "teams"  ? "--teams: "
                                                     : "";
        return fail(ctx, flag + status.message());
    }
    std::string error;
    for (const std::string& warning : exporter.warnings())
        ctx.err << "sightline-cli export: warning: " << warning << "\n";
    if (!exporter.write(*out, error))
        return fail(ctx, error);
    ctx.out << *out << ": " << exporter.pageCount() << (exporter.pageCount() == 1 ? " page" : " pages")
            << "\n";
    return kExitOk;
}

} // namespace

Command exportCommand() {
    return {"export", "render a map to PDF, PNG or SVG; --pack makes the board pack", &runExport};
}

} // namespace sightline::cli
