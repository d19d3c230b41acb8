#pragma once

// Names and team levels of a map by id, for the graph writers (GraphML, DOT).

#include "sightline/core/mapdata.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace sightline::io {

class MapLookup {
public:
    explicit MapLookup(const core::MapData& map);

    // The name, or nullptr when the id is unknown.
    const std::string* teamName(const core::TeamId& id) const;
    const std::string* personName(const core::PersonId& id) const;
    const std::string* perspectiveName(const core::PerspectiveId& id) const;

    // The team's depth (root teams are level 0); nullopt for an unknown team or one on a
    // parent cycle (which a valid map has not).
    std::optional<int> teamLevel(const core::TeamId& id) const;

private:
    void computeLevels(const core::MapData& map);

    std::unordered_map<core::TeamId, const core::Team*> teams_;
    std::unordered_map<core::PersonId, const std::string*> people_;
    std::unordered_map<core::PerspectiveId, const std::string*> perspectives_;
    std::unordered_map<core::TeamId, int> levels_; // -1: on a cycle
};

} // namespace sightline::io
