#pragma once

#include "sightline/core/mapdata.h"

#include <string>

namespace sightline::io {

// Writes a map in the JSON interchange format v1: deterministic (the same map gives the same
// bytes), pretty-printed with 2 spaces, keys in the order of the spec's tables, only fields
// that differ from their defaults, positions in node order. Numbers use the shortest text
// that reads back as the same double (integral values without ".0"). Ends with a newline.
std::string writeMapJson(const core::MapData& map);

// One entity as writeMapJson writes it in its array (a position: the {x, y} object under its
// node's id), for stores that keep a map entity by entity (the team repository's rows), so that
// a changed entity is written without writing the whole map.
std::string writeEntityJson(const core::Team& team);
std::string writeEntityJson(const core::Person& person);
std::string writeEntityJson(const core::Node& node);
std::string writeEntityJson(const core::Link& link);
std::string writeEntityJson(const core::Point& position);

} // namespace sightline::io
