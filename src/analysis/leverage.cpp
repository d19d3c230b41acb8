#include "sightline/analysis/leverage.h"

#include <algorithm>
#include <cmath>

namespace sightline::analysis {

namespace {
constexpr double kDecay = 0.5; // each link further from the goal halves the influence
}

double roundLeverage(double x) {
    const double r = std::round(x * 1e6) / 1e6;
    return r == 0.0 ? 0.0 : r;
}

std::vector<double> leverage(const LineOfSight& sight) {
    const MapIndex& index = sight.index();
    const std::uint32_t n = index.nodeCount();
    const auto goals = index.topGoals();
    std::vector<double> total(n, 0.0);
    std::vector<double> influence(n, 0.0);
    std::vector<std::uint32_t> order; // nodes by distance to the goal
    for (std::size_t k = 0; k < goals.size(); ++k) {
        const std::vector<int>& d = sight.distances(k);
        // Counting sort of the reached nodes by distance: each node's influence only needs
        // the nodes one step closer, which come before it.
        int maxDist = 0;
        for (std::uint32_t v = 0; v < n; ++v)
            maxDist = std::max(maxDist, d[v]);
        std::vector<std::uint32_t> start(static_cast<std::size_t>(maxDist) + 2, 0);
        for (std::uint32_t v = 0; v < n; ++v)
            if (d[v] >= 0)
                ++start[static_cast<std::size_t>(d[v]) + 1];
        for (std::size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        order.assign(start.back(), 0);
        for (std::uint32_t v = 0; v < n; ++v)
            if (d[v] >= 0)
                order[start[static_cast<std::size_t>(d[v])]++] = v;

        for (std::uint32_t v : order) {
            if (d[v] == 0) {
                influence[v] = 1.0;
            } else {
                double sum = 0.0;
                for (const core::Graph::Edge& e : index.outByLinkId(v)) {
                    if (d[e.node] != d[v] - 1)
                        continue;
                    const core::Link& l = index.link(e.link);
                    double w = 1.0;
                    if (l.kind == core::LinkKind::Drives) {
                        w = l.weight;
                        if (l.polarity == core::Polarity::Negative)
                            w = -w;
                    }
                    sum += w * influence[e.node];
                }
                influence[v] = std::clamp(kDecay * sum, -1.0, 1.0);
            }
            total[v] += influence[v];
        }
    }
    for (double& x : total)
        x = roundLeverage(x);
    return total;
}

} // namespace sightline::analysis
