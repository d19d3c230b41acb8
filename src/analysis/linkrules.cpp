// Rules about how nodes are linked: orphan-measure, unmeasured-objective, too-many-measures,
// additive-only, rollup-cycle, feedback-loop.
#include "rulecontext.h"

#include <algorithm>

namespace sightline::analysis::detail {

using core::LinkKind;
using core::NodeKind;

void orphanMeasure(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        if (ctx.map.nodes[v].kind != NodeKind::Measure || ctx.index.outCount(LinkKind::Measures, v) > 0 ||
            ctx.index.outCount(LinkKind::Rollup, v) > 0)
            continue;
        std::string msg =
            "The " + std::string(w.measure()) + " " + ctx.label(v) + " is not linked to any " +
            std::string(w.result()) + ": it is evidence of nothing on the map and rolls up into " +
            "nothing. A " + std::string(w.measure()) + " that shows no " + std::string(w.result()) +
            " is reporting work that steers nothing. Ask which " + std::string(w.result()) +
            " it tells you about and link it to that " + std::string(w.result()) + ", or stop collecting it.";
        out.push_back(ctx.finding(Rule::OrphanMeasure, v, {}, std::move(msg)));
    }
}

void unmeasuredObjective(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        if (ctx.map.nodes[v].kind != NodeKind::Objective || ctx.index.inCount(LinkKind::Measures, v) > 0)
            continue;
        std::string msg = "Nobody measures the " + std::string(w.result()) + " " + ctx.label(v) + ": no " +
                          std::string(w.measure()) + " is linked to it. Without evidence nobody can tell " +
                          "whether it is happening, so it cannot be managed. Agree one or two " +
                          std::string(w.measures()) + " that would show it happening and link them to it.";
        out.push_back(ctx.finding(Rule::UnmeasuredObjective, v, {}, std::move(msg)));
    }
}

void tooManyMeasures(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const int limit = ctx.map.settings.maxMeasuresPerObjective;
    for (std::uint32_t v = 0; v < ctx.index.nodeCount(); ++v) {
        const std::uint32_t n = ctx.index.inCount(LinkKind::Measures, v);
        if (ctx.map.nodes[v].kind != NodeKind::Objective || limit < 0 ||
            n <= static_cast<std::uint32_t>(limit))
            continue;
        std::string msg = "The " + std::string(w.result()) + " " + ctx.label(v) + " has " +
                          count(n, w.measure(), w.measures()) + ", more than the map's limit of " +
                          std::to_string(limit) + ". The vital few beat the trivial many: every extra " +
                          std::string(w.measure()) + " splits attention and reporting effort. Keep the one " +
                          "or two that best show the " + std::string(w.result()) +
                          " happening and retire the rest.";
        out.push_back(ctx.finding(Rule::TooManyMeasures, v, {}, std::move(msg)));
    }
}

void additiveOnly(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const MapIndex& ix = ctx.index;
    auto driven = [&](std::uint32_t v) {
        return ix.inCount(LinkKind::Drives, v) > 0 || ix.inCount(LinkKind::Supports, v) > 0;
    };
    for (std::uint32_t x = 0; x < ix.nodeCount(); ++x) {
        if (ix.inCount(LinkKind::Rollup, x) < 2 || driven(x))
            continue;
        bool measuredDriven = false;
        std::vector<std::uint32_t> measured;
        for (const core::Graph::Edge& e : ix.sightGraph().out(x)) {
            if (ix.link(e.link).kind != LinkKind::Measures)
                continue;
            measured.push_back(e.node);
            measuredDriven = measuredDriven || driven(e.node);
        }
        if (measuredDriven)
            continue;
        std::sort(measured.begin(), measured.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return ix.idRank(a) < ix.idRank(b); });
        std::vector<std::uint32_t> parts;
        for (const core::Graph::Edge& e : ix.sightGraph().in(x))
            if (ix.link(e.link).kind == LinkKind::Rollup)
                parts.push_back(e.node);
        Finding f = ctx.finding(Rule::AdditiveOnly, x, parts, {});
        std::vector<std::uint32_t> sorted;
        for (std::size_t i = 1; i < f.nodes.size(); ++i)
            sorted.push_back(*ix.nodeIndex(f.nodes[i]));
        const NodeKind kind = ctx.map.nodes[x].kind;
        std::string msg =
            "The " + std::string(w.kind(kind)) + " " + ctx.label(x) + " is only the sum of its " +
            "parts: " + ctx.labels(sorted) + " roll up into it, but nothing on the map drives " +
            (measured.empty() ? std::string("it")
                              : "it or the " + std::string(w.result()) + " it measures (" +
                                    ctx.labels(measured, 3, false) + ")") +
            ". Adding up regions or departments is fine arithmetic, but it does not tell anyone " +
            "what to improve. Ask what makes this number move (customers, prices, processes) " +
            "and link those drivers to it.";
        f.message = std::move(msg);
        out.push_back(std::move(f));
    }
}

namespace {
void cycles(RuleContext& ctx, std::vector<Finding>& out, const core::Graph& graph, Rule rule) {
    const auto& w = ctx.words;
    for (auto& component : core::stronglyConnectedComponents(graph)) {
        if (component.size() < 2)
            continue;
        Finding f = ctx.finding(rule, kNoIndex, component, {});
        std::vector<std::uint32_t> sorted;
        for (const core::NodeId& id : f.nodes)
            sorted.push_back(*ctx.index.nodeIndex(id));
        const std::string list = ctx.labels(sorted, 5);
        if (rule == Rule::RollupCycle) {
            f.message =
                "These " + std::to_string(sorted.size()) +
                " nodes roll up into each other in a circle: " + list +
                ". A number in a rollup cycle is computed from itself, so none of them can " +
                "be calculated. Find the rollup link that points the wrong way (from the total to a " +
                "part) and remove or reverse it.";
        } else {
            f.message =
                "These " + std::to_string(sorted.size()) + " " + std::string(w.results()) + " and " +
                std::string(w.measures()) + " drive each other in a loop: " + list +
                ". A loop can be real (a reinforcing or balancing cycle), but it makes cause and " +
                "effect harder to read and to manage. Check that every drives link in the loop is a " +
                "real cause and effect; if the loop is real, say so by waiving this finding.";
        }
        out.push_back(std::move(f));
    }
}
} // namespace

void rollupCycle(RuleContext& ctx, std::vector<Finding>& out) {
    cycles(ctx, out, ctx.index.rollupGraph(), Rule::RollupCycle);
}

void feedbackLoop(RuleContext& ctx, std::vector<Finding>& out) {
    cycles(ctx, out, ctx.index.drivesGraph(), Rule::FeedbackLoop);
}

} // namespace sightline::analysis::detail
