#pragma once

#include "sightline/core/map.h"
#include "sightline/core/node.h"

#include <cstdint>

namespace sightline::render {

// Where a measure stands: its latest value against its target, in its direction (domain.md,
// "Measures"). Met: at or better than the target (Direction::Target: within 5% of it).
// Improving: not yet at target but better than the baseline. Behind: neither. NoData: no value,
// no target, or not a measure. The one rule behind the measure card's colour and the colour
// mode "by measure status". Met, Improving, Behind run from best to worst.
enum class MeasureStatus : std::uint8_t { Met, Improving, Behind, NoData };
MeasureStatus measureStatus(const core::Node& measure);

// For an objective: the worst status of the measures that measure it (NoData when it has none
// or none has data); for a measure its own; initiatives: NoData.
MeasureStatus nodeStatus(const core::Map& map, const core::Node& node);

} // namespace sightline::render
