#pragma once

#include "sightline/analysis/xmr.h"

#include <span>

namespace sightline::analysis::detail {

// Flags the signals of the config's rule set on the points of one segment with limits, and sets
// each point's side (that of its first signal, in the order outside, trend, short-run /
// two-of-three, long-run / shift) and kind (measures.md, "A point's kind").
void markSignals(std::span<XmrPoint> points, const XmrSegment& segment, const XmrConfig& config);

} // namespace sightline::analysis::detail
