#pragma once

#include "sightline/analysis/analyzer.h"
#include "sightline/core/changeevent.h"
#include "sightline/core/mapdata.h"

#include <array>
#include <vector>

namespace sightline::analysis {

// Analysis that follows a document while it is edited, for the editor.
//
// Give it a snapshot (Map::snapshot()) once with reset(), then after each committed edit the
// new snapshot and that edit's ChangeSet with update(). update() re-runs only the rules that
// read what the edit changed: moving nodes re-runs nothing, editing waivers only re-applies
// them, a new owner or value only re-runs the measure-detail rules, a title only the title
// rules (and the rules whose findings name that node), a link or a kind everything structural.
//
// Not thread-safe: own one per worker and hand it snapshots (they are plain values).
class LiveAnalysis {
public:
    explicit LiveAnalysis(Options options = {});

    const Report& reset(core::MapData snapshot);
    const Report& update(core::MapData snapshot, const core::ChangeSet& changes);
    // A new as-of date (e.g. at midnight): re-runs the rules that depend on it.
    const Report& setAsOf(core::Date asOf);

    const Report& report() const { return report_; }
    const core::MapData& snapshot() const { return map_; }
    // How many rules the last reset/update/setAsOf ran (for tests and diagnostics).
    int rulesRun() const { return rulesRun_; }

private:
    void run(unsigned inputs, const std::vector<core::NodeId>& namedNodes,
             const std::vector<core::TeamId>& namedTeams);
    void rebuild();

    Options options_;
    core::MapData map_;
    std::array<std::vector<Finding>, kRuleCount> perRule_;
    Report report_;
    int rulesRun_ = 0;
};

} // namespace sightline::analysis
