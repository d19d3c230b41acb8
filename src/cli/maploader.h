#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/core/validation.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace sightline::cli {

// The kinds of map file sightline-cli reads, recognised from the content, not the name.
enum class MapFormat { Json, Rmap, Repository };

// What loading a map found. `map` is set exactly when there are no errors.
struct LoadedMap {
    std::optional<core::MapData> map;
    std::vector<core::Issue> errors;
    std::vector<core::Issue> warnings;
    bool errorsTruncated = false;
    std::optional<MapFormat> format;       // unset when the file could not be read
    std::optional<core::MapData> original; // a repository map as read (to write back only changes)
    bool ok() const { return map.has_value(); }
};

// The format of a file from its first bytes: "SQLite format 3\0" is an .rmap document,
// anything else is read as JSON (whose reader explains what is wrong with it).
MapFormat detectMapFormat(std::string_view head);

// Reads a map file of either format, or a repository map (a postgresql:// address).
LoadedMap loadMap(const std::filesystem::path& path);

// Prints errors as "POINTER: message" (or the message alone when it is about the whole
// file) and warnings as "warning: POINTER: message", one a line.
void printIssues(const LoadedMap& loaded, std::ostream& err);

// Loads the map, prints its errors and warnings on `err`; the map, or nullopt when it cannot
// be used (the command then exits with kExitBadInput).
std::optional<core::MapData> loadMapOrReport(const std::filesystem::path& path, std::ostream& err);

} // namespace sightline::cli
