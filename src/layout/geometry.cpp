#include "sightline/layout/geometry.h"

#include "sightline/layout/nodesize.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace sightline::layout {

namespace {

constexpr double kEpsilon = 1e-6;

std::int64_t cellOf(double v, double size) {
    return static_cast<std::int64_t>(std::floor(v / size));
}

std::uint64_t cellKey(std::int64_t cx, std::int64_t cy) {
    return (static_cast<std::uint64_t>(cx) << 32) ^ (static_cast<std::uint64_t>(cy) & 0xffffffffu);
}

bool overlaps(const Box& a, const Box& b) {
    return std::abs(a.x - b.x) < (a.width + b.width) / 2 - kEpsilon &&
           std::abs(a.y - b.y) < (a.height + b.height) / 2 - kEpsilon;
}

double cross(double ax, double ay, double bx, double by) {
    return ax * by - ay * bx;
}

} // namespace

std::vector<NodeBox> nodeBoxes(const core::MapData& map, const core::ViewPositions& positions) {
    std::vector<NodeBox> boxes;
    boxes.reserve(positions.size());
    for (std::size_t i = 0; i < map.nodes.size(); ++i) {
        const auto it = positions.find(map.nodes[i].id);
        if (it == positions.end())
            continue;
        const Size s = nodeSize(map.nodes[i].kind);
        boxes.push_back({i, {it->second.x, it->second.y, s.width, s.height}});
    }
    return boxes;
}

std::optional<std::pair<std::size_t, std::size_t>> findOverlap(std::span<const Box> boxes) {
    double cw = 1.0, ch = 1.0;
    for (const Box& b : boxes) {
        cw = std::max(cw, b.width);
        ch = std::max(ch, b.height);
    }
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid;
    grid.reserve(boxes.size() * 2);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Box& b = boxes[i];
        const std::int64_t x0 = cellOf(b.x - b.width / 2, cw), x1 = cellOf(b.x + b.width / 2, cw);
        const std::int64_t y0 = cellOf(b.y - b.height / 2, ch), y1 = cellOf(b.y + b.height / 2, ch);
        for (std::int64_t cx = x0; cx <= x1; ++cx) {
            for (std::int64_t cy = y0; cy <= y1; ++cy) {
                auto& cell = grid[cellKey(cx, cy)];
                for (std::uint32_t j : cell) {
                    if (overlaps(boxes[j], b))
                        return std::pair<std::size_t, std::size_t>{j, i};
                }
                cell.push_back(static_cast<std::uint32_t>(i));
            }
        }
    }
    return std::nullopt;
}

std::size_t countCrossings(std::span<const Segment> segments) {
    if (segments.size() < 2)
        return 0;
    // Cell size: the mean extent of a segment, so that a segment visits a few cells.
    double total = 0.0;
    for (const Segment& s : segments)
        total += std::max(std::abs(s.to.x - s.from.x), std::abs(s.to.y - s.from.y));
    const double size = std::max(1.0, total / static_cast<double>(segments.size()));

    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    entries.reserve(segments.size() * 4);
    for (std::uint32_t i = 0; i < segments.size(); ++i) {
        core::Point p = segments[i].from, q = segments[i].to;
        if (q.x < p.x)
            std::swap(p, q);
        const std::int64_t cx0 = cellOf(p.x, size), cx1 = cellOf(q.x, size);
        for (std::int64_t cx = cx0; cx <= cx1; ++cx) {
            double ya = p.y, yb = q.y;
            if (q.x - p.x > kEpsilon) {
                const double xa = std::max(p.x, static_cast<double>(cx) * size);
                const double xb = std::min(q.x, static_cast<double>(cx + 1) * size);
                const double slope = (q.y - p.y) / (q.x - p.x);
                ya = p.y + (xa - p.x) * slope;
                yb = p.y + (xb - p.x) * slope;
            }
            const std::int64_t cy0 = cellOf(std::min(ya, yb), size), cy1 = cellOf(std::max(ya, yb), size);
            for (std::int64_t cy = cy0; cy <= cy1; ++cy)
                entries.emplace_back(cellKey(cx, cy), i);
        }
    }
    std::sort(entries.begin(), entries.end());

    std::size_t crossings = 0;
    for (std::size_t lo = 0; lo < entries.size();) {
        std::size_t hi = lo;
        while (hi < entries.size() && entries[hi].first == entries[lo].first)
            ++hi;
        const std::uint64_t key = entries[lo].first;
        for (std::size_t i = lo; i < hi; ++i) {
            const Segment& s = segments[entries[i].second];
            const double rx = s.to.x - s.from.x, ry = s.to.y - s.from.y;
            for (std::size_t j = i + 1; j < hi; ++j) {
                const Segment& t = segments[entries[j].second];
                if (s.a == t.a || s.a == t.b || s.b == t.a || s.b == t.b)
                    continue;
                const double sx = t.to.x - t.from.x, sy = t.to.y - t.from.y;
                const double o1 = cross(rx, ry, t.from.x - s.from.x, t.from.y - s.from.y);
                const double o2 = cross(rx, ry, t.to.x - s.from.x, t.to.y - s.from.y);
                const double o3 = cross(sx, sy, s.from.x - t.from.x, s.from.y - t.from.y);
                const double o4 = cross(sx, sy, s.to.x - t.from.x, s.to.y - t.from.y);
                if (!((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) ||
                    !((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0)))
                    continue;
                const double denom = cross(rx, ry, sx, sy);
                if (denom == 0.0)
                    continue;
                const double u = cross(t.from.x - s.from.x, t.from.y - s.from.y, sx, sy) / denom;
                const double ix = s.from.x + u * rx, iy = s.from.y + u * ry;
                if (cellKey(cellOf(ix, size), cellOf(iy, size)) == key)
                    ++crossings;
            }
        }
        lo = hi;
    }
    return crossings;
}

std::size_t countLinkCrossings(const core::MapData& map, const core::ViewPositions& positions) {
    std::unordered_map<core::NodeId, std::uint32_t> index;
    index.reserve(map.nodes.size());
    for (std::size_t i = 0; i < map.nodes.size(); ++i)
        index.emplace(map.nodes[i].id, static_cast<std::uint32_t>(i));
    std::vector<Segment> segments;
    segments.reserve(map.links.size());
    for (const core::Link& l : map.links) {
        const auto pf = positions.find(l.from), pt = positions.find(l.to);
        const auto nf = index.find(l.from), nt = index.find(l.to);
        if (pf == positions.end() || pt == positions.end() || nf == index.end() || nt == index.end())
            continue;
        segments.push_back({pf->second, pt->second, nf->second, nt->second});
    }
    return countCrossings(segments);
}

} // namespace sightline::layout
