#pragma once

#include "sightline/core/id.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sightline::analysis {

// How serious a finding is, most serious first.
enum class Severity : std::uint8_t { Error, Warning, Info };

// "error", "warning", "info".
std::string_view toString(Severity severity);
std::optional<Severity> severityFromString(std::string_view text);

// One thing the analysis points out (analysis-rules.md, "Findings").
struct Finding {
    std::string rule;
    Severity severity = Severity::Warning;
    std::vector<core::NodeId> nodes;  // lead node first where the rule names one, the rest sorted
    std::vector<core::TeamId> teams;  // sorted
    std::optional<core::TeamId> team; // the team a team rule is about
    std::string message;              // to be read aloud in a workshop
    bool waived = false;
    std::string waiverReason; // when waived

    friend bool operator==(const Finding&, const Finding&) = default;
};

// Open findings by severity, and the waived ones.
struct Counts {
    int error = 0;
    int warning = 0;
    int info = 0;
    int waived = 0;

    friend bool operator==(const Counts&, const Counts&) = default;
};

// The order of analysis-rules.md: severity, rule id, first node id (then the rest, for ties).
bool findingLess(const Finding& a, const Finding& b);

} // namespace sightline::analysis
