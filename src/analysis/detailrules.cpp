// Rules about the details of single nodes and teams: no-owner, no-target, stale-measure,
// too-many-objectives.
#include "rulecontext.h"

namespace sightline::analysis::detail {

using core::NodeKind;

void noOwner(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const core::Node& node = ctx.map.nodes[v];
        if (node.kind == NodeKind::Initiative || node.owner)
            continue;
        std::string msg = "The " + std::string(w.kind(node.kind)) + " " + ctx.label(v) +
                          " has no owner. When nobody is accountable for it, nobody acts when it goes the " +
                          "wrong way. Name the one person who owns it.";
        out.push_back(ctx.finding(Rule::NoOwner, v, {}, std::move(msg)));
    }
}

void noTarget(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const core::Node& node = ctx.map.nodes[v];
        if (node.kind != NodeKind::Measure || node.target)
            continue;
        std::string msg = "The " + std::string(w.measure()) + " " + ctx.label(v) +
                          " has no target. Without one nobody can tell whether its current value is good " +
                          "enough or how far there is to go. Agree a target, and by when, with its owner.";
        out.push_back(ctx.finding(Rule::NoTarget, v, {}, std::move(msg)));
    }
}

void staleMeasure(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const long long asOf = ctx.asOf.toDays();
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const core::Node& node = ctx.map.nodes[v];
        if (node.kind != NodeKind::Measure || !node.cadence)
            continue;
        const int period = core::cadenceDays(*node.cadence);
        const core::MeasureValue* latest = node.latestValue();
        const std::string cadence(core::toString(*node.cadence));
        std::string msg;
        if (!latest) {
            msg = "The " + cadence + " " + std::string(w.measure()) + " " + ctx.label(v) +
                  " has no values at all. ";
        } else if (latest->date.toDays() < asOf - 2LL * period) {
            msg = "The " + cadence + " " + std::string(w.measure()) + " " + ctx.label(v) +
                  " was last updated on " + latest->date.toString() + ", " +
                  std::to_string(asOf - latest->date.toDays()) + " days before " + ctx.asOf.toString() +
                  ": more than two of its periods have passed without a value. ";
        } else {
            continue;
        }
        msg += "A " + std::string(w.measure()) +
               " that nobody updates is not being used to manage anything. " +
               "Bring its values up to date and fix whatever stops them arriving, or change its cadence to " +
               "how often it is really looked at.";
        out.push_back(ctx.finding(Rule::StaleMeasure, v, {}, std::move(msg)));
    }
}

void tooManyObjectives(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const int limit = ctx.map.settings.maxObjectivesPerTeam;
    for (std::uint32_t t = 0; t < ctx.index.teamCount(); ++t) {
        std::vector<std::uint32_t> objs;
        for (std::uint32_t v : ctx.index.teamNodes(t))
            if (ctx.map.nodes[v].kind == NodeKind::Objective)
                objs.push_back(v);
        if (limit < 0 || objs.size() <= static_cast<std::size_t>(limit))
            continue;
        std::string msg =
            ctx.teamName(t) + " has " + count(objs.size(), w.result(), w.results()) +
            ", more than the map's limit of " + std::to_string(limit) +
            ". A team that tries to manage everything manages nothing: the vital few beat the " +
            "trivial many. Agree which " + std::string(w.results()) +
            " matter most, and merge, drop or hand down the rest.";
        out.push_back(ctx.finding(Rule::TooManyObjectives, kNoIndex, std::move(objs), std::move(msg), t));
    }
}

} // namespace sightline::analysis::detail
