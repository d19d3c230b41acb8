#include "resultslayout.h"

#include <algorithm>
#include <cmath>

namespace sightline::layout {

namespace detail {

void ResultsLayout::assignRingsAndSectors() {
    const std::size_t nc = clusters_.clusters.size();
    clusterRing_.assign(nc, 0);
    clusterSector_.assign(nc, -1);
    std::vector<int> sectorOfDivision(map_.teams.size(), -1);
    int noTeamSector = -1;
    // Sectors in team order, the "No team" sector last.
    for (std::size_t t = 0; t < map_.teams.size(); ++t) {
        if (facts_.teamLevel[t] == 1) {
            sectorOfDivision[t] = static_cast<int>(sectors_.size());
            sectors_.push_back({static_cast<int>(t), 0, 0, {}});
        }
    }
    int maxRing = 0;
    for (std::uint32_t c = 0; c < nc; ++c) {
        const std::uint32_t lead = clusters_.clusters[c].members.front();
        const int team = facts_.nodeTeam[lead];
        if (facts_.topGoal[lead] || (team >= 0 && facts_.teamLevel[team] == 0))
            continue; // ring 0, the centre
        if (team >= 0 && sectorOfDivision[facts_.teamDivision[team]] >= 0) {
            clusterRing_[c] = facts_.teamLevel[team];
            clusterSector_[c] = sectorOfDivision[facts_.teamDivision[team]];
        } else {
            if (noTeamSector < 0) {
                noTeamSector = static_cast<int>(sectors_.size());
                sectors_.push_back({-1, 0, 0, {}});
            }
            clusterRing_[c] = 1;
            clusterSector_[c] = noTeamSector;
        }
        maxRing = std::max(maxRing, clusterRing_[c]);
    }
    rings_.assign(static_cast<std::size_t>(maxRing) + 1, {});
    for (auto& s : sectors_)
        s.byRing.assign(rings_.size(), {});
    for (std::uint32_t c = 0; c < nc; ++c) {
        Ring& r = rings_[clusterRing_[c]];
        r.clusters.push_back(c);
        r.maxHalfDiagonal = std::max(r.maxHalfDiagonal, halfDiagonal(c));
        if (clusterSector_[c] >= 0)
            sectors_[clusterSector_[c]].byRing[clusterRing_[c]].push_back(c);
    }
    // Drop sectors that hold nothing.
    std::erase_if(sectors_, [](const Sector& s) {
        return std::all_of(s.byRing.begin(), s.byRing.end(), [](const auto& v) { return v.empty(); });
    });
    for (std::size_t s = 0; s < sectors_.size(); ++s)
        for (const auto& ring : sectors_[s].byRing)
            for (std::uint32_t c : ring)
                clusterSector_[c] = static_cast<int>(s);

    neighbours_.assign(nc, {});
    for (const auto& [a, b] : clusters_.links(facts_)) {
        neighbours_[a].push_back(b);
        neighbours_[b].push_back(a);
    }
}

void ResultsLayout::computeRadii() {
    const double gap = options_.nodeGap;
    const std::size_t n0 = rings_[0].clusters.size();
    const double hd0 = rings_[0].maxHalfDiagonal;
    rings_[0].radius =
        n0 <= 1 ? 0.0 : (2 * hd0 + gap) / (2 * std::sin(std::numbers::pi / static_cast<double>(n0)));
    for (std::size_t k = 1; k < rings_.size(); ++k) {
        Ring& ring = rings_[k];
        double arc = 0.0;
        for (std::uint32_t c : ring.clusters)
            arc += 2 * halfDiagonal(c) + gap;
        const double base = rings_[k - 1].outerRadius() + rings_[k - 1].maxHalfDiagonal +
                            ring.maxHalfDiagonal + options_.layerGap;
        // As many tracks as it takes for the ring to stay near its natural radius.
        ring.trackStep = 2 * ring.maxHalfDiagonal + gap;
        ring.tracks = 1;
        while (ring.tracks < 32 &&
               arc / ring.tracks > kTwoPi * (base + ring.trackStep * (ring.tracks - 1) / 2))
            ++ring.tracks;
        ring.radius = std::max(base, arc / ring.tracks / kTwoPi);
    }
    // Grow the outer rings until every sector's widest ring fits in its share of the circle.
    for (int it = 0; it < 100 && rings_.size() > 1; ++it) {
        control_.check();
        double total = 0.0;
        for (const Sector& s : sectors_) {
            double widest = 0.0;
            for (std::size_t k = 1; k < rings_.size(); ++k)
                widest = std::max(widest, sectorNeed(s, k));
            total += widest;
        }
        if (total <= kTwoPi)
            break;
        const double grow = std::max(1.02, total / kTwoPi);
        for (std::size_t k = 1; k < rings_.size(); ++k) {
            rings_[k].radius *= grow;
            // Keep the rings apart: the tracks of the ring inside may have grown past it.
            rings_[k].radius =
                std::max(rings_[k].radius, rings_[k - 1].outerRadius() + rings_[k - 1].maxHalfDiagonal +
                                               rings_[k].maxHalfDiagonal + options_.layerGap);
        }
    }
    // Sector angles in proportion to what their widest ring needs.
    std::vector<double> share(sectors_.size(), 0.0);
    double total = 0.0;
    for (std::size_t s = 0; s < sectors_.size(); ++s) {
        for (std::size_t k = 1; k < rings_.size(); ++k)
            share[s] = std::max(share[s], sectorNeed(sectors_[s], k));
        total += share[s];
    }
    double at = 0.0;
    for (std::size_t s = 0; s < sectors_.size(); ++s) {
        sectors_[s].start = at;
        at += total > 0 ? kTwoPi * share[s] / total : kTwoPi / static_cast<double>(sectors_.size());
        sectors_[s].end = at;
    }
}

double ResultsLayout::sectorNeed(const Sector& s, std::size_t k) const {
    const Ring& ring = rings_[k];
    const auto& members = s.byRing[k];
    if (members.empty())
        return 0.0;
    // Clusters go round-robin onto the tracks: each track holds at most ceil(n / tracks),
    // measured on the innermost (tightest) track.
    double total = 0.0, widest = 0.0;
    for (std::uint32_t c : members) {
        const double a = need(halfDiagonal(c), ring.radius);
        total += a;
        widest = std::max(widest, a);
    }
    return ring.tracks == 1 ? total : total / ring.tracks + widest;
}

LayoutResult ResultsLayout::run() {
    control_.stage(0.0, 0.2);
    LayoutResult result;
    if (map_.nodes.empty())
        return result;
    assignRingsAndSectors();
    computeRadii();
    bool ok = false;
    for (int attempt = 0; attempt < 12 && !ok; ++attempt) {
        control_.stage(0.2 + 0.06 * attempt, 0.26 + 0.06 * attempt);
        ok = place();
        if (!ok) {
            for (std::size_t k = 0; k < rings_.size(); ++k)
                rings_[k].radius *= 1.2;
        }
    }
    result.positions.reserve(map_.nodes.size());
    for (std::uint32_t c = 0; c < clusters_.clusters.size(); ++c) {
        const double r = radius_[c];
        clusters_.place(map_, c, r * std::sin(angle_[c]), -r * std::cos(angle_[c]), result.positions);
    }
    result.background = background();
    control_.finish();
    return result;
}

} // namespace detail

using namespace detail;

LayoutResult layoutResults(const core::MapData& map, const LayoutOptions& options) {
    // The control starts before the clusters are built: the caller hears from us at once.
    return runLayout(options, [&](Control& control) { return ResultsLayout(map, options, control).run(); });
}

} // namespace sightline::layout
