#include "sightline/render/highlight.h"

namespace sightline::render {

Highlight Highlight::none(ColourMode colour) {
    Highlight h;
    h.colour = colour;
    return h;
}

Highlight Highlight::teamSight(core::TeamId team, ColourMode colour) {
    Highlight h = none(colour);
    h.focus = FocusMode::LineOfSight;
    h.team = std::move(team);
    return h;
}

Highlight Highlight::nodeSight(core::NodeId node, ColourMode colour) {
    Highlight h = none(colour);
    h.focus = FocusMode::LineOfSight;
    h.node = std::move(node);
    return h;
}

Highlight Highlight::pathToGoal(core::NodeId node, core::NodeId goal, ColourMode colour) {
    Highlight h = nodeSight(std::move(node), colour);
    h.goal = std::move(goal);
    return h;
}

Highlight Highlight::rippleOf(core::NodeId node, ColourMode colour) {
    Highlight h = none(colour);
    h.focus = FocusMode::Ripple;
    h.node = std::move(node);
    return h;
}

std::string_view toString(ColourMode mode) {
    switch (mode) {
    case ColourMode::Team:
        return "team";
    case ColourMode::Perspective:
        return "perspective";
    case ColourMode::Level:
        return "level";
    case ColourMode::MeasureStatus:
        return "status";
    }
    return "team";
}

std::optional<ColourMode> colourModeFromString(std::string_view text) {
    for (ColourMode m :
         {ColourMode::Team, ColourMode::Perspective, ColourMode::Level, ColourMode::MeasureStatus})
        if (toString(m) == text)
            return m;
    return std::nullopt;
}

std::string focusToString(const Highlight& h) {
    switch (h.focus) {
    case FocusMode::None:
        return "none";
    case FocusMode::LineOfSight:
        if (h.team)
            return "team:" + h.team->str();
        if (h.node && h.goal)
            return "path:" + h.node->str() + ":" + h.goal->str();
        return "node:" + (h.node ? h.node->str() : std::string());
    case FocusMode::Ripple:
        return "ripple:" + (h.node ? h.node->str() : std::string());
    }
    return "none";
}

std::optional<Highlight> focusFromString(std::string_view text, ColourMode colour) {
    if (text == "none")
        return Highlight::none(colour);
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon + 1 >= text.size())
        return std::nullopt;
    const std::string_view kind = text.substr(0, colon);
    const std::string_view rest = text.substr(colon + 1);
    if (kind == "team")
        return Highlight::teamSight(core::TeamId(rest), colour);
    if (kind == "node")
        return Highlight::nodeSight(core::NodeId(rest), colour);
    if (kind == "ripple")
        return Highlight::rippleOf(core::NodeId(rest), colour);
    if (kind == "path") {
        const auto second = rest.find(':');
        if (second == std::string_view::npos || second == 0 || second + 1 >= rest.size())
            return std::nullopt;
        return Highlight::pathToGoal(core::NodeId(rest.substr(0, second)),
                                     core::NodeId(rest.substr(second + 1)), colour);
    }
    return std::nullopt;
}

} // namespace sightline::render
