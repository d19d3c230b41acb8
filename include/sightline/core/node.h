#pragma once

#include "sightline/core/date.h"
#include "sightline/core/id.h"
#include "sightline/core/types.h"

#include <optional>
#include <string>
#include <vector>

namespace sightline::core {

// One dated value of a measure's history.
struct MeasureValue {
    Date date;
    double value = 0.0;
    std::string note; // empty when unset

    friend bool operator==(const MeasureValue&, const MeasureValue&) = default;
};

// An objective (result), a measure (KPI, key result) or an initiative. Kind-specific fields
// keep their defaults on the other kinds.
struct Node {
    NodeId id;
    NodeKind kind = NodeKind::Objective;
    std::string title;
    std::string description; // empty when unset
    std::optional<TeamId> team;
    std::optional<PersonId> owner;
    std::optional<PerspectiveId> perspective;
    bool goal = false; // objectives only

    // Measures only.
    std::string unit; // empty when unset
    Direction direction = Direction::Up;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<Cadence> cadence;
    std::vector<MeasureValue> values; // in file order

    // Initiatives only.
    std::optional<InitiativeStatus> status;
    std::optional<Date> start;
    std::optional<Date> due;

    // The value with the newest date, if any.
    const MeasureValue* latestValue() const;

    friend bool operator==(const Node&, const Node&) = default;
};

} // namespace sightline::core
