#pragma once

namespace sightline::core {

// A node centre in scene coordinates (points, y grows downward).
struct Point {
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const Point&, const Point&) = default;
};

} // namespace sightline::core
