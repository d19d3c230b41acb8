#pragma once

#include "maploader.h"
#include "sightline/core/mapdata.h"

#include <filesystem>
#include <optional>
#include <string>

namespace sightline::cli {

// The formats sightline-cli writes maps in, picked by the output's extension.
enum class OutputFormat { Json, Rmap, GraphMl, Dot };

// The format for this path's extension (case-insensitive), or nullopt.
std::optional<OutputFormat> outputFormatFor(const std::filesystem::path& path);

// Writes the map to `path` in the format of its extension, atomically (the file appears whole
// or not at all). False with a message in `error` when the format is unknown or not
// available, or the file cannot be written.
bool saveMap(const core::MapData& map, const std::filesystem::path& path, std::string& error);

// The same in a given format. Holds the map's lock (storage/maplock.h) while writing: a map
// open in the editor is not replaced; nor is a read-only file (io::isProtectedFile). A file
// that is replaced keeps its permissions.
bool saveMapAs(const core::MapData& map, const std::filesystem::path& path, OutputFormat format,
               std::string& error);

// Writes `map` back where `loaded` came from, in its format: a file whole, a repository map as
// one revision of the rows that changed since it was read.
bool saveInPlace(const LoadedMap& loaded, const core::MapData& map, const std::string& where,
                 std::string& error);

} // namespace sightline::cli
