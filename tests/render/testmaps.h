#pragma once

#include "sightline/core/link.h"
#include "sightline/core/node.h"

namespace sightline::rendertest {

// A node of `kind` with a title, in a team unless `team` is null.
inline core::Node node(const char* id, core::NodeKind kind, const char* title, const char* team = nullptr) {
    core::Node n;
    n.id = core::NodeId(id);
    n.kind = kind;
    n.title = title;
    if (team)
        n.team = core::TeamId(team);
    return n;
}

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
