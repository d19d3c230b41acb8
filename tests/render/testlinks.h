#pragma once

#include "sightline/core/link.h"

namespace sightline::rendertest {

// A link of `kind` from one node to another, positive unless `negative`.
inline core::Link link(const char* id, core::LinkKind kind, const char* from, const char* to,
                       bool negative = false) {
    core::Link l;
    l.id = core::LinkId(id);
    l.kind = kind;
    l.from = core::NodeId(from);
    l.to = core::NodeId(to);
    if (negative)
        l.polarity = core::Polarity::Negative;
    return l;
}

} // namespace sightline::rendertest
