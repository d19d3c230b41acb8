#include "sightline/analysis/rules.h"

#include <array>

namespace sightline::analysis {

namespace {
constexpr std::array<RuleInfo, kRuleCount> kRules{{
    {Rule::OrphanMeasure, "orphan-measure", Severity::Warning, false, Structure,
     "a measure that measures no result and rolls up into nothing"},
    {Rule::UnmeasuredObjective, "unmeasured-objective", Severity::Warning, false, Structure,
     "a result (objective) that no measure measures"},
    {Rule::NoLineOfSight, "no-line-of-sight", Severity::Warning, false, Structure,
     "a result, measure or initiative with no chain of links to a top goal"},
    {Rule::TeamWithoutLineOfSight, "team-without-line-of-sight", Severity::Warning, true, Structure,
     "a team none of whose nodes leads to a top goal"},
    {Rule::MiniMe, "mini-me", Severity::Warning, false, Structure | Titles,
     "a result or measure copied word for word into two or more teams below its own"},
    {Rule::MiniMeScorecard, "mini-me-scorecard", Severity::Warning, true, Structure | Titles | Thresholds,
     "a team whose results are mostly copies of results of the teams above it"},
    {Rule::AdditiveOnly, "additive-only", Severity::Warning, false, Structure,
     "a number that is only the sum of its parts, with nothing on the map driving it"},
    {Rule::RollupCycle, "rollup-cycle", Severity::Error, false, Structure,
     "nodes that roll up into each other in a circle"},
    {Rule::FeedbackLoop, "feedback-loop", Severity::Info, false, Structure,
     "results or measures that drive each other in a loop"},
    {Rule::MayHurtGoal, "may-hurt-goal", Severity::Warning, false, Structure,
     "a node whose improvement may work against a top goal"},
    {Rule::NoOwner, "no-owner", Severity::Info, false, NodeDetails, "a result or measure without an owner"},
    {Rule::NoTarget, "no-target", Severity::Info, false, NodeDetails, "a measure without a target"},
    {Rule::StaleMeasure, "stale-measure", Severity::Warning, false, NodeDetails | AsOfDate,
     "a measure whose newest value is older than twice its cadence"},
    {Rule::TooManyMeasures, "too-many-measures", Severity::Info, false, Structure | Thresholds,
     "a result with more measures than the map's limit"},
    {Rule::TooManyObjectives, "too-many-objectives", Severity::Info, true, Structure | Thresholds,
     "a team with more results (objectives) than the map's limit"},
    {Rule::MeasureConcern, "measure-concern", Severity::Warning, false, Structure | History | Thresholds,
     "a measure whose latest value is a signal of concern on its XmR chart"},
    {Rule::TargetOutOfReach, "target-out-of-reach", Severity::Warning, false,
     Structure | History | Thresholds,
     "a measure whose process limits miss its target, with no initiative working on it"},
    {Rule::ActivityWithoutProgress, "activity-without-progress", Severity::Warning, false,
     Structure | History | Thresholds,
     "an initiative under way whose measures show no improvement since it started"},
    {Rule::ForecastMiss, "forecast-miss", Severity::Info, false, History | Thresholds,
     "a measure whose latest value falls short of its forecast by more than routine variation"},
    {Rule::UnapprovedValue, "unapproved-value", Severity::Info, false, History | Thresholds,
     "a measure whose latest value is not approved, on a map that requires approval"},
}};
} // namespace

std::span<const RuleInfo> allRules() {
    return kRules;
}

const RuleInfo& ruleInfo(Rule rule) {
    return kRules[static_cast<std::size_t>(rule)];
}

std::optional<Rule> ruleFromId(std::string_view id) {
    for (const RuleInfo& r : kRules)
        if (r.id == id)
            return r.rule;
    return std::nullopt;
}

} // namespace sightline::analysis
