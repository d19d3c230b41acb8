#pragma once

#include "sightline/core/id.h"

#include <optional>
#include <string>

namespace sightline::core {

// A unit of the organisation. Teams form a forest through `parent`.
struct Team {
    TeamId id;
    std::string name;
    std::optional<TeamId> parent;
    std::string colour; // "#rrggbb", empty when unset

    friend bool operator==(const Team&, const Team&) = default;
};

} // namespace sightline::core
