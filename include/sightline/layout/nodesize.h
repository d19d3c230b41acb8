#pragma once

#include "sightline/core/types.h"

namespace sightline::layout {

// The size of a node's box in scene points (72 per inch). The one place that defines how big
// nodes are: the layouts keep boxes apart with these sizes, and the render layer draws them
// with the same sizes so that what is laid out is what is shown.
struct Size {
    double width = 0.0;
    double height = 0.0;

    friend bool operator==(const Size&, const Size&) = default;
};

// An objective (result) is a 1.6 x 0.6 inch box.
inline constexpr Size kObjectiveSize{115.0, 43.0};
// A measure (KPI, key result) is a smaller card, drawn under the objective it measures: its
// title, a sparkline of its values and its latest value.
inline constexpr Size kMeasureSize{100.0, 44.0};
// An initiative is a card of the same height as a measure, attached to what it supports.
inline constexpr Size kInitiativeSize{100.0, 30.0};

// The gap between an objective and the cards attached under it (results and strategy maps).
inline constexpr double kAttachedGap = 4.0;

inline constexpr Size nodeSize(core::NodeKind kind) {
    switch (kind) {
    case core::NodeKind::Objective:
        return kObjectiveSize;
    case core::NodeKind::Measure:
        return kMeasureSize;
    case core::NodeKind::Initiative:
        return kInitiativeSize;
    }
    return kObjectiveSize;
}

} // namespace sightline::layout
