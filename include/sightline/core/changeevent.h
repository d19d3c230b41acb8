#pragma once

#include "sightline/core/id.h"
#include "sightline/core/types.h"

#include <variant>
#include <vector>

namespace sightline::core {

// Typed change events. Every model operation reports what it changed with these; the scene,
// the editor's panels and storage all react to the same events by re-reading the model.
namespace change {
struct PropertiesChanged {};
struct SettingsChanged {};
struct WaiversChanged {}; // waivers are few: listeners re-read them all

struct NodeAdded {
    NodeId id;
};
struct NodeChanged {
    NodeId id;
};
struct NodeRemoved {
    NodeId id;
};

struct LinkAdded {
    LinkId id;
};
struct LinkChanged {
    LinkId id;
};
struct LinkRemoved {
    LinkId id;
    NodeId from;
    NodeId to;
};

struct TeamAdded {
    TeamId id;
};
struct TeamChanged {
    TeamId id;
};
struct TeamRemoved {
    TeamId id;
};

struct PersonAdded {
    PersonId id;
};
struct PersonChanged {
    PersonId id;
};
struct PersonRemoved {
    PersonId id;
};

struct PerspectiveAdded {
    PerspectiveId id;
};
struct PerspectiveChanged {
    PerspectiveId id;
};
struct PerspectiveRemoved {
    PerspectiveId id;
};

// Positions of these nodes in this view were set or cleared.
struct PositionsChanged {
    ViewKind view;
    std::vector<NodeId> nodes;
};
} // namespace change

using ChangeEvent =
    std::variant<change::PropertiesChanged, change::SettingsChanged, change::WaiversChanged,
                 change::NodeAdded, change::NodeChanged, change::NodeRemoved, change::LinkAdded,
                 change::LinkChanged, change::LinkRemoved, change::TeamAdded, change::TeamChanged,
                 change::TeamRemoved, change::PersonAdded, change::PersonChanged, change::PersonRemoved,
                 change::PerspectiveAdded, change::PerspectiveChanged, change::PerspectiveRemoved,
                 change::PositionsChanged>;

// One committed edit: a single operation, or a whole batch (paste, layout, import). Listeners
// receive it once, after the model holds all of it.
struct ChangeSet {
    std::vector<ChangeEvent> events;

    bool empty() const { return events.empty(); }
};

} // namespace sightline::core
