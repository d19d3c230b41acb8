#pragma once

#include "sightline/core/id.h"
#include "sightline/core/map.h"
#include "sightline/export/exportoptions.h"
#include "sightline/export/titleblock.h"
#include "sightline/render/highlight.h"

#include <memory>
#include <optional>
#include <vector>

namespace sightline::exporting {

class ExportScene;
class Page;

// The pages of the map in a focus and colour mode (render::Highlight) with the options' paper, margins,
// legend and title block: one page scaled to fit, or (`allowTiling`, paper not Fit) tiles at a
// readable scale when one page would be too small to read. `firstPage` is the page number the
// first of them will have (for the overlap marks' "continues on page N").
std::vector<std::unique_ptr<Page>> mapPages(ExportScene& scene, const render::Highlight& highlight,
                                            const ExportOptions& options, PageFormat page,
                                            const TitleInfo& title, int firstPage, bool allowTiling,
                                            bool printZoom = false);

// What the title block says of a focus and colour mode: "Whole map", "Line of sight:
// Operations", "Ripple: Maintenance cost per machine hour falls", "Path: A → B", followed by
// " · colour: perspective" unless coloured by team.
QString focusLabel(const core::Map& map, const render::Highlight& highlight);

} // namespace sightline::exporting
