#pragma once

// The shared frame of the board pack's pages (private to the export layer).

#include "sightline/export/exportoptions.h"
#include "sightline/export/pageplan.h"
#include "sightline/export/titleblock.h"

namespace sightline::exporting {

// The pages of a board pack share their paper, margins and title block.
struct PackFrame {
    const ExportOptions& options;
    PageFormat page;
    TitleInfo title;

    QSizeF paper() const { return paperSize(page, options.landscape); }
    double margin() const { return mmToPoints(options.marginMm); }
    double width() const { return paper().width() - 2 * margin(); }
    // A page with the title block (no legend) in the footer.
    PageFrame tableFrame() const { return pageFrame(paper(), margin(), footerHeight({}, width(), true)); }
};

} // namespace sightline::exporting
