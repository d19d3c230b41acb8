#include "resultslayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace sightline::layout::detail {

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

} // namespace sightline::layout::detail
