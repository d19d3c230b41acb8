#pragma once

#include "sightline/core/date.h"
#include "sightline/core/node.h"
#include "sightline/core/settings.h"
#include "sightline/core/types.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// A measure's XmR chart (process behaviour chart), exactly as spec/measures.md computes it:
// natural process limits per segment from the average moving range, the signals of the rule set
// (`pump`, Barr; `nhs`, Making Data Count as NHSRplotthedots 0.2.2), each point's kind, and the
// measure's summary (variation and capability).
namespace sightline::analysis {

// A signal, in the order of the rule sets' tables (pump: Outside, LongRun, ShortRun;
// nhs: Outside, Shift, Trend, TwoOfThree).
enum class Signal : std::uint8_t { Outside, LongRun, ShortRun, Shift, Trend, TwoOfThree };
// "outside", "long-run", "short-run", "shift", "trend", "two-of-three".
std::string_view toString(Signal signal);

// The signals of one point.
class SignalSet {
public:
    bool contains(Signal s) const { return (bits_ & bit(s)) != 0; }
    void insert(Signal s) { bits_ = static_cast<std::uint8_t>(bits_ | bit(s)); }
    bool empty() const { return bits_ == 0; }
    // The signals in the order of the rule set's table.
    std::vector<Signal> list(core::XmrRules rules) const;

    friend bool operator==(const SignalSet&, const SignalSet&) = default;

private:
    static constexpr std::uint8_t bit(Signal s) {
        return static_cast<std::uint8_t>(1u << static_cast<unsigned>(s));
    }
    std::uint8_t bits_ = 0;
};

// Above (High) or below (Low) the central line; None on it.
enum class Side : std::int8_t { Low = -1, None = 0, High = 1 };

// A point's kind: None in a segment without limits, CommonCause without a signal, else what
// its signal means in the measure's direction.
enum class PointKind : std::uint8_t { None, CommonCause, Improvement, Concern, Neutral };
// "none", "common-cause", "improvement", "concern", "neutral".
std::string_view toString(PointKind kind);

// Can the process, as it runs, reach the target? (NHS "assurance".)
enum class Capability : std::uint8_t { Unknown, ConsistentlyMeets, HitAndMiss, ConsistentlyMisses };
// "unknown", "consistently-meets", "hit-and-miss", "consistently-misses".
std::string_view toString(Capability capability);

// Everything the computation needs besides the values: the measure's xmr options, its direction
// and target, and the map's settings.
struct XmrConfig {
    core::XmrRules rules = core::XmrRules::Pump;
    std::optional<int> baselinePoints; // lock each segment's limits on its first N values
    int runLength = 7;                 // settings.runLength
    int minPoints = 6;                 // settings.xmrMinPoints
    core::Direction direction = core::Direction::Up;
    std::optional<double> target;
};

// One dated value (the plain input).
struct XmrSample {
    core::Date date;
    double value = 0.0;
};

// A run of values between breaks, computed on its own. Without limits (fewer than minPoints
// values) baseline and the five numbers are 0 and meaningless.
struct XmrSegment {
    core::Date start;      // the date of its first value
    std::size_t first = 0; // index of its first point in XmrChart::points
    std::size_t count = 0; // its number of values
    bool hasLimits = false;
    std::size_t baseline = 0; // b: the values its limits come from (its first b)
    double cl = 0.0;          // central line: mean of the first b values
    double mrBar = 0.0;       // average moving range of those (nhs: after screening)
    double unpl = 0.0;        // upper natural process limit
    double lnpl = 0.0;        // lower natural process limit
    double url = 0.0;         // upper range limit (of the moving-range chart)
};

struct XmrPoint {
    core::Date date;
    double value = 0.0;
    std::size_t segment = 0;  // index in XmrChart::segments
    std::size_t source = 0;   // index of the value in the input (for a Node: in node.values)
    double movingRange = 0.0; // |x - previous x| within the segment; 0 for a segment's first point
    SignalSet signals;
    Side side = Side::None; // the side of its first signal (None when it has none)
    PointKind kind = PointKind::None;
};

struct XmrSummary {
    PointKind variation = PointKind::None; // the kind of the latest point
    Capability capability = Capability::Unknown;
};

struct XmrChart {
    std::vector<XmrSegment> segments; // in date order
    std::vector<XmrPoint> points;     // in date order
    XmrSummary summary;

    // The last segment (nullptr without values); the summary comes from it.
    const XmrSegment* lastSegment() const { return segments.empty() ? nullptr : &segments.back(); }
    // Whether the latest value lies in a segment with limits (the summary is XmR-based).
    bool hasLimits() const { return lastSegment() && lastSegment()->hasLimits; }
};

// The chart of values in any order (sorted here by date; dates are expected to be unique), cut
// at `breaks` (each starts a segment at the first value dated on or after it; a break on or
// before the first value has no effect). Linear in the number of values after the sort.
XmrChart computeXmr(std::span<const XmrSample> samples, std::span<const core::Date> breaks,
                    const XmrConfig& config);

// The configuration of a measure on a map with these settings.
XmrConfig xmrConfig(const core::Node& measure, const core::Settings& settings);

// The chart of a measure (empty for a node without values).
XmrChart computeXmr(const core::Node& measure, const core::Settings& settings);

} // namespace sightline::analysis
