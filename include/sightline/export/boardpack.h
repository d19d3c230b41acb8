#pragma once

#include "sightline/export/exportoptions.h"
#include "sightline/export/pdfoutline.h"
#include "sightline/export/titleblock.h"

#include <memory>
#include <vector>

namespace sightline::exporting {

class ExportScene;
class Page;

// The board pack, one PDF, in this order: a cover (title, dates, counts, contents); the
// scorecard (scorecard.h); the whole map on one page, its top levels labelled at a readable
// size (wholemappage.h); the findings summarised per rule (all of them with
// options.allFindings); and a page per chosen team with its paths to the goals as a compact
// hierarchy at a readable scale and its nodes ranked by leverage. `title` is the title block
// every page starts from (map title, view, print date, data date). Appends the pages and a
// bookmark for every section (each team under "Teams").
void buildBoardPack(ExportScene& scene, const ExportOptions& options, const TitleInfo& title,
                    std::vector<std::unique_ptr<Page>>& pages, std::vector<OutlineEntry>& outline);

// The teams that get a page: options.packTeams, else every team of the first
// options.teamLevels levels, parents before their children.
std::vector<core::TeamId> packTeams(const core::Map& map, const ExportOptions& options);

} // namespace sightline::exporting
