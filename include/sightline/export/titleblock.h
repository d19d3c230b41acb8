#pragma once

#include "sightline/export/page.h"
#include "sightline/render/legend.h"

#include <QRectF>
#include <QString>
#include <vector>

namespace sightline::exporting {

// What the title block in a page's corner says.
struct TitleInfo {
    QString mapTitle;
    QString view;  // "Results map"
    QString focus; // "Whole map", "Line of sight: Operations"
    QString date;  // the print date, "2026-11-26"
    QString asOf;  // the data date when the export has one: "data as of 2026-09-30"
    QString part;  // for tiled maps: "Part 2 of 6 (row 1, column 2)"; else empty
};

inline constexpr double kTitleBlockWidth = 270;
inline constexpr double kTitleBlockHeight = 60;

// A framed block: the map's title, view and focus, the date and "Page x of y".
void paintTitleBlock(QPainter& painter, const QRectF& box, const TitleInfo& info, const PageNumber& number);

// The footer of a page: the legend on the left, the title block on the right.
// When the legend does not fit beside the title block it takes the page's width above it.
double footerHeight(const render::Legend& legend, double width, bool titleBlock);
void paintFooter(QPainter& painter, const QRectF& footer, const render::Legend& legend, const TitleInfo* info,
                 const PageNumber& number);

} // namespace sightline::exporting
