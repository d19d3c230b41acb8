#pragma once

#include "sightline/export/exportoptions.h"
#include "sightline/export/pdfoutline.h"

#include <memory>
#include <vector>

namespace sightline::exporting {

class ExportScene;
class Page;

// The board pack, one PDF: a cover (title, date, counts, contents), the whole map, the
// findings summary (open findings by rule with their nodes, then the waived ones with their
// reasons), and one page per team in the map's order with its line-of-sight focus and its
// nodes ranked by leverage. Appends the pages and a bookmark for every section (each team
// under "Teams").
void buildBoardPack(ExportScene& scene, const ExportOptions& options, const std::string& date,
                    std::vector<std::unique_ptr<Page>>& pages, std::vector<OutlineEntry>& outline);

} // namespace sightline::exporting
