#include "control.h"
#include "layered.h"
#include "mapfacts.h"
#include "sightline/layout/geometry.h"
#include "sightline/layout/layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace sightline::layout {

using namespace detail;

namespace {

constexpr double kTwoPi = 2 * std::numbers::pi;

// The angle `a` moved by whole turns to lie within pi of `around`.
double near(double a, double around) {
    return around + std::remainder(a - around, kTwoPi);
}

double safeAsin(double v) {
    return std::asin(std::min(1.0, v));
}

struct Ring {
    std::vector<std::uint32_t> clusters;
    double maxHalfDiagonal = 0.0;
    double radius = 0.0; // of the innermost track
    int tracks = 1;      // a crowded ring holds its clusters on several concentric tracks
    double trackStep = 0.0;

    double trackRadius(int t) const { return radius + t * trackStep; }
    double outerRadius() const { return trackRadius(tracks - 1); }
};

struct Sector {
    int team = -1; // division team index, -1: no team
    double start = 0.0, end = 0.0;
    std::vector<std::vector<std::uint32_t>> byRing; // clusters per ring
};

class ResultsLayout {
public:
    ResultsLayout(const core::MapData& map, const LayoutOptions& options, Control& control)
        : map_(map), options_(options), control_(control), facts_(map), clusters_(buildClusters(facts_)) {}

    LayoutResult run();

private:
    void assignRingsAndSectors();
    void computeRadii();
    bool place(); // false when boxes overlap (then the radii grow and we place again)
    void placeCentre();
    void placeSector(Sector& s, std::size_t ring);
    Background background() const;

    double halfDiagonal(std::uint32_t c) const {
        const auto& cl = clusters_.clusters[c];
        return 0.5 * std::hypot(cl.width, cl.height);
    }
    // The angle clusters of this half-diagonal take up on a ring of radius r (both sides).
    double need(double hd, double r) const {
        const double v = (hd + options_.nodeGap / 2) / r;
        return v >= 1.0 ? std::numbers::pi : 2 * std::asin(v);
    }

    const core::MapData& map_;
    const LayoutOptions& options_;
    Control& control_;
    MapFacts facts_;
    Clusters clusters_;
    std::vector<Ring> rings_;
    std::vector<Sector> sectors_;
    std::vector<int> clusterRing_, clusterSector_;
    // The angle a sector's clusters on ring k need: their tracks share them.
    double sectorNeed(const Sector& s, std::size_t k) const;

    std::vector<double> angle_;  // per cluster, once placed
    std::vector<double> radius_; // per cluster, once placed
    std::vector<bool> placed_;
    std::vector<std::vector<std::uint32_t>> neighbours_; // per cluster
};

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

void ResultsLayout::placeCentre() {
    const auto& centre = rings_[0].clusters;
    const std::size_t n0 = centre.size();
    if (n0 == 0)
        return;
    // Each goal faces the sectors of what drives it.
    std::vector<double> desired(n0, 0.0);
    for (std::size_t i = 0; i < n0; ++i) {
        double sx = 0.0, sy = 0.0;
        for (std::uint32_t nb : neighbours_[centre[i]]) {
            if (clusterSector_[nb] < 0)
                continue;
            const Sector& s = sectors_[clusterSector_[nb]];
            const double mid = (s.start + s.end) / 2;
            sx += std::sin(mid);
            sy += std::cos(mid);
        }
        desired[i] = (sx == 0.0 && sy == 0.0) ? kTwoPi * static_cast<double>(i) / static_cast<double>(n0)
                                              : std::atan2(sx, sy);
    }
    std::vector<std::size_t> order(n0);
    for (std::size_t i = 0; i < n0; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return near(desired[a], std::numbers::pi) < near(desired[b], std::numbers::pi);
    });
    // Evenly spaced, turned to match the wishes best.
    double sx = 0.0, sy = 0.0;
    for (std::size_t k = 0; k < n0; ++k) {
        const double off = desired[order[k]] - kTwoPi * static_cast<double>(k) / static_cast<double>(n0);
        sx += std::sin(off);
        sy += std::cos(off);
    }
    const double turn = (sx == 0.0 && sy == 0.0) ? 0.0 : std::atan2(sx, sy);
    for (std::size_t k = 0; k < n0; ++k) {
        const std::uint32_t c = centre[order[k]];
        angle_[c] = n0 == 1 ? 0.0 : turn + kTwoPi * static_cast<double>(k) / static_cast<double>(n0);
        placed_[c] = true;
    }
}

