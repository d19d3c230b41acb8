#pragma once

#include "sightline/analysis/finding.h"

#include <bitset>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace sightline::analysis {

// The rules of analysis-rules.md, in the spec's order.
enum class Rule : std::uint8_t {
    OrphanMeasure,
    UnmeasuredObjective,
    NoLineOfSight,
    TeamWithoutLineOfSight,
    MiniMe,
    MiniMeScorecard,
    AdditiveOnly,
    RollupCycle,
    FeedbackLoop,
    MayHurtGoal,
    NoOwner,
    NoTarget,
    StaleMeasure,
    TooManyMeasures,
    TooManyObjectives,
    // Measures over time (measures.md, "New findings").
    MeasureConcern,
    TargetOutOfReach,
    ActivityWithoutProgress,
    ForecastMiss,
    UnapprovedValue,
};
inline constexpr std::size_t kRuleCount = 20;

// What a rule reads from the map; LiveAnalysis re-runs a rule only when one of these changed.
enum Input : unsigned {
    Structure = 1u << 0,   // nodes' kinds, teams and goal flags; links; the team tree
    Titles = 1u << 1,      // node titles and team names
    NodeDetails = 1u << 2, // owner, target, cadence, values
    Thresholds = 1u << 3,  // the map's settings
    AsOfDate = 1u << 4,
    History = 1u << 5, // a measure's values, forecast, direction, target and xmr options; an
                       // initiative's status and start
};

struct RuleInfo {
    Rule rule;
    std::string_view id; // e.g. "orphan-measure"
    Severity severity;
    bool teamRule;            // its findings are about a team (waivers name the team)
    unsigned inputs;          // Input bits
    std::string_view summary; // one line for people, e.g. in --help
};

// All twenty rules, in the spec's order (analysis-rules.md, then measures.md).
std::span<const RuleInfo> allRules();
const RuleInfo& ruleInfo(Rule rule);
std::optional<Rule> ruleFromId(std::string_view id);

// A selection of rules (default: all).
class RuleSet {
public:
    RuleSet() { bits_.set(); }
    static RuleSet none() {
        RuleSet s;
        s.bits_.reset();
        return s;
    }
    void insert(Rule r) { bits_.set(static_cast<std::size_t>(r)); }
    void erase(Rule r) { bits_.reset(static_cast<std::size_t>(r)); }
    bool contains(Rule r) const { return bits_.test(static_cast<std::size_t>(r)); }
    bool empty() const { return bits_.none(); }

    friend bool operator==(const RuleSet&, const RuleSet&) = default;

private:
    std::bitset<kRuleCount> bits_;
};

} // namespace sightline::analysis
