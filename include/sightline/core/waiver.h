#pragma once

#include "sightline/core/date.h"
#include "sightline/core/id.h"

#include <optional>
#include <string>
#include <vector>

namespace sightline::core {

// A finding that people reviewed and decided to keep, with their reason.
struct Waiver {
    std::string rule;
    std::vector<NodeId> nodes;  // lead node first; empty for team rules
    std::optional<TeamId> team; // for team rules
    std::string reason;
    std::optional<PersonId> by;
    std::optional<Date> date;

    friend bool operator==(const Waiver&, const Waiver&) = default;
};

// Whether the rule is one whose findings are about a team (the waiver then names `team`).
bool isTeamRule(std::string_view rule);

// Whether the rule id is one of analysis-rules.md's.
bool isKnownRule(std::string_view rule);

} // namespace sightline::core
