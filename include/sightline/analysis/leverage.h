#pragma once

#include "sightline/analysis/lineofsight.h"

#include <vector>

namespace sightline::analysis {

// Per node: how much improving it moves the top goals, from the structure of the map
// (docs/analysis.md, "Leverage"). For each goal g, over the shortest-path links towards g:
//
//     I_g(g) = 1
//     I_g(v) = clamp(1/2 * sum over links v->w one step closer to g of sign * weight * I_g(w), -1, 1)
//
// and leverage(v) = sum over goals of I_g(v). Link order is by link id, goal order by goal id,
// so the result does not depend on the order of the map's arrays. Rounded to 6 decimals.
// O(goals x (nodes + links)).
std::vector<double> leverage(const LineOfSight& sight);

// x rounded to 6 decimals (analysis-rules.md), with -0 turned into 0.
double roundLeverage(double x);

} // namespace sightline::analysis
