#pragma once

#include "sightline/core/id.h"

#include <string>

namespace sightline::core {

// A strategy-map band (Financial, Customer, ...). Array order is band order, top first.
struct Perspective {
    PerspectiveId id;
    std::string name;

    friend bool operator==(const Perspective&, const Perspective&) = default;
};

} // namespace sightline::core
