#pragma once

#include "sightline/core/mapdata.h"

namespace testing {

// A synthetic organisation of about `nodes` nodes (deterministic): a root team with six top
// goals, divisions, departments and teams; per team three results that drive results of the
// team above (a few negatively), a measure on each with two years of monthly values, and an
// initiative. No positions (the scene places them).
sightline::core::MapData bigMap(int nodes);

} // namespace testing
