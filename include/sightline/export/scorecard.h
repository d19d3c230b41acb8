#pragma once

#include "sightline/core/map.h"
#include "sightline/render/measurestatus.h"

#include <QString>
#include <array>
#include <vector>

namespace sightline::exporting {

// One measure on the board pack's scorecard, as the board reads it.
struct ScorecardRow {
    core::NodeId measure;
    QString title;
    QString owner;    // the owner's name, else the team's; empty when neither
    QString latest;   // "4,812 EUR k", empty without values
    QString period;   // "Oct 2026", "Q3 2026", "2026", "week to 2026-10-31"; empty without values
    QString target;   // "4,800 EUR k", empty without a target
    QString dataDate; // the latest value's date, "2026-10-31"
    // "approved", "provisional" (the latest value is not approved), or empty when the map
    // records no approvals.
    QString approval;
    render::MeasureStatus status = render::MeasureStatus::NoData;
    std::vector<double> trend; // the last values, oldest first (at most kTrendPoints)
    std::optional<double> targetValue;
    core::Direction direction = core::Direction::Up;
};

struct ScorecardGroup {
    QString heading; // "★ Operating margin grows" or a team's name
    bool goal = false;
    std::vector<ScorecardRow> rows;
};

// Every measure of the top goals and of the first `levels` team levels (root teams are the
// first level), grouped by goal (the measures that measure it) and then by team (that team's
// other measures), each group in the map's order; with the number of measures per status.
struct Scorecard {
    std::vector<ScorecardGroup> groups;
    std::array<int, 5> counts{}; // indexed by render::MeasureStatus (Met .. NoData)
    int size() const;
};

inline constexpr std::size_t kTrendPoints = 12;

Scorecard buildScorecard(const core::Map& map, int levels = 2);

// "Met", "Improving", "Behind", "No data".
QString scorecardStatus(render::MeasureStatus status);
// The period a value stands for, by the measure's cadence: "Oct 2026", "Q4 2026", "2026",
// "week to 2026-10-31", "2026-10-31".
QString periodLabel(const core::Date& date, std::optional<core::Cadence> cadence);

} // namespace sightline::exporting
