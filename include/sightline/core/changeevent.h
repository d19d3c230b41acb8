#pragma once

#include "sightline/core/id.h"
#include "sightline/core/types.h"

#include <cstdint>
#include <variant>
#include <vector>

namespace sightline::core {

// Which fields of an entity an edit changed: a set of bits, one per field of the enum E.
// all() (the default of every *Changed event) means "assume everything changed"; producers
// that know better say exactly which fields changed. Bits are stable numbers, so a remote
// consumer (the team repository) can carry a mask as a plain integer.
template <class E> class FieldMask {
public:
    using Bits = std::uint32_t;
    constexpr FieldMask() = default;
    constexpr FieldMask(E field) : bits_(Bits{1} << static_cast<unsigned>(field)) {}
    static constexpr FieldMask fromBits(Bits bits) {
        FieldMask m;
        m.bits_ = bits;
        return m;
    }
    static constexpr FieldMask all() { return fromBits(~Bits{0}); }
    // Every field the enum names (all() may carry bits for fields added later).
    static constexpr FieldMask known() { return fromBits((Bits{1} << static_cast<unsigned>(E::Count)) - 1); }

    constexpr bool has(E field) const { return (bits_ & FieldMask(field).bits_) != 0; }
    constexpr bool any(FieldMask other) const { return (bits_ & other.bits_) != 0; }
    constexpr bool empty() const { return bits_ == 0; }
    // True when this mask names a field outside the known ones (treat as "everything").
    constexpr bool beyondKnown() const { return (bits_ & ~known().bits_) != 0; }
    constexpr Bits bits() const { return bits_; }

    constexpr FieldMask& operator|=(FieldMask other) {
        bits_ |= other.bits_;
        return *this;
    }
    friend constexpr FieldMask operator|(FieldMask a, FieldMask b) { return a |= b; }
    friend constexpr bool operator==(FieldMask, FieldMask) = default;

private:
    Bits bits_ = 0;
};

// The fields of Node, Link, Team and Person, in declaration order. A new field of one of these
// structs gets a bit here (before Count) and a line in changedFields() (core/changedfields.h).
enum class NodeField : unsigned {
    Kind,
    Title,
    Description,
    Team,
    Owner,
    Perspective,
    Goal,
    Unit,
    Direction,
    Baseline,
    Target,
    Cadence,
    Values,
    Status,
    Start,
    Due,
    Forecast,          // format 2: the measure's forecast rows
    XmrRules,          // format 2: xmr.rules
    XmrBaselinePoints, // format 2: xmr.baselinePoints
    XmrBreaks,         // format 2: xmr.breaks
    Count
};
enum class LinkField : unsigned { Kind, From, To, Polarity, Weight, Aggregate, Note, Count };
enum class TeamField : unsigned { Name, Parent, Colour, Count };
enum class PersonField : unsigned { Name, Email, Team, Role, Login, Count };

using NodeFields = FieldMask<NodeField>;
using LinkFields = FieldMask<LinkField>;
using TeamFields = FieldMask<TeamField>;
using PersonFields = FieldMask<PersonField>;

constexpr NodeFields operator|(NodeField a, NodeField b) {
    return NodeFields(a) | NodeFields(b);
}
constexpr LinkFields operator|(LinkField a, LinkField b) {
    return LinkFields(a) | LinkFields(b);
}
constexpr TeamFields operator|(TeamField a, TeamField b) {
    return TeamFields(a) | TeamFields(b);
}
constexpr PersonFields operator|(PersonField a, PersonField b) {
    return PersonFields(a) | PersonFields(b);
}

// Typed change events. Every model operation reports what it changed with these; the scene,
// the editor's panels and storage all react to the same events by re-reading the model. Read
// a ChangeSet with a ChangeVisitor (core/changevisitor.h), never by hand.
namespace change {
struct PropertiesChanged {};
struct SettingsChanged {};
struct WaiversChanged {}; // waivers are few: listeners re-read them all

struct NodeAdded {
    NodeId id;
};
struct NodeChanged {
    NodeId id;
    NodeFields fields = NodeFields::all();
};
struct NodeRemoved {
    NodeId id;
};

struct LinkAdded {
    LinkId id;
};
struct LinkChanged {
    LinkId id;
    LinkFields fields = LinkFields::all();
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
    TeamFields fields = TeamFields::all();
};
struct TeamRemoved {
    TeamId id;
};

struct PersonAdded {
    PersonId id;
};
struct PersonChanged {
    PersonId id;
    PersonFields fields = PersonFields::all();
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
