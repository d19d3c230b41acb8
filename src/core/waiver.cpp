#include "sightline/core/waiver.h"

#include <array>

namespace sightline::core {

namespace {
constexpr std::array<std::string_view, 20> kRules{
    "orphan-measure", "unmeasured-objective", "no-line-of-sight", "team-without-line-of-sight", "mini-me",
    "mini-me-scorecard", "additive-only", "rollup-cycle", "feedback-loop", "may-hurt-goal", "no-owner",
    "no-target", "stale-measure", "too-many-measures", "too-many-objectives",
    // measures.md, "New findings"
    "measure-concern", "target-out-of-reach", "activity-without-progress", "forecast-miss",
    "unapproved-value"};
} // namespace

bool isTeamRule(std::string_view rule) {
    return rule == "team-without-line-of-sight" || rule == "mini-me-scorecard" ||
           rule == "too-many-objectives";
}

bool isKnownRule(std::string_view rule) {
    for (std::string_view r : kRules)
        if (r == rule)
            return true;
    return false;
}

} // namespace sightline::core
