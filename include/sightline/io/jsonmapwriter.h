#pragma once

#include "sightline/core/mapdata.h"

#include <string>

namespace sightline::io {

// Writes a map in the JSON interchange format v1: deterministic (the same map gives the same
// bytes), pretty-printed with 2 spaces, keys in the order of the spec's tables, only fields
// that differ from their defaults, positions in node order. Numbers use the shortest text
// that reads back as the same double (integral values without ".0"). Ends with a newline.
std::string writeMapJson(const core::MapData& map);

} // namespace sightline::io