void ResultsLayout::placeSector(Sector& s, std::size_t ring) {
    auto& members = s.byRing[ring];
    if (members.empty())
        return;
    const double mid = (s.start + s.end) / 2;
    // Wished angle: the mean direction of the placed clusters it links to (inner rings).
    std::vector<double> wish(members.size(), 0.0);
    std::vector<bool> has(members.size(), false);
    for (std::size_t i = 0; i < members.size(); ++i) {
        double sx = 0.0, sy = 0.0;
        for (std::uint32_t nb : neighbours_[members[i]]) {
            if (!placed_[nb])
                continue;
            sx += std::sin(angle_[nb]);
            sy += std::cos(angle_[nb]);
        }
        if (sx != 0.0 || sy != 0.0) {
            wish[i] = near(std::atan2(sx, sy), mid);
            has[i] = true;
        }
    }
    // Clusters that link to nothing inside follow their team mates, else the sector's middle.
    std::unordered_map<int, std::pair<double, int>> teamWish;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (!has[i])
            continue;
        auto& tw = teamWish[facts_.nodeTeam[clusters_.clusters[members[i]].members.front()]];
        tw.first += wish[i];
        tw.second += 1;
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (has[i])
            continue;
        const auto it = teamWish.find(facts_.nodeTeam[clusters_.clusters[members[i]].members.front()]);
        wish[i] = it != teamWish.end() ? it->second.first / it->second.second : mid;
    }
    std::vector<std::size_t> order(members.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (wish[a] != wish[b])
            return wish[a] < wish[b];
        const int ta = facts_.nodeTeam[clusters_.clusters[members[a]].members.front()];
        const int tb = facts_.nodeTeam[clusters_.clusters[members[b]].members.front()];
        return ta < tb;
    });
    // Round-robin onto the tracks, in the order of the wishes; each track placed on its own.
    const Ring& geometry = rings_[ring];
    for (int t = 0; t < geometry.tracks; ++t) {
        std::vector<std::uint32_t> track;
        for (std::size_t k = static_cast<std::size_t>(t); k < order.size(); k += geometry.tracks)
            track.push_back(static_cast<std::uint32_t>(order[k]));
        if (track.empty())
            continue;
        const double r = geometry.trackRadius(t);
        std::vector<double> target(track.size()), weight(track.size(), 1.0), sep(track.size() - 1);
        for (std::size_t k = 0; k < track.size(); ++k) {
            target[k] = wish[track[k]];
            if (k + 1 < track.size()) {
                const double hd = halfDiagonal(members[track[k]]) + halfDiagonal(members[track[k + 1]]);
                sep[k] = 2 * safeAsin((hd + options_.nodeGap) / (2 * r));
            }
        }
        const double lo = s.start + need(halfDiagonal(members[track.front()]), r) / 2;
        const double hi = s.end - need(halfDiagonal(members[track.back()]), r) / 2;
        const auto angles = placeInOrder(target, weight, sep, lo, hi);
        for (std::size_t k = 0; k < track.size(); ++k) {
            angle_[members[track[k]]] = angles[k];
            radius_[members[track[k]]] = r;
            placed_[members[track[k]]] = true;
        }
    }
    control_.tick(4);
}

bool ResultsLayout::place() {
    angle_.assign(clusters_.clusters.size(), 0.0);
    radius_.assign(clusters_.clusters.size(), rings_[0].radius);
    placed_.assign(clusters_.clusters.size(), false);
    placeCentre();
    for (std::size_t k = 1; k < rings_.size(); ++k) {
        for (Sector& s : sectors_)
            placeSector(s, k);
        control_.report(static_cast<double>(k) / static_cast<double>(rings_.size()));
    }
    std::vector<Box> boxes;
    boxes.reserve(clusters_.clusters.size());
    for (std::uint32_t c = 0; c < clusters_.clusters.size(); ++c) {
        const double r = radius_[c];
        boxes.push_back({r * std::sin(angle_[c]), -r * std::cos(angle_[c]), clusters_.clusters[c].width,
                         clusters_.clusters[c].height});
    }
    return !findOverlap(boxes);
}

Background ResultsLayout::background() const {
    Background bg;
    for (std::size_t k = 0; k < rings_.size(); ++k) {
        const Ring& r = rings_[k];
        if (r.clusters.empty())
            continue;
        const double half = r.maxHalfDiagonal + options_.nodeGap / 2;
        bg.rings.push_back({static_cast<int>(k), (r.radius + r.outerRadius()) / 2,
                            std::max(0.0, r.radius - half), r.outerRadius() + half,
                            k == 0 ? std::string("Top goals") : "Level " + std::to_string(k)});
    }
    if (rings_.size() > 1) {
        const Ring& first = rings_[1];
        const Ring& last = rings_.back();
        const double inner = std::max(0.0, first.radius - first.maxHalfDiagonal - options_.nodeGap / 2);
        const double outer = last.outerRadius() + last.maxHalfDiagonal + options_.nodeGap / 2;
        for (const Sector& s : sectors_) {
            SectorGuide g;
            if (s.team >= 0) {
                g.team = map_.teams[s.team].id;
                g.label = map_.teams[s.team].name;
            } else {
                g.label = "No team";
            }
            g.startAngle = s.start;
            g.endAngle = s.end;
            g.inner = inner;
            g.outer = outer;
            const double mid = (s.start + s.end) / 2, lr = outer + options_.layerGap / 2;
            g.labelPosition = {lr * std::sin(mid), -lr * std::cos(mid)};
            bg.sectors.push_back(std::move(g));
        }
    }
    return bg;
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

} // namespace

LayoutResult layoutResults(const core::MapData& map, const LayoutOptions& options) {
    Control control(options);
    try {
        control.start(); // before building the clusters: the caller hears from us at once
        return ResultsLayout(map, options, control).run();
    } catch (const Cancelled&) {
        return LayoutResult{true, {}, {}};
    }
}

} // namespace sightline::layout
