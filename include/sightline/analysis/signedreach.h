#pragma once

#include "sightline/analysis/mapindex.h"

#include <cstdint>
#include <span>
#include <vector>

namespace sightline::analysis {

// Signed reachability over (node, sign) states (analysis-rules.md, "Signed reachability").
// The sign of a walk is the product of the polarities of its drives links; other links are +.
class SignedReach {
public:
    // One backward search per top goal: O(goals x (nodes + links)).
    explicit SignedReach(const MapIndex& index);

    // Ordinals (into MapIndex::topGoals(), so ordered by goal id) of the goals the node may
    // hurt: some walk from it to the goal has sign -. May include the node itself when it is a
    // goal on a negative loop.
    std::span<const std::uint32_t> hurtGoals(std::uint32_t node) const;

private:
    std::vector<std::uint32_t> start_, goals_;
};

// Bits of Ripple::nodes and Ripple::links.
inline constexpr std::uint8_t kImproves = 1; // reached by a walk of sign +
inline constexpr std::uint8_t kWorsens = 2;  // reached by a walk of sign -

// Everything downstream of a node: what improving it improves and what it may worsen, for the
// editor's ripple focus. O(nodes + links).
struct Ripple {
    std::vector<std::uint8_t> nodes; // per node index: 0, kImproves, kWorsens or both
    std::vector<std::uint8_t> links; // per link index: the signs with which the effect crosses it
};
Ripple ripple(const MapIndex& index, std::uint32_t source);

} // namespace sightline::analysis
