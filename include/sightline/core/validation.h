#pragma once

#include "sightline/core/mapdata.h"

#include <string>
#include <vector>

namespace sightline::core {

// One problem found in a map, located by an RFC 6901 JSON Pointer into the map file
// (empty when the problem is about the whole document).
struct Issue {
    std::string pointer;
    std::string message;

    // "POINTER: message", or the message alone when there is no pointer.
    std::string toString() const;

    friend bool operator==(const Issue&, const Issue&) = default;
};

inline constexpr std::size_t kMaxReportedIssues = 100;

// Checks every rule of map-format-v1.md that can be checked on the model: lengths, id
// syntax and uniqueness, references, link kinds, duplicates, ranges, the team forest,
// measure value dates, positions and waivers. Reports at most `limit` issues, in file order.
std::vector<Issue> validate(const MapData& map, std::size_t limit = kMaxReportedIssues);

// Warnings that do not make a map invalid (e.g. a waiver for an unknown rule).
std::vector<Issue> warnings(const MapData& map);

} // namespace sightline::core
