#pragma once

#include "sightline/core/id.h"
#include "sightline/core/mapdata.h"
#include "sightline/core/types.h"
#include "sightline/render/highlight.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sightline::exporting {

// What an export writes; picked from the output file's extension.
enum class Format { Pdf, Png, Svg };

// The paper of a PDF page (or of the single PNG / SVG page); Fit: the page fits the content.
enum class PageFormat { A4, A3, Letter, Fit };

// Everything that decides what an export looks like. The editor's Export dialog and
// `sightline-cli export` both fill one of these and hand it to an Exporter, so the same
// options give the same pages.
struct ExportOptions {
    Format format = Format::Pdf;
    core::ViewKind view = core::ViewKind::Results;
    // Focus and colour mode, the same value the editor's canvas shows (render::Highlight): a
    // team's or a node's line of sight, one path, a ripple, or none (the whole map); coloured by
    // team, perspective, team level or measure status. The pages draw exactly that.
    render::Highlight highlight;

    PageFormat page = PageFormat::A4;
    bool landscape = false;
    double marginMm = 10.0;

    // PNG: pixels per inch, and whether the background is left transparent.
    int dpi = 150;
    bool transparent = false;

    // The multi-page board pack (PDF only): cover, whole map, findings, one page per team.
    bool pack = false;

    // PDF: when the map scaled to fit one page would print its titles smaller than
    // `minTitlePoints`, it is tiled over several pages at the scale that prints them that
    // size, with overlap marks. PNG and SVG never tile.
    bool allowTiling = true;
    double minTitlePoints = 5.0;
    double tileOverlapMm = 10.0;

    bool titleBlock = true;
    bool legend = true;

    // Lay out (src/layout) the nodes that have no position in the view before export: the
    // command line does; the editor exports what its canvas shows and leaves this off.
    bool layoutUnplaced = true;

    // The date shown in title blocks and on the cover ("YYYY-MM-DD"); empty: today. The print
    // date only: it does not decide which values count (see asOf).
    std::string date;

    // The data date ("YYYY-MM-DD"): values dated after it are ignored everywhere (cards,
    // scorecard, charts, findings) and the title blocks say "data as of"; empty: every value
    // counts. So last quarter's pack can be made again.
    std::string asOf;

    // A single view on one sheet of the chosen paper, never tiled: titles as small as that
    // needs (the exporter warns when they print under 4 points).
    bool onePage = false;

    // Only the focus: everything off a line-of-sight focus is left out and its paths to the
    // goals are laid out as a compact hierarchy (no effect without such a focus).
    bool pathOnly = false;

    // Board pack: every finding listed; else, per rule, the count, the three most important
    // findings and "and N more".
    bool allFindings = false;
    // Board pack: a team page for each of these teams (in this order); empty: every team of
    // the first `teamLevels` levels of the organisation (root teams are the first).
    std::vector<core::TeamId> packTeams;
    int teamLevels = 2;
};

// Titles printed smaller than this on a one-page export draw a warning.
inline constexpr double kOnePageWarnPoints = 4.0;

// Why `highlight` cannot be drawn for `map` (an unknown team or node, a path to a node that is
// not a top goal), for people; empty when it can.
std::string checkHighlight(const core::MapData& map, const render::Highlight& highlight);

// ".pdf", ".png", ".svg" (any case); nullopt for anything else.
std::optional<Format> formatFromPath(const std::filesystem::path& path);
std::string_view toString(Format format);

// "A4", "A3", "Letter", "fit" (case-insensitive); nullopt for anything else.
std::optional<PageFormat> pageFormatFromString(std::string_view text);
std::string_view toString(PageFormat page);

// Millimetres to points (1/72 inch).
inline double mmToPoints(double mm) {
    return mm * 72.0 / 25.4;
}

} // namespace sightline::exporting
