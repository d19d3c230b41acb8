#pragma once

#include "sightline/core/map.h"
#include "sightline/layout/nodesize.h"

#include <QColor>
#include <QFont>
#include <QSizeF>

namespace sightline::render {

// Colours, fonts and sizes of everything the scene draws, in scene units (points). One Style
// serves the editor canvas and headless exports, so both look the same.
class Style {
public:
    Style();

    // Larger, bolder text for the projector (presentation mode).
    static Style presentation();

    // --- geometry ------------------------------------------------------------------------
    // The sizes the layouts plan with (layout/nodesize.h): what is laid out is what is shown.
    // A top goal is as big as any objective, so that layouts never make boxes overlap.
    QSizeF objectiveSize{layout::kObjectiveSize.width, layout::kObjectiveSize.height};
    QSizeF goalSize{layout::kObjectiveSize.width, layout::kObjectiveSize.height};
    QSizeF measureSize{layout::kMeasureSize.width, layout::kMeasureSize.height};
    QSizeF initiativeSize{layout::kInitiativeSize.width, layout::kInitiativeSize.height};
    qreal cardGap = layout::kAttachedGap; // between a bubble and its first card, and between cards
    qreal handleRadius = 7;               // the link handle on a node's right edge
    qreal gridSize = 20;                  // snap grid

    // Below this level of detail text is not drawn; below `shapeLod` shapes are plain boxes.
    qreal textLod = 0.5;
    qreal shapeLod = 0.2;

    // --- colours -------------------------------------------------------------------------
    QColor background{0xf6, 0xf7, 0xf9};
    QColor text{0x1d, 0x23, 0x2b};
    QColor mutedText{0x5b, 0x65, 0x72};
    QColor cardFill{0xff, 0xff, 0xff};
    QColor cardBorder{0xc9, 0xcf, 0xd8};
    QColor orphanBorder{0xd9, 0x77, 0x06};
    QColor initiativeFill{0xee, 0xf1, 0xf6};
    QColor initiativeBorder{0x6b, 0x76, 0x86};
    QColor link{0x4a, 0x55, 0x63};
    QColor negativeLink{0xc6, 0x28, 0x28};
    QColor supportsLink{0x7b, 0x86, 0x96};
    QColor rollupLink{0x37, 0x5a, 0x9e};
    QColor selection{0x1a, 0x73, 0xe8};
    QColor good{0x2e, 0x7d, 0x32};
    QColor bad{0xc6, 0x28, 0x28};
    QColor neutral{0x8a, 0x94, 0xa3};
    QColor noTeam{0x78, 0x84, 0x96};

    // --- fonts ---------------------------------------------------------------------------
    QFont titleFont;
    QFont goalFont;
    QFont smallFont;
    QFont cardTitleFont;
    QFont valueFont;
    int titleLines = 3;
    // Exports: titles are never cut short; bubbles and cards grow to hold every line.
    bool fullTitles = false;

    // --- the projector (presentation mode, see projectorstyle.h) ----------------------------
    // Measure cards as a dot in their status colour on the lower edge of their result.
    bool cardsAsDots = false;
    qreal dotSize = 9;
    // Owners and teams under result titles, kind and status on initiatives, goal markers.
    bool showCaptions = true;
    // The findings' badges on nodes.
    bool showFindingMarks = true;

    // The display colour of a team: its own colour, else a calm colour derived from its id;
    // `noTeam` for nodes without a team.
    QColor teamColour(const core::Map& map, const std::optional<core::TeamId>& team) const;
    // A light tint of a colour for bubble fills.
    static QColor tint(const QColor& c, qreal amount);

    QSizeF nodeSize(const core::Node& node) const;
};

} // namespace sightline::render
