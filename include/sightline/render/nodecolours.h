#pragma once

#include "sightline/core/map.h"
#include "sightline/render/highlight.h"
#include "sightline/render/measurestatus.h"
#include "sightline/render/style.h"

#include <QColor>
#include <QString>
#include <cstddef>

namespace sightline::render {

// The colour and the legend text of a measure status (measurestatus.h).
QColor statusColour(MeasureStatus status, const Style& style);
QString statusLabel(MeasureStatus status);

// A perspective's colour (by its place in the map's list of perspectives) and a team level's
// colour (0: the top of the organisation).
QColor perspectiveColour(std::size_t index);
QColor levelColour(int level);

// The colour of a node's bubble in a colour mode (ColourMode::Team: Style::teamColour).
QColor nodeColour(const core::Map& map, const core::Node& node, ColourMode mode, const Style& style);

} // namespace sightline::render
