#include "mapfacts.h"
#include "sightline/layout/layout.h"
#include "sightline/layout/nodesize.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sightline::layout {

using namespace detail;

namespace {

constexpr double kTwoPi = 2 * std::numbers::pi;
constexpr double kMargin = 30.0;
constexpr double kTitleWidth = 150.0;

Background fitResults(const MapFacts& facts, const core::ViewPositions& positions) {
    const core::MapData& map = facts.map;
    Background bg;
    double cx = 0.0, cy = 0.0;
    int goals = 0;
    for (std::size_t i = 0; i < map.nodes.size(); ++i) {
        const auto it = positions.find(map.nodes[i].id);
        if (facts.topGoal[i] && it != positions.end()) {
            cx += it->second.x;
            cy += it->second.y;
            ++goals;
        }
    }
    if (goals > 0)
        bg.centre = {cx / goals, cy / goals};

    // Objectives by ring (team level; top goals at 0) and by division.
    std::vector<std::vector<double>> distances;
    std::vector<std::vector<double>> angles(map.teams.size());
    double outer = 0.0;
    const double half = 0.5 * std::hypot(kObjectiveSize.width, kObjectiveSize.height);
    for (std::size_t i = 0; i < map.nodes.size(); ++i) {
        if (map.nodes[i].kind != core::NodeKind::Objective)
            continue;
        const auto it = positions.find(map.nodes[i].id);
        if (it == positions.end())
            continue;
        const int team = facts.nodeTeam[i];
        const int level = facts.topGoal[i] || team < 0 ? (facts.topGoal[i] ? 0 : 1) : facts.teamLevel[team];
        const double dx = it->second.x - bg.centre.x, dy = it->second.y - bg.centre.y;
        const double d = std::hypot(dx, dy);
        if (distances.size() <= static_cast<std::size_t>(level))
            distances.resize(static_cast<std::size_t>(level) + 1);
        distances[level].push_back(d);
        outer = std::max(outer, d + half);
        if (level >= 1 && team >= 0) {
            double a = std::atan2(dx, -dy);
            angles[facts.teamDivision[team]].push_back(a < 0 ? a + kTwoPi : a);
        }
    }
    double innerSectors = -1.0;
    for (std::size_t k = 0; k < distances.size(); ++k) {
        auto& ds = distances[k];
        if (ds.empty())
            continue;
        std::sort(ds.begin(), ds.end());
        bg.rings.push_back({static_cast<int>(k), ds[ds.size() / 2], std::max(0.0, ds.front() - half),
                            ds.back() + half,
                            k == 0 ? std::string("Top goals") : "Level " + std::to_string(k)});
        if (k >= 1 && innerSectors < 0)
            innerSectors = bg.rings.back().inner;
    }
    // Each division's sector: the smallest arc that holds its objectives.
    for (std::size_t t = 0; t < map.teams.size(); ++t) {
        auto& as = angles[t];
        if (as.empty())
            continue;
        std::sort(as.begin(), as.end());
        double gapStart = as.back(), widest = as.front() + kTwoPi - as.back();
        for (std::size_t k = 1; k < as.size(); ++k) {
            if (as[k] - as[k - 1] > widest) {
                widest = as[k] - as[k - 1];
                gapStart = as[k - 1];
            }
        }
        const double pad = std::min(0.05, widest / 4);
        SectorGuide s;
        s.team = map.teams[t].id;
        s.label = map.teams[t].name;
        s.startAngle = gapStart + widest - pad;
        s.endAngle = gapStart + kTwoPi + pad;
        if (s.startAngle >= kTwoPi) {
            s.startAngle -= kTwoPi;
            s.endAngle -= kTwoPi;
        }
        s.inner = std::max(0.0, innerSectors);
        s.outer = outer + kMargin;
        const double mid = (s.startAngle + s.endAngle) / 2, lr = s.outer + kMargin;
        s.labelPosition = {bg.centre.x + lr * std::sin(mid), bg.centre.y - lr * std::cos(mid)};
        bg.sectors.push_back(std::move(s));
    }
    std::sort(bg.sectors.begin(), bg.sectors.end(),
              [](const SectorGuide& a, const SectorGuide& b) { return a.startAngle < b.startAngle; });
    return bg;
}

Background fitStrategy(const MapFacts& facts, const core::ViewPositions& positions) {
    const core::MapData& map = facts.map;
    const Clusters clusters = buildClusters(facts);
    const int perspectives = static_cast<int>(map.perspectives.size());
    struct Extent {
        double top = 0.0, bottom = 0.0;
        bool any = false;
    };
    std::vector<Extent> extent(static_cast<std::size_t>(perspectives) + 1);
    double left = 0.0, right = 0.0;
    bool anyNode = false;
    for (std::size_t i = 0; i < map.nodes.size(); ++i) {
        const auto it = positions.find(map.nodes[i].id);
        if (it == positions.end())
            continue;
        const int p = facts.nodePerspective[clusters.clusters[clusters.clusterOf[i]].members.front()];
        Extent& e = extent[p >= 0 ? p : perspectives];
        const Size s = nodeSize(map.nodes[i].kind);
        const double t = it->second.y - s.height / 2, b = it->second.y + s.height / 2;
        e.top = e.any ? std::min(e.top, t) : t;
        e.bottom = e.any ? std::max(e.bottom, b) : b;
        e.any = true;
        const double l = it->second.x - s.width / 2, r = it->second.x + s.width / 2;
        left = anyNode ? std::min(left, l) : l;
        right = anyNode ? std::max(right, r) : r;
        anyNode = true;
    }
    Background bg;
    double previous = 0.0;
    for (int b = 0; b <= perspectives; ++b) {
        const Extent& e = extent[b];
        if (b == perspectives && !e.any)
            break;
        BandGuide g = namedBand(map, static_cast<std::size_t>(b));
        g.top = e.any ? e.top - kMargin : previous;
        if (!bg.bands.empty())
            g.top = std::max(g.top, bg.bands.back().bottom);
        g.bottom = std::max(g.top + kObjectiveSize.height + 2 * kMargin, e.any ? e.bottom + kMargin : 0.0);
        g.left = left - kMargin - kTitleWidth;
        g.right = right + kMargin;
        g.titlePosition = {g.left + kTitleWidth / 2, (g.top + g.bottom) / 2};
        previous = g.bottom;
        bg.bands.push_back(std::move(g));
    }
    return bg;
}

} // namespace

Background fitBackground(const core::MapData& map, core::ViewKind view,
                         const core::ViewPositions& positions) {
    const MapFacts facts(map);
    switch (view) {
    case core::ViewKind::Results:
        return fitResults(facts, positions);
    case core::ViewKind::Strategy:
        return fitStrategy(facts, positions);
    case core::ViewKind::Hierarchy:
        break;
    }
    return {};
}

} // namespace sightline::layout
