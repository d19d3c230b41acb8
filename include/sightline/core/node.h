#pragma once

#include "sightline/core/date.h"
#include "sightline/core/id.h"
#include "sightline/core/types.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sightline::core {

// One dated value of a measure's history. A value is approved when it names who approved it
// (format 2); `approvedOn` never stands without `approvedBy`.
struct MeasureValue {
    MeasureValue() = default;
    // Brace initialisation {date, value, note} stays short (and needs no approval fields).
    MeasureValue(Date date_, double value_, std::string note_ = {}, std::optional<PersonId> approvedBy_ = {},
                 std::optional<Date> approvedOn_ = {})
        : date(date_), value(value_), note(std::move(note_)), approvedBy(std::move(approvedBy_)),
          approvedOn(approvedOn_) {}

    Date date;
    double value = 0.0;
    std::string note; // empty when unset
    std::optional<PersonId> approvedBy;
    std::optional<Date> approvedOn;

    bool approved() const { return approvedBy.has_value(); }

    friend bool operator==(const MeasureValue&, const MeasureValue&) = default;
};

// One expected value of a measure (plan, trajectory, forecast); dates unique within a measure.
struct ForecastValue {
    Date date;
    double value = 0.0;
    std::string note; // empty when unset

    friend bool operator==(const ForecastValue&, const ForecastValue&) = default;
};

// How a measure's XmR chart is computed (measures.md, "xmr").
struct XmrOptions {
    XmrRules rules = XmrRules::Pump;
    // Lock the limits of each segment on its first N values (N >= 2); absent: every value counts.
    std::optional<int> baselinePoints;
    // Each starts a new segment; each is the date of one of the measure's values, not the first.
    std::vector<Date> breaks; // in file order

    bool isDefault() const { return rules == XmrRules::Pump && !baselinePoints && breaks.empty(); }

    friend bool operator==(const XmrOptions&, const XmrOptions&) = default;
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
    std::vector<MeasureValue> values;    // in file order
    std::vector<ForecastValue> forecast; // in file order
    XmrOptions xmr;

    // Initiatives only.
    std::optional<InitiativeStatus> status;
    std::optional<Date> start;
    std::optional<Date> due;

    // The value with the newest date, if any.
    const MeasureValue* latestValue() const;
    // The value / forecast dated `date`, if any.
    const MeasureValue* valueOn(const Date& date) const;
    const ForecastValue* forecastOn(const Date& date) const;

    friend bool operator==(const Node&, const Node&) = default;
};

} // namespace sightline::core
