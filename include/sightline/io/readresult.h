#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/core/validation.h"

#include <optional>
#include <vector>

namespace sightline::io {

// What a map reader found: the map when the file is valid, else the errors. A reader never
// returns part of a map: `map` is set exactly when `errors` is empty.
struct ReadResult {
    std::optional<core::MapData> map;
    std::vector<core::Issue> errors;   // at most core::kMaxReportedIssues
    std::vector<core::Issue> warnings; // content that was ignored, unknown rules, ...
    bool errorsTruncated = false;      // more errors existed than `errors` holds
    bool ok() const { return map.has_value(); }
};

} // namespace sightline::io
