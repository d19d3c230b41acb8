#pragma once

#include "sightline/analysis/analyzer.h"
#include "sightline/core/map.h"
#include "sightline/export/table.h"

#include <memory>

namespace sightline::exporting {

class NodeNames;

// How many findings of a rule the board pack lists before "and N more".
inline constexpr std::size_t kFindingsPerRule = 3;

// The board pack's findings table: per rule (most serious first) a heading with its count and
// the three most important open findings (those about the highest teams first, then those that
// name a top goal, then in the report's order) and "and N more"; then the waived findings the
// same way, with their reasons. With `all`, every finding.
std::shared_ptr<Table> findingsTable(const core::Map& map, const analysis::Report& report,
                                     const NodeNames& names, bool all, double width);

} // namespace sightline::exporting
