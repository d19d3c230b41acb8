#pragma once

#include "sightline/analysis/finding.h"
#include "sightline/analysis/lineofsight.h"
#include "sightline/analysis/mapindex.h"
#include "sightline/analysis/rules.h"
#include "sightline/analysis/signedreach.h"
#include "sightline/analysis/xmr.h"
#include "sightline/core/date.h"
#include "wording.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sightline::analysis::detail {

// What the rules share while analysing one snapshot; the expensive parts are built on first use.
class RuleContext {
public:
    RuleContext(const MapIndex& index, core::Date asOf);
    ~RuleContext();

    const MapIndex& index;
    const core::MapData& map;
    const core::Date asOf;
    const Wording words;

    const LineOfSight& sight();
    const SignedReach& reach();
    // Per node: its normalised title interned as a small integer, or -1 when it is empty.
    const std::vector<int>& titleKeys();
    int titleKeyCount();
    // The XmR chart of a measure (empty for other nodes), computed once per snapshot.
    const XmrChart& xmr(std::uint32_t node);

    // “Title” (Team name), or “Title” for a node without a team.
    std::string label(std::uint32_t node) const;
    // “Title”.
    std::string quotedTitle(std::uint32_t node) const;
    const std::string& teamName(std::uint32_t team) const { return index.team(team).name; }
    // Up to `limit` labels joined with commas and "and", then "and N more".
    std::string labels(const std::vector<std::uint32_t>& nodes, std::size_t limit = 4,
                       bool withTeams = true) const;
    std::string teamNames(const std::vector<std::uint32_t>& teams, std::size_t limit = 5) const;

    // A finding of the rule: `lead` first (kNoIndex: none), the other nodes sorted by id; teams as
    // analysis-rules.md says, plus `team` for team rules.
    Finding finding(Rule rule, std::uint32_t lead, std::vector<std::uint32_t> others, std::string message,
                    std::uint32_t team = kNoIndex) const;

private:
    std::unique_ptr<LineOfSight> sight_;
    std::unique_ptr<SignedReach> reach_;
    std::vector<int> keys_;
    int keyCount_ = -1;
    std::vector<XmrChart> charts_;
};

// "a, b and c".
std::string joinList(const std::vector<std::string>& items);

// Every rule appends its findings (unsorted, unwaived) to `out`.
using RuleFunction = void (*)(RuleContext& ctx, std::vector<Finding>& out);
RuleFunction ruleFunction(Rule rule);

void orphanMeasure(RuleContext&, std::vector<Finding>&);
void unmeasuredObjective(RuleContext&, std::vector<Finding>&);
void noLineOfSight(RuleContext&, std::vector<Finding>&);
void teamWithoutLineOfSight(RuleContext&, std::vector<Finding>&);
void miniMe(RuleContext&, std::vector<Finding>&);
void miniMeScorecard(RuleContext&, std::vector<Finding>&);
void additiveOnly(RuleContext&, std::vector<Finding>&);
void rollupCycle(RuleContext&, std::vector<Finding>&);
void feedbackLoop(RuleContext&, std::vector<Finding>&);
void mayHurtGoal(RuleContext&, std::vector<Finding>&);
void noOwner(RuleContext&, std::vector<Finding>&);
void noTarget(RuleContext&, std::vector<Finding>&);
void staleMeasure(RuleContext&, std::vector<Finding>&);
void tooManyMeasures(RuleContext&, std::vector<Finding>&);
void tooManyObjectives(RuleContext&, std::vector<Finding>&);
void measureConcern(RuleContext&, std::vector<Finding>&);
void targetOutOfReach(RuleContext&, std::vector<Finding>&);
void activityWithoutProgress(RuleContext&, std::vector<Finding>&);
void forecastMiss(RuleContext&, std::vector<Finding>&);
void unapprovedValue(RuleContext&, std::vector<Finding>&);

} // namespace sightline::analysis::detail
