#include "sightline/render/highlightlooks.h"

#include "sightline/analysis/focus.h"
#include "sightline/analysis/lineofsight.h"
#include "sightline/analysis/mapindex.h"
#include "sightline/analysis/signedreach.h"

#include <algorithm>
#include <deque>

namespace sightline::render {

namespace {

// The links of `onFocus` on a path through a negative link, walking only links of the focus:
// those whose end reaches a negative link's start, the negative links, and those whose start is
// reached from a negative link's end.
std::vector<bool> harmfulLinks(const analysis::MapIndex& index, const core::MapData& map,
                               const std::vector<bool>& onFocus) {
    const core::Graph& g = index.sightGraph();
    const std::size_t n = index.nodeCount();
    std::vector<bool> before(n, false), after(n, false);
    std::deque<std::uint32_t> up, down;
    for (std::uint32_t v = 0; v < n; ++v)
        for (const core::Graph::Edge& e : g.out(v))
            if (e.link < onFocus.size() && onFocus[e.link] &&
                map.links[e.link].polarity == core::Polarity::Negative) {
                if (!before[v]) {
                    before[v] = true;
                    up.push_back(v);
                }
                if (!after[e.node]) {
                    after[e.node] = true;
                    down.push_back(e.node);
                }
            }
    while (!up.empty()) { // nodes from which a negative link is reached
        const std::uint32_t v = up.front();
        up.pop_front();
        for (const core::Graph::Edge& e : g.in(v))
            if (onFocus[e.link] && !before[e.node]) {
                before[e.node] = true;
                up.push_back(e.node);
            }
    }
    while (!down.empty()) { // nodes reached after a negative link
        const std::uint32_t v = down.front();
        down.pop_front();
        for (const core::Graph::Edge& e : g.out(v))
            if (onFocus[e.link] && !after[e.node]) {
                after[e.node] = true;
                down.push_back(e.node);
            }
    }
    std::vector<bool> harmful(onFocus.size(), false);
    for (std::uint32_t v = 0; v < n; ++v)
        for (const core::Graph::Edge& e : g.out(v))
            if (e.link < onFocus.size() && onFocus[e.link])
                harmful[e.link] =
                    map.links[e.link].polarity == core::Polarity::Negative || before[e.node] || after[v];
    return harmful;
}

float strengthAt(int distance) {
    return std::max(0.3f, 1.0f - 0.2f * static_cast<float>(std::max(0, distance - 1)));
}

Emphasis rippleEmphasis(std::uint8_t bits) {
    const bool up = (bits & analysis::kImproves) != 0, down = (bits & analysis::kWorsens) != 0;
    if (up && down)
        return Emphasis::Mixed;
    return down ? Emphasis::Worsens : Emphasis::Improves;
}

} // namespace

HighlightLooks HighlightLooks::compute(const core::MapData& map, const Highlight& h) {
    HighlightLooks looks;
    looks.active_ = h.active();
    if (!looks.active_)
        return looks;
    const analysis::MapIndex index(map);
    auto markNode = [&](std::uint32_t v, Look look) { looks.nodes_[map.nodes[v].id] = look; };

    if (h.focus == FocusMode::LineOfSight) {
        const analysis::LineOfSight sight(index);
        analysis::Focus focus;
        std::vector<std::uint32_t> own;
        if (h.team) {
            const auto t = index.teamIndex(*h.team);
            if (!t) {
                looks.unknown_ = true;
                looks.active_ = false;
                return looks;
            }
            focus = analysis::focusTeam(sight, *t);
            own.assign(index.teamNodes(*t).begin(), index.teamNodes(*t).end());
        } else if (h.node) {
            const auto v = index.nodeIndex(*h.node);
            if (!v) {
                looks.unknown_ = true;
                looks.active_ = false;
                return looks;
            }
            own.push_back(*v);
            if (h.goal) {
                focus.nodes.assign(index.nodeCount(), false);
                focus.links.assign(map.links.size(), false);
                focus.nodes[*v] = true;
                const auto goals = index.topGoals();
                const auto g = index.nodeIndex(*h.goal);
                const auto it = g ? std::find(goals.begin(), goals.end(), *g) : goals.end();
                if (it != goals.end()) {
                    const analysis::GoalPath p = sight.path(*v, static_cast<std::size_t>(it - goals.begin()));
                    for (std::uint32_t n : p.nodes)
                        focus.nodes[n] = true;
                    for (std::uint32_t l : p.links)
                        focus.links[l] = true;
                }
            } else {
                focus = analysis::focusNode(sight, *v);
            }
        } else {
            looks.unknown_ = true;
            looks.active_ = false;
            return looks;
        }
        for (std::uint32_t v = 0; v < index.nodeCount(); ++v)
            if (focus.nodes[v])
                markNode(v, {index.isTopGoal(v) ? Emphasis::Goal : Emphasis::Path, 1.0f, 0});
        for (std::uint32_t v : own)
            markNode(v, {Emphasis::Focus, 1.0f, 0});
        // A path through a negative link is harmful: every link of the focus that lies on such a
        // path (leading to a negative link, the negative link, or after it) in the colour of what
        // may get worse.
        const std::vector<bool> harmful = harmfulLinks(index, map, focus.links);
        for (std::size_t l = 0; l < focus.links.size(); ++l)
            if (focus.links[l])
                looks.links_[map.links[l].id] = {harmful[l] ? Emphasis::Worsens : Emphasis::Path, 1.0f, 0};
        return looks;
    }

    // Ripple: what the source reaches, with the signs of the walks, and how far it is.
    const auto source = h.node ? index.nodeIndex(*h.node) : std::nullopt;
    if (!source) {
        looks.unknown_ = true;
        looks.active_ = false;
        return looks;
    }
    const analysis::Ripple r = analysis::ripple(index, *source);
    std::vector<int> distance(index.nodeCount(), -1);
    std::deque<std::uint32_t> queue{*source};
    distance[*source] = 0;
    while (!queue.empty()) {
        const std::uint32_t v = queue.front();
        queue.pop_front();
        for (const core::Graph::Edge& e : index.sightGraph().out(v))
            if (r.links[e.link] != 0 && distance[e.node] < 0) {
                distance[e.node] = distance[v] + 1;
                queue.push_back(e.node);
            }
    }
    for (std::uint32_t v = 0; v < index.nodeCount(); ++v)
        if (r.nodes[v] != 0 && v != *source)
            markNode(v, {rippleEmphasis(r.nodes[v]), strengthAt(distance[v]), distance[v]});
    // The source itself may also be reached again through a loop; it is shown as the source.
    markNode(*source, {Emphasis::Source, 1.0f, 0});
    for (std::size_t l = 0; l < r.links.size(); ++l) {
        if (r.links[l] == 0)
            continue;
        const auto from = index.nodeIndex(map.links[l].from);
        const int d = from ? distance[*from] + 1 : 1;
        looks.links_[map.links[l].id] = {rippleEmphasis(r.links[l]), strengthAt(d), d};
    }
    return looks;
}

Look HighlightLooks::node(const core::NodeId& id) const {
    if (!active_)
        return {};
    const auto it = nodes_.find(id);
    return it == nodes_.end() ? Look{Emphasis::Faded, 1.0f, 0} : it->second;
}

Look HighlightLooks::link(const core::LinkId& id) const {
    if (!active_)
        return {};
    const auto it = links_.find(id);
    return it == links_.end() ? Look{Emphasis::Faded, 1.0f, 0} : it->second;
}

} // namespace sightline::render
