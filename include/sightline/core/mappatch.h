#pragma once

#include "sightline/core/changeevent.h"
#include "sightline/core/map.h"

#include <optional>
#include <vector>

namespace sightline::core {

// Committed change sets together with the values they produced, so that another copy of the
// map (the analysis worker's, or a remote client's) can be brought up to date without copying
// the whole map. Recording costs O(what changed).
class MapPatch {
public:
    // Records one ChangeSet; call it from the Map's listener, while the model holds its result.
    void record(const Map& map, const ChangeSet& changes);
    bool empty() const { return ops_.empty() && changes_.empty(); }
    // Every recorded event, in order (e.g. for LiveAnalysis::update).
    const ChangeSet& changes() const { return changes_; }

    // Brings `data` (a copy of the map as it was before the first recorded change) up to date.
    void applyTo(MapData& data) const;

private:
    class Recorder;
    struct Op {
        enum class Kind { EraseNode, PutNode, EraseLink, PutLink, SetPosition, ClearPosition } kind;
        std::size_t index = 0; // Put: where the item stands in the model
        NodeId node;
        LinkId link;
        std::optional<Node> nodeValue;
        std::optional<Link> linkValue;
        ViewKind view = ViewKind::Results;
        Point point;
    };
    std::vector<Op> ops_;
    ChangeSet changes_;
    // Small whole-document parts, copied whole when they change (the last copy wins).
    std::optional<MapProperties> properties_;
    std::optional<Settings> settings_;
    std::optional<std::vector<Waiver>> waivers_;
    std::optional<std::vector<Team>> teams_;
    std::optional<std::vector<Person>> people_;
    std::optional<std::vector<Perspective>> perspectives_;
};

} // namespace sightline::core
