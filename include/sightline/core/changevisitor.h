#pragma once

#include "sightline/core/changeevent.h"

#include <string>
#include <variant>

namespace sightline::core {

namespace detail {
template <class E> class Handles {
public:
    virtual void on(const E& event) = 0;

protected:
    ~Handles() = default;
};

template <class Variant> class VisitorOf;
template <class... Events> class VisitorOf<std::variant<Events...>> : public Handles<Events>... {
public:
    using Handles<Events>::on...;
    virtual ~VisitorOf() = default;
};
} // namespace detail

// The one way to read a ChangeSet. A consumer derives from ChangeVisitor and overrides on()
// for every event type; the pure virtual on() functions are generated from ChangeEvent, so a
// new event type makes every consumer that does not handle it abstract: it fails to compile.
// Events are plain values (ids and field masks, no pointers into the model), so a consumer
// in another process (the team repository) can read the same change sets.
class ChangeVisitor : public detail::VisitorOf<ChangeEvent> {};

// Calls visitor.on(event) for each event, in order.
void visit(const ChangeSet& changes, ChangeVisitor& visitor);
void visit(const ChangeEvent& event, ChangeVisitor& visitor);

// One line for logs and tests, e.g. "NodeAdded o1", "LinkRemoved l1 o1->g1",
// "PositionsChanged results o1 g1".
std::string describe(const ChangeEvent& event);

// Which kinds of things a change set touches: the first question of many listeners.
struct ChangeScope {
    bool properties = false;
    bool settings = false;
    bool waivers = false;
    bool nodes = false;
    bool links = false;
    bool teams = false;
    bool people = false;
    bool perspectives = false;
    bool positions = false;

    // Anything but positions (no analysis reads positions).
    bool beyondPositions() const {
        return properties || settings || waivers || nodes || links || teams || people || perspectives;
    }
};
ChangeScope scopeOf(const ChangeSet& changes);

} // namespace sightline::core
