#pragma once

#include "sightline/analysis/xmr.h"
#include "sightline/core/map.h"
#include "sightline/core/node.h"
#include "sightline/core/settings.h"

#include <cstdint>

namespace sightline::render {

// Where a measure stands: the one rule behind the measure card's colour, the colour mode
// "measure status" and its legend. Met, Improving, Routine, Behind run from best to worst.
//
// When the last segment of the measure's XmR chart has limits, from its summary (measures.md):
// a signal of concern is Behind and a signal of improvement Improving; without a signal the
// capability decides: consistently meets -> Met, consistently misses -> Behind, hit and miss (or
// no target) -> Routine.
// With too few values for limits it falls back to the latest value against the target (domain.md,
// "Measures"), and says so (StatusBasis::LatestValue): Met at or better than the target
// (Direction::Target: within 5% of it), Improving short of it but better than the baseline,
// Behind otherwise.
// NoData: no value, or (without limits) no target; not a measure.
enum class MeasureStatus : std::uint8_t { Met, Improving, Routine, Behind, NoData };

// What the status was judged on.
enum class StatusBasis : std::uint8_t {
    Xmr,         // the XmR summary of the last segment
    LatestValue, // too few values for limits: the latest value against the target
    None,        // no data
};

struct MeasureStanding {
    MeasureStatus status = MeasureStatus::NoData;
    StatusBasis basis = StatusBasis::None;
    analysis::XmrSummary summary; // variation and capability (none / unknown without limits)
};

MeasureStanding measureStanding(const core::Node& measure, const core::Settings& settings);
// The same from the measure's chart when the caller has it already (analysis::computeXmr of it).
MeasureStanding measureStanding(const core::Node& measure, const analysis::XmrChart& chart);
MeasureStatus measureStatus(const core::Node& measure, const core::Settings& settings);

// The fallback alone: the latest value against the target.
MeasureStatus latestValueStatus(const core::Node& measure);

// For an objective: the worst status of the measures that measure it (NoData when it has none
// or none has data); for a measure its own; initiatives: NoData.
MeasureStatus nodeStatus(const core::Map& map, const core::Node& node);

} // namespace sightline::render
