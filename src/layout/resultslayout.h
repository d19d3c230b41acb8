#pragma once

// The results-map layout (PuMP rings): top goals at the centre, each ring one team level
// further out, each division's teams in a sector of its own. resultslayout.cpp assigns rings
// and sectors and sizes the rings; resultsplacement.cpp places the clusters and draws the
// background.

#include "control.h"
#include "layered.h"
#include "mapfacts.h"
#include "sightline/layout/geometry.h"
#include "sightline/layout/layout.h"

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace sightline::layout::detail {

inline constexpr double kTwoPi = 2 * std::numbers::pi;

// The angle `a` moved by whole turns to lie within pi of `around`.
inline double near(double a, double around) {
    return around + std::remainder(a - around, kTwoPi);
}

inline double safeAsin(double v) {
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

} // namespace sightline::layout::detail
