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
    // Their database role in a team repository (docs/repository.md): approvals of values that
    // session gives name this person. Empty when unset.
    std::string login{};

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace sightline::core
