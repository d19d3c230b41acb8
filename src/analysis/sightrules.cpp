// Rules about line of sight: no-line-of-sight, team-without-line-of-sight, may-hurt-goal.
#include "rulecontext.h"

namespace sightline::analysis::detail {

using core::NodeKind;

void noLineOfSight(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const LineOfSight& sight = ctx.sight();
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        if (sight.has(v))
            continue;
        const NodeKind kind = ctx.map.nodes[v].kind;
        std::string msg = "The " + std::string(w.kind(kind)) + " " + ctx.label(v) +
                          " has no line of sight: no chain of links leads from it to a top goal. ";
        if (kind == NodeKind::Initiative)
            msg += "Nobody can show how this work helps the organisation. Ask which " +
                   std::string(w.result()) + " it is meant to move and link it to that " +
                   std::string(w.result()) + ", or question whether the work is needed.";
        else if (kind == NodeKind::Measure)
            msg += "Whatever it shows, nobody can say why it matters to the goals. Link it to the " +
                   std::string(w.result()) + " it is evidence of, and make sure that " +
                   std::string(w.result()) + " drives something above it.";
        else
            msg += "It may be an activity written as a " + std::string(w.result()) +
                   ", or the link to what it " +
                   "drives is missing. Ask \u201cwhat does this make better?\u201d and link it to that " +
                   std::string(w.result()) + ", or drop it.";
        out.push_back(ctx.finding(Rule::NoLineOfSight, v, {}, std::move(msg)));
    }
}

void teamWithoutLineOfSight(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const LineOfSight& sight = ctx.sight();
    for (std::uint32_t t = 0; t < ctx.index.teamCount(); ++t) {
        const auto nodes = ctx.index.teamNodes(t);
        if (nodes.empty())
            continue;
        bool any = false;
        for (std::uint32_t v : nodes)
            any = any || sight.has(v);
        if (any)
            continue;
        std::vector<std::uint32_t> list(nodes.begin(), nodes.end());
        std::string msg =
            "None of the " + std::to_string(list.size()) + " " + std::string(w.results()) + ", " +
            std::string(w.measures()) + " and initiatives of " + ctx.teamName(t) +
            " leads to a top goal, so the team has no line of sight. Its people cannot see how " +
            "their work matters to the organisation, and nobody else can either. With the team, " +
            "take its most important " + std::string(w.result()) + ", ask which " + std::string(w.result()) +
            " above it that drives, and draw that link.";
        out.push_back(
            ctx.finding(Rule::TeamWithoutLineOfSight, kNoIndex, std::move(list), std::move(msg), t));
    }
}

void mayHurtGoal(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const SignedReach& reach = ctx.reach();
    const auto goals = ctx.index.topGoals();
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const auto hurt = reach.hurtGoals(v);
        if (hurt.empty())
            continue;
        std::vector<std::uint32_t> hurtNodes;
        bool self = false;
        for (std::uint32_t k : hurt) {
            if (goals[k] == v)
                self = true;
            else
                hurtNodes.push_back(goals[k]);
        }
        const NodeKind kind = ctx.map.nodes[v].kind;
        std::string msg =
            "Improving the " + std::string(w.kind(kind)) + " " + ctx.label(v) + " may work against ";
        if (!hurtNodes.empty())
            msg += (hurtNodes.size() == 1 ? "the top goal " : "the top goals ") +
                   ctx.labels(hurtNodes, 4, false);
        if (self)
            msg += std::string(hurtNodes.empty() ? "" : ", and against ") + "itself, through a loop";
        msg +=
            ": a chain of links with a negative effect leads there. A local win can cost the organisation " +
            std::string("elsewhere, as when cutting maintenance cost lowers machine availability and so ") +
            "output. Talk the trade-off through with the owners of those goals, and agree a limit or a " +
            "counter-" + std::string(w.measure()) + " before pushing it further.";
        out.push_back(ctx.finding(Rule::MayHurtGoal, v, hurtNodes, std::move(msg)));
    }
}

} // namespace sightline::analysis::detail
