#include "sightline/analysis/focus.h"

namespace sightline::analysis {

namespace {
void addPaths(const LineOfSight& sight, std::uint32_t node, Focus& focus) {
    focus.nodes[node] = true;
    for (const GoalPath& p : sight.paths(node)) {
        for (std::uint32_t n : p.nodes)
            focus.nodes[n] = true;
        for (std::uint32_t l : p.links)
            focus.links[l] = true;
    }
}

Focus empty(const LineOfSight& sight) {
    Focus f;
    f.nodes.assign(sight.index().nodeCount(), false);
    f.links.assign(sight.index().map().links.size(), false);
    return f;
}
} // namespace

Focus focusNode(const LineOfSight& sight, std::uint32_t node) {
    Focus f = empty(sight);
    if (node < sight.index().nodeCount())
        addPaths(sight, node, f);
    return f;
}

Focus focusTeam(const LineOfSight& sight, std::uint32_t team) {
    Focus f = empty(sight);
    if (team < sight.index().teamCount())
        for (std::uint32_t v : sight.index().teamNodes(team))
            addPaths(sight, v, f);
    return f;
}

} // namespace sightline::analysis
