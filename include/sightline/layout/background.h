#pragma once

#include "sightline/core/id.h"
#include "sightline/core/point.h"

#include <optional>
#include <string>
#include <vector>

namespace sightline::layout {

// Geometry that the render layer draws behind the nodes of a view: faint ring guides and
// sector labels on a results map, perspective bands with their titles on a strategy map.
// All in scene coordinates (points, y grows downward), like node positions.

// Angles are in radians, measured clockwise from 12 o'clock around the results map's
// centre: a point at angle a and radius r is centre + (r sin a, -r cos a).

// One ring of a results map: the objectives of the teams at `level` (0: the top goals at
// the centre). Their boxes lie between `inner` and `outer`; `radius` is the ring's middle.
struct RingGuide {
    int level = 0;
    double radius = 0.0;
    double inner = 0.0;
    double outer = 0.0;
    std::string label; // "Top goals", "Level 1", ...
};

// The sector of one division (a child of a root team) on a results map, from `startAngle`
// clockwise to `endAngle`, between the radii `inner` and `outer`. `team` is empty for the
// sector of objectives that belong to no team.
struct SectorGuide {
    std::optional<core::TeamId> team;
    std::string label; // the division's name, or "No team"
    double startAngle = 0.0;
    double endAngle = 0.0;
    double inner = 0.0;
    double outer = 0.0;
    core::Point labelPosition; // centre of the label, just outside the outermost ring
};

// One perspective band of a strategy map: the strip between `top` and `bottom`, from
// `left` to `right`. `perspective` is empty for the final "Unassigned" band.
struct BandGuide {
    std::optional<core::PerspectiveId> perspective;
    std::string title; // the perspective's name, or "Unassigned"
    double top = 0.0;
    double bottom = 0.0;
    double left = 0.0;
    double right = 0.0;
    core::Point titlePosition; // centre of the title, at the left side of the band
};

struct Background {
    core::Point centre;               // results map: the centre of the rings
    std::vector<RingGuide> rings;     // results map, innermost first
    std::vector<SectorGuide> sectors; // results map, clockwise from 12 o'clock
    std::vector<BandGuide> bands;     // strategy map, top band first

    bool empty() const { return rings.empty() && sectors.empty() && bands.empty(); }
};

} // namespace sightline::layout
