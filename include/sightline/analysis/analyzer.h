#pragma once

#include "sightline/analysis/finding.h"
#include "sightline/analysis/rules.h"
#include "sightline/core/date.h"
#include "sightline/core/mapdata.h"

#include <atomic>
#include <vector>

namespace sightline::analysis {

struct Options {
    core::Date asOf;                           // for stale-measure; the CLI defaults it to today
    RuleSet rules;                             // which rules run (default: all)
    const std::atomic<bool>* cancel = nullptr; // set it from another thread to stop early
};

struct Report {
    std::vector<Finding> findings; // sorted: severity, rule id, first node id
    Counts counts;
    bool cancelled = false; // findings are incomplete
};

// The whole analysis of a map snapshot (analysis-rules.md): runs the selected rules, marks the
// findings that waivers cover, sorts them and counts them. A pure function of its arguments:
// safe on a worker thread with its own snapshot. Near-linear in the size of the map.
Report analyze(const core::MapData& map, const Options& options);

// Marks the findings that the map's waivers cover (the first covering waiver gives the reason).
void applyWaivers(const core::MapData& map, std::vector<Finding>& findings);

// Sorts the findings and counts them.
void finish(Report& report);

} // namespace sightline::analysis
