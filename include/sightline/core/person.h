#pragma once

#include "sightline/core/id.h"

#include <optional>
#include <string>

namespace sightline::core {

// Someone who can own objectives, measures and initiatives.
struct Person {
    PersonId id;
    std::string name;
    std::string email; // empty when unset
    std::optional<TeamId> team;
    std::string role; // empty when unset

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace sightline::core
