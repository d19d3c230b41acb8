#pragma once

#include "sightline/analysis/finding.h"
#include "sightline/core/id.h"

#include <unordered_map>

namespace sightline::render {

// The small marker a node carries on the canvas when open findings name it: the most serious
// severity among them and how many there are.
struct FindingMark {
    analysis::Severity severity = analysis::Severity::Info;
    int count = 0;

    friend bool operator==(const FindingMark&, const FindingMark&) = default;
};

using FindingMarks = std::unordered_map<core::NodeId, FindingMark>;

// Marks for every node named by an open (not waived) finding.
FindingMarks findingMarks(const std::vector<analysis::Finding>& findings);

} // namespace sightline::render
