#pragma once

#include "sightline/core/id.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sightline::render {

// What the map emphasises.
enum class FocusMode : std::uint8_t {
    None,        // everything drawn normally
    LineOfSight, // a team's (or one node's) paths to the top goals stand out, the rest fades
    Ripple,      // everything downstream of one node, by distance, negative effects in their colour
};

// How nodes are coloured.
enum class ColourMode : std::uint8_t {
    Team,          // each team's colour
    Perspective,   // each strategy-map perspective's colour
    Level,         // team level: the top of the organisation, divisions, departments, ...
    MeasureStatus, // latest value against target in the measure's direction
};

// The focus and colour mode of a MapScene: a plain value. The editor sets it from its toolbar
// and panels; exports set the same value so that they draw exactly what the canvas shows.
//
//     scene.setHighlight(Highlight::teamSight(core::TeamId("maint")));
//     scene.setHighlight(Highlight::rippleOf(core::NodeId("o-maint-cost"), ColourMode::Level));
//     render::Legend legend = scene.legend();
struct Highlight {
    FocusMode focus = FocusMode::None;
    std::optional<core::TeamId> team; // LineOfSight of a team
    std::optional<core::NodeId> node; // LineOfSight of one node, or the Ripple's source
    std::optional<core::NodeId> goal; // LineOfSight of one node: only its path to this goal
    ColourMode colour = ColourMode::Team;

    static Highlight none(ColourMode colour = ColourMode::Team);
    static Highlight teamSight(core::TeamId team, ColourMode colour = ColourMode::Team);
    static Highlight nodeSight(core::NodeId node, ColourMode colour = ColourMode::Team);
    // One path: from `node` to the top goal `goal` (the line-of-sight panel's rows).
    static Highlight pathToGoal(core::NodeId node, core::NodeId goal, ColourMode colour = ColourMode::Team);
    static Highlight rippleOf(core::NodeId node, ColourMode colour = ColourMode::Team);

    bool active() const { return focus != FocusMode::None; }

    friend bool operator==(const Highlight&, const Highlight&) = default;
};

// "team", "perspective", "level", "status".
std::string_view toString(ColourMode mode);
std::optional<ColourMode> colourModeFromString(std::string_view text);

// Focus as text, for command lines and settings: "none", "team:ID", "node:ID", "ripple:ID",
// "path:NODE:GOAL" (colour mode not included).
std::string focusToString(const Highlight& highlight);
// The inverse of focusToString; nullopt for anything else (ids are not checked against a map).
std::optional<Highlight> focusFromString(std::string_view text, ColourMode colour = ColourMode::Team);

} // namespace sightline::render
