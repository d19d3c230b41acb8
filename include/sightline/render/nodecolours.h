#pragma once

#include "sightline/core/map.h"
#include "sightline/render/highlight.h"
#include "sightline/render/style.h"

#include <QColor>
#include <QString>
#include <cstdint>

namespace sightline::render {

// Where a measure stands: its latest value against its target, in its direction (domain.md,
// "Measures"). Improving: not yet at target but better than the baseline.
enum class MeasureStatus : std::uint8_t { Met, Improving, Behind, NoData };
MeasureStatus measureStatus(const core::Node& measure);
// For an objective: the worst status of the measures that measure it (NoData when it has none
// or none has data); for a measure its own; initiatives: NoData.
MeasureStatus nodeStatus(const core::Map& map, const core::Node& node);
QColor statusColour(MeasureStatus status, const Style& style);
QString statusLabel(MeasureStatus status);

// A perspective's colour (by its place in the map's list of perspectives) and a team level's
// colour (0: the top of the organisation).
QColor perspectiveColour(std::size_t index);
QColor levelColour(int level);

// The colour of a node's bubble in a colour mode (ColourMode::Team: Style::teamColor).
QColor nodeColour(const core::Map& map, const core::Node& node, ColourMode mode, const Style& style);

} // namespace sightline::render
