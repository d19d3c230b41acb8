// Rules about copies of titles down the team tree: mini-me, mini-me-scorecard.
#include "rulecontext.h"

#include <algorithm>
#include <tuple>

namespace sightline::analysis::detail {

using core::NodeKind;

void miniMe(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const MapIndex& ix = ctx.index;
    const std::vector<int>& keys = ctx.titleKeys();

    // Objectives and measures with a team and a non-empty title key, grouped by (kind, key) and,
    // within a group, in team preorder: the nodes of a team's proper descendants are then one
    // contiguous run, found by binary search.
    struct Entry {
        NodeKind kind;
        int key;
        std::uint32_t enter;
        std::uint32_t node;
    };
    std::vector<Entry> entries;
    for (std::uint32_t v = 0; v < ix.nodeCount(); ++v) {
        const NodeKind kind = ctx.map.nodes[v].kind;
        if (kind == NodeKind::Initiative || keys[v] < 0 || ix.nodeTeam(v) == kNoIndex)
            continue;
        entries.push_back({kind, keys[v], ix.teamEnter(ix.nodeTeam(v)), v});
    }
    auto tie = [](const Entry& e) { return std::tuple(e.kind, e.key, e.enter, e.node); };
    std::sort(entries.begin(), entries.end(),
              [&](const Entry& a, const Entry& b) { return tie(a) < tie(b); });

    for (std::size_t begin = 0; begin < entries.size();) {
        std::size_t end = begin + 1;
        while (end < entries.size() && entries[end].kind == entries[begin].kind &&
               entries[end].key == entries[begin].key)
            ++end;
        if (end - begin >= 3) {
            for (std::size_t i = begin; i < end; ++i) {
                const std::uint32_t c = entries[i].node;
                const std::uint32_t a = ix.nodeTeam(c);
                auto byEnter = [](const Entry& e, std::uint32_t x) { return e.enter < x; };
                const auto first = std::lower_bound(entries.begin() + static_cast<std::ptrdiff_t>(begin),
                                                    entries.begin() + static_cast<std::ptrdiff_t>(end),
                                                    ix.teamEnter(a) + 1, byEnter);
                const auto last = std::lower_bound(first, entries.begin() + static_cast<std::ptrdiff_t>(end),
                                                   ix.teamExit(a), byEnter);
                if (first == last || first->enter == (last - 1)->enter)
                    continue; // fewer than two distinct descendant teams
                std::vector<std::uint32_t> copies, teams;
                for (auto it = first; it != last; ++it) {
                    copies.push_back(it->node);
                    if (teams.empty() || teams.back() != ix.nodeTeam(it->node))
                        teams.push_back(ix.nodeTeam(it->node));
                }
                // Name the teams in an order that does not depend on the map's arrays.
                std::sort(teams.begin(), teams.end(),
                          [&](std::uint32_t x, std::uint32_t y) { return ix.team(x).id < ix.team(y).id; });
                const std::string kind(w.kind(entries[i].kind));
                std::string msg =
                    "The " + kind + " " + ctx.label(c) + " is copied into " + std::to_string(teams.size()) +
                    " teams below " + ctx.teamName(a) + ": " + ctx.teamNames(teams) + ". Copying a " + kind +
                    " down the org chart looks aligned but skips the real question, how each team's own " +
                    std::string(w.results()) +
                    " drive this one, so teams end up measuring what they cannot " +
                    "influence. For each copy, ask what that team does that moves " + ctx.quotedTitle(c) +
                    " and write that as its own " + kind + ". Where a copy is deliberate (injury reduction " +
                    "where the risk really is), waive this finding and record why.";
                out.push_back(ctx.finding(Rule::MiniMe, c, std::move(copies), std::move(msg)));
            }
        }
        begin = end;
    }
}

void miniMeScorecard(RuleContext& ctx, std::vector<Finding>& out) {
    const auto& w = ctx.words;
    const MapIndex& ix = ctx.index;
    const std::vector<int>& keys = ctx.titleKeys();
    const double share = ctx.map.settings.miniMeScorecardShare;

    // Walk the team tree in preorder keeping, for each title key, how many objectives of the
    // current team's proper ancestors carry it.
    std::vector<std::uint32_t> active(static_cast<std::size_t>(ctx.titleKeyCount()), 0);
    std::vector<std::uint32_t> stack; // the ancestors of the team being visited
    auto objectives = [&](std::uint32_t t) {
        std::vector<std::uint32_t> objs;
        for (std::uint32_t v : ix.teamNodes(t))
            if (ctx.map.nodes[v].kind == NodeKind::Objective)
                objs.push_back(v);
        return objs;
    };
    auto adjust = [&](std::uint32_t t, int delta) {
        for (std::uint32_t v : ix.teamNodes(t))
            if (ctx.map.nodes[v].kind == NodeKind::Objective && keys[v] >= 0)
                active[static_cast<std::size_t>(keys[v])] += static_cast<std::uint32_t>(delta);
    };
    const auto preorder = ix.teamPreorder();
    for (std::uint32_t p = 0; p < preorder.size(); ++p) {
        const std::uint32_t t = preorder[p];
        while (!stack.empty() && ix.teamExit(stack.back()) <= p) {
            adjust(stack.back(), -1);
            stack.pop_back();
        }
        const std::vector<std::uint32_t> objs = objectives(t);
        if (ix.teamParent(t) != kNoIndex && objs.size() >= 2) {
            std::vector<std::uint32_t> matched;
            for (std::uint32_t v : objs)
                if (keys[v] >= 0 && active[static_cast<std::size_t>(keys[v])] > 0)
                    matched.push_back(v);
            if (static_cast<double>(matched.size()) > share * static_cast<double>(objs.size())) {
                std::sort(matched.begin(), matched.end(),
                          [&](std::uint32_t a, std::uint32_t b) { return ix.idRank(a) < ix.idRank(b); });
                std::string msg =
                    std::to_string(matched.size()) + " of the " + std::to_string(objs.size()) + " " +
                    std::string(w.results()) + " of " + ctx.teamName(t) + " are copies of " +
                    std::string(w.results()) + " of the teams above it: " + ctx.labels(matched, 4, false) +
                    ". That is a mini-me scorecard, a scaled-down copy of the corporate one instead of "
                    "this " +
                    "team's own contribution, and people soon stop caring about numbers they cannot move. " +
                    "With the team, ask which of its own " + std::string(w.results()) +
                    " drive those above it, and put them in place of the copies.";
                out.push_back(
                    ctx.finding(Rule::MiniMeScorecard, kNoIndex, std::move(matched), std::move(msg), t));
            }
        }
        stack.push_back(t);
        adjust(t, +1);
    }
}

} // namespace sightline::analysis::detail
