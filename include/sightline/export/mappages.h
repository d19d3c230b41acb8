#pragma once

#include "sightline/core/id.h"
#include "sightline/export/exportoptions.h"
#include "sightline/export/titleblock.h"

#include <memory>
#include <optional>
#include <vector>

namespace sightline::exporting {

class ExportScene;
class Page;

// The pages of the map in a focus (nullopt: the whole map) with the options' paper, margins,
// legend and title block: one page scaled to fit, or (`allowTiling`, paper not Fit) tiles at a
// readable scale when one page would be too small to read. `firstPage` is the page number the
// first of them will have (for the overlap marks' "continues on page N").
std::vector<std::unique_ptr<Page>> mapPages(ExportScene& scene, const std::optional<core::TeamId>& focus,
                                            const ExportOptions& options, PageFormat page,
                                            const TitleInfo& title, int firstPage, bool allowTiling);

// "Results map", "Whole map" / "Line of sight: Operations".
QString focusLabel(const ExportScene& scene, const std::optional<core::TeamId>& focus);

} // namespace sightline::exporting
