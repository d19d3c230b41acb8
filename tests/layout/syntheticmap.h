#pragma once

#include "sightline/core/mapdata.h"

#include <cstdint>

namespace sightline::test {

// A deterministic synthetic organisation shaped like genmap.py's maps: a root team with top
// goals, divisions, departments and teams breadth first, each team with a few objectives
// that drive one or two objectives of the parent team, measures under them, some
// initiatives, a few objectives without a perspective, a few mini-me copies that drive a
// goal directly, a few rollups and a few orphaned measures.
core::MapData syntheticOrganisation(int nodes, std::uint32_t seed);

// A hand-sized map: one root team with two goals, two divisions with a team each.
core::MapData smallOrganisation();

} // namespace sightline::test
