#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/render/highlight.h"

#include <cstddef>
#include <cstdint>
#include <unordered_map>

namespace sightline::render {

// How one node or link is drawn under the scene's focus.
enum class Emphasis : std::uint8_t {
    Normal,   // no focus: drawn as usual
    Faded,    // not part of the focus: drawn faint, for context
    Focus,    // line of sight: one of the focused team's nodes, or the focused node
    Path,     // line of sight: on a path from the focus to a top goal
    Goal,     // line of sight: a top goal the focus reaches
    Source,   // ripple: the node whose effects are shown
    Improves, // ripple: improving the source improves it (every walk there is positive)
    Worsens,  // ripple: improving the source may worsen it (every walk there is negative)
    Mixed,    // ripple: reached by both positive and negative walks
};

struct Look {
    Emphasis emphasis = Emphasis::Normal;
    float strength = 1.0f; // ripple: 1 next to the source, fainter with distance (min 0.3)
    int distance = 0;      // ripple: links from the source (0 for the source)

    bool standsOut() const { return emphasis != Emphasis::Normal && emphasis != Emphasis::Faded; }
    friend bool operator==(const Look&, const Look&) = default;
};

// The Look of every node and link for one Highlight over one map: pure data, computed from the
// analysis engine (line of sight: analysis::focusTeam / focusNode; ripple: analysis::ripple).
// O(nodes + links) per computation (plus the breadth-first searches towards the goals).
class HighlightLooks {
public:
    HighlightLooks() = default;
    static HighlightLooks compute(const core::MapData& map, const Highlight& highlight);

    // Faded for everything outside an active focus, Normal without one.
    Look node(const core::NodeId& id) const;
    Look link(const core::LinkId& id) const;

    bool active() const { return active_; }
    // Whether the focus names something the map does not have (then nothing fades: inactive).
    bool unknownTarget() const { return unknown_; }
    const std::unordered_map<core::NodeId, Look>& nodes() const { return nodes_; }
    const std::unordered_map<core::LinkId, Look>& links() const { return links_; }

private:
    bool active_ = false;
    bool unknown_ = false;
    std::unordered_map<core::NodeId, Look> nodes_; // only what stands out
    std::unordered_map<core::LinkId, Look> links_;
};

} // namespace sightline::render
