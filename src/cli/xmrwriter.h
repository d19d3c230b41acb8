#pragma once

#include "sightline/analysis/xmr.h"
#include "sightline/core/mapdata.h"

#include <ostream>
#include <string>
#include <vector>

namespace sightline::cli {

// One measure's chart, as `sightline-cli xmr` prints it.
struct MeasureChart {
    const core::Node* measure = nullptr;
    analysis::XmrChart chart;
};

// measures.md, "sightline-cli xmr": JSON (every key always present, computed numbers rounded to
// 6 decimals, null in a segment without limits), CSV (one row per point) and text for people.
void writeXmrJson(std::ostream& out, const core::MapData& map, const std::vector<MeasureChart>& charts);
void writeXmrCsv(std::ostream& out, const std::vector<MeasureChart>& charts);
void writeXmrText(std::ostream& out, const core::MapData& map, const std::vector<MeasureChart>& charts);

// A number as JSON: the shortest text that reads back as the same double ("4.3", "2.0").
void appendNumber(std::string& out, double value);
// Rounded to 6 decimals (measures.md), then as appendNumber.
void appendRounded(std::string& out, double value);

} // namespace sightline::cli
