#pragma once

#include "maploader.h"
#include "sightline/storage/repository.h"

#include <memory>
#include <ostream>
#include <string>

namespace sightline::cli {

// Connects to the repository at `url` (repository.md); on failure prints why, prefixed with
// the command's name, and returns nullptr. `needMap`: the address must name a map (?map=).
std::unique_ptr<storage::Repository> connectRepository(const std::string& url, bool needMap,
                                                       std::string_view command, std::ostream& err);

// Reads a repository map as loadMap() reads a file (`LoadedMap::original` keeps it as read).
LoadedMap loadRepositoryMap(const std::string& url);

// Writes the rows in which `after` differs from `before` (a map read from `url`) in one
// revision; others' changes to other rows are kept. False with `error` when refused.
bool saveRepositoryChanges(const std::string& url, const core::MapData& before, const core::MapData& after,
                           std::string& error);

// Stores `map` as a new repository map; an existing one only with `replace`.
bool uploadMap(const core::MapData& map, const std::string& url, bool replace, std::string& error);

} // namespace sightline::cli
