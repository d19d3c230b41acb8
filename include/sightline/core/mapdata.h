#pragma once

#include "sightline/core/id.h"
#include "sightline/core/link.h"
#include "sightline/core/node.h"
#include "sightline/core/person.h"
#include "sightline/core/perspective.h"
#include "sightline/core/point.h"
#include "sightline/core/settings.h"
#include "sightline/core/team.h"
#include "sightline/core/types.h"
#include "sightline/core/waiver.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace sightline::core {

// The map's own fields.
struct MapProperties {
    std::string title;
    std::string description; // empty when unset
    Vocabulary vocabulary = Vocabulary::Pump;

    friend bool operator==(const MapProperties&, const MapProperties&) = default;
};

using ViewPositions = std::unordered_map<NodeId, Point>;

// The whole document as plain values, in file order. Readers fill it, validate() checks it,
// and Map takes it over once it is valid.
struct MapData {
    MapProperties properties;
    std::vector<Perspective> perspectives = defaultPerspectives();
    std::vector<Team> teams;
    std::vector<Person> people;
    std::vector<Node> nodes;
    std::vector<Link> links;
    std::array<ViewPositions, kViewCount> positions;
    Settings settings;
    std::vector<Waiver> waivers;

    ViewPositions& positionsOf(ViewKind v) { return positions[static_cast<std::size_t>(v)]; }
    const ViewPositions& positionsOf(ViewKind v) const { return positions[static_cast<std::size_t>(v)]; }

    // The four Balanced Scorecard perspectives: financial, customer, process, learning.
    static std::vector<Perspective> defaultPerspectives();

    friend bool operator==(const MapData&, const MapData&) = default;
};

} // namespace sightline::core
