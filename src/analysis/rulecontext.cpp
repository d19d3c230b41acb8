#include "rulecontext.h"

#include "sightline/analysis/titlematch.h"

#include <algorithm>
#include <unordered_map>

namespace sightline::analysis::detail {

RuleContext::RuleContext(const MapIndex& idx, core::Date date)
    : index(idx), map(idx.map()), asOf(date), words(idx.map().properties.vocabulary) {}

RuleContext::~RuleContext() = default;

const LineOfSight& RuleContext::sight() {
    if (!sight_)
        sight_ = std::make_unique<LineOfSight>(index);
    return *sight_;
}

const SignedReach& RuleContext::reach() {
    if (!reach_)
        reach_ = std::make_unique<SignedReach>(index);
    return *reach_;
}

const std::vector<int>& RuleContext::titleKeys() {
    if (keyCount_ >= 0)
        return keys_;
    static const std::string kNoTeam;
    std::unordered_map<std::string, int> interned;
    interned.reserve(map.nodes.size());
    keys_.assign(map.nodes.size(), -1);
    for (std::uint32_t i = 0; i < index.nodeCount(); ++i) {
        const std::uint32_t t = index.nodeTeam(i);
        std::string key = normaliseTitle(map.nodes[i].title, t == kNoIndex ? kNoTeam : teamName(t));
        if (key.empty())
            continue;
        const auto [it, added] = interned.try_emplace(std::move(key), static_cast<int>(interned.size()));
        keys_[i] = it->second;
    }
    keyCount_ = static_cast<int>(interned.size());
    return keys_;
}

int RuleContext::titleKeyCount() {
    titleKeys();
    return keyCount_;
}

const XmrChart& RuleContext::xmr(std::uint32_t node) {
    if (charts_.empty()) {
        charts_.resize(map.nodes.size());
        for (std::uint32_t i = 0; i < index.nodeCount(); ++i)
            if (map.nodes[i].kind == core::NodeKind::Measure && !map.nodes[i].values.empty())
                charts_[i] = computeXmr(map.nodes[i], map.settings);
    }
    return charts_[node];
}

std::string RuleContext::quotedTitle(std::uint32_t node) const {
    return "\u201c" + map.nodes[node].title + "\u201d";
}

std::string RuleContext::label(std::uint32_t node) const {
    const std::uint32_t t = index.nodeTeam(node);
    if (t == kNoIndex)
        return quotedTitle(node);
    return quotedTitle(node) + " (" + teamName(t) + ")";
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

namespace {
std::string shortList(std::vector<std::string> items, std::size_t total, std::size_t limit) {
    if (total > limit && items.size() > limit - 1) {
        items.resize(limit - 1);
        items.push_back(std::to_string(total - (limit - 1)) + " more");
    }
    return joinList(items);
}
} // namespace

std::string RuleContext::labels(const std::vector<std::uint32_t>& nodes, std::size_t limit,
                                bool withTeams) const {
    std::vector<std::string> items;
    for (std::size_t i = 0; i < nodes.size() && i < limit; ++i)
        items.push_back(withTeams ? label(nodes[i]) : quotedTitle(nodes[i]));
    return shortList(std::move(items), nodes.size(), limit);
}

std::string RuleContext::teamNames(const std::vector<std::uint32_t>& teams, std::size_t limit) const {
    std::vector<std::string> items;
    for (std::size_t i = 0; i < teams.size() && i < limit; ++i)
        items.push_back(teamName(teams[i]));
    return shortList(std::move(items), teams.size(), limit);
}

Finding RuleContext::finding(Rule rule, std::uint32_t lead, std::vector<std::uint32_t> others,
                             std::string message, std::uint32_t team) const {
    const RuleInfo& info = ruleInfo(rule);
    Finding f;
    f.rule = std::string(info.id);
    f.severity = info.severity;
    std::sort(others.begin(), others.end(),
              [&](std::uint32_t a, std::uint32_t b) { return index.idRank(a) < index.idRank(b); });
    others.erase(std::unique(others.begin(), others.end()), others.end());
    std::vector<std::uint32_t> teams;
    auto add = [&](std::uint32_t n) {
        f.nodes.push_back(map.nodes[n].id);
        if (index.nodeTeam(n) != kNoIndex)
            teams.push_back(index.nodeTeam(n));
    };
    if (lead != kNoIndex)
        add(lead);
    for (std::uint32_t n : others)
        if (n != lead)
            add(n);
    if (team != kNoIndex) {
        teams.push_back(team);
        f.team = map.teams[team].id;
    }
    for (std::uint32_t t : teams)
        f.teams.push_back(map.teams[t].id);
    std::sort(f.teams.begin(), f.teams.end());
    f.teams.erase(std::unique(f.teams.begin(), f.teams.end()), f.teams.end());
    f.message = std::move(message);
    return f;
}

RuleFunction ruleFunction(Rule rule) {
    switch (rule) {
    case Rule::OrphanMeasure:
        return orphanMeasure;
    case Rule::UnmeasuredObjective:
        return unmeasuredObjective;
    case Rule::NoLineOfSight:
        return noLineOfSight;
    case Rule::TeamWithoutLineOfSight:
        return teamWithoutLineOfSight;
    case Rule::MiniMe:
        return miniMe;
    case Rule::MiniMeScorecard:
        return miniMeScorecard;
    case Rule::AdditiveOnly:
        return additiveOnly;
    case Rule::RollupCycle:
        return rollupCycle;
    case Rule::FeedbackLoop:
        return feedbackLoop;
    case Rule::MayHurtGoal:
        return mayHurtGoal;
    case Rule::NoOwner:
        return noOwner;
    case Rule::NoTarget:
        return noTarget;
    case Rule::StaleMeasure:
        return staleMeasure;
    case Rule::TooManyMeasures:
        return tooManyMeasures;
    case Rule::TooManyObjectives:
        return tooManyObjectives;
    case Rule::MeasureConcern:
        return measureConcern;
    case Rule::TargetOutOfReach:
        return targetOutOfReach;
    case Rule::ActivityWithoutProgress:
        return activityWithoutProgress;
    case Rule::ForecastMiss:
        return forecastMiss;
    case Rule::UnapprovedValue:
        break;
    }
    return unapprovedValue;
}

} // namespace sightline::analysis::detail
