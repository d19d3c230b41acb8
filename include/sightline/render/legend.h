#pragma once

#include "sightline/core/map.h"
#include "sightline/render/highlight.h"
#include "sightline/render/style.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <vector>

class QPainter;

namespace sightline::render {

class HighlightLooks;

// One line of a legend: a swatch and what it means.
struct LegendEntry {
    enum class Swatch : std::uint8_t {
        Fill,       // a filled bubble in the colour
        Ring,       // a halo around a bubble (focus)
        Line,       // a link
        DashedLine, // a negative link
        Faded,      // a faded bubble (outside the focus)
        // The key to shapes and link kinds (LegendScope::symbols, for exports):
        Goal,        // a top goal's filled bubble
        Card,        // a measure's card, its border in the status colour
        OrphanCard,  // a measure that measures nothing (dashed border)
        Initiative,  // an initiative's arrow-ended box
        Arrow,       // a drives link
        DashedArrow, // a negative drives link
        DottedArrow, // a supports link
        Rollup,      // a rollup link
    };
    QColor colour;
    QString label;
    Swatch swatch = Swatch::Fill;

    friend bool operator==(const LegendEntry&, const LegendEntry&) = default;
};

struct LegendSection {
    QString title; // "Colour: team", "Line of sight: Maintenance & Reliability", ...
    std::vector<LegendEntry> entries;

    friend bool operator==(const LegendSection&, const LegendSection&) = default;
};

// What the colours and halos of the scene mean: the colour mode first (left out under a focus
// when colouring by team), then the focus. The editor canvas and the exports draw the same
// legend with paintLegend().
using Legend = std::vector<LegendSection>;

// At most this many entries per section (the rest are summed up in a last "… n more" entry).
inline constexpr int kMaxLegendEntries = 12;

Legend buildLegend(const core::Map& map, const Highlight& highlight, const Style& style);

// The part of the map a legend speaks for (a page, or a tile of a page, of an export): the
// colour section lists only the colours these nodes are drawn in, and with `symbols` a last
// section ("Shapes and links") explains the node shapes and link kinds they use.
struct LegendScope {
    std::vector<bool> nodes; // by index in map.nodes(); empty: every node
    std::vector<bool> links; // by index in map.links(); empty: every link
    bool symbols = false;
};
Legend buildLegend(const core::Map& map, const Highlight& highlight, const Style& style,
                   const LegendScope& scope);

// The colours of the focus halos (the legend and the items use the same).
QColor emphasisColour(int emphasis); // an Emphasis value

// Size of the legend box drawn by paintLegend, in the painter's units.
QSizeF legendSize(const Legend& legend, const Style& style);
// Draws the legend as a box with its top-left corner at `topLeft`.
void paintLegend(QPainter& painter, const Legend& legend, QPointF topLeft, const Style& style);
// Draws one entry's swatch into `box`: the canvas's legend box and the exports' page legends
// draw their swatches with this.
void paintLegendSwatch(QPainter& painter, const LegendEntry& entry, const QRectF& box);

} // namespace sightline::render
