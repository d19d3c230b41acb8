#pragma once

#include "sightline/core/id.h"
#include "sightline/core/types.h"

#include <string>

namespace sightline::core {

// A directed relation between two nodes.
struct Link {
    LinkId id;
    LinkKind kind = LinkKind::Drives;
    NodeId from;
    NodeId to;
    Polarity polarity = Polarity::Positive; // drives only
    double weight = 1.0;                    // drives only, in (0, 1]
    Aggregate aggregate = Aggregate::Sum;   // rollup only
    std::string note;                       // empty when unset

    friend bool operator==(const Link&, const Link&) = default;
};

} // namespace sightline::core
