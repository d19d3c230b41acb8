#pragma once

#include "sightline/core/changeevent.h"
#include "sightline/core/map.h"

#include <optional>
#include <vector>

namespace sightline::editor {

// What committed edits changed, as values, so that a worker can bring its own copy of the map
// up to date without the UI thread copying the whole map (20,000 nodes take tens of ms).
// Recording a ChangeSet costs O(what it changed); positions are left out (no analysis reads them).
class MapDelta {
public:
    // Records one ChangeSet; call it from the Map's listener, while the model holds its result.
    void record(const core::Map& map, const core::ChangeSet& changes);
    bool empty() const { return ops_.empty() && changes_.empty(); }
    // Every recorded event, in order (LiveAnalysis::update decides from them what to re-run).
    const core::ChangeSet& changes() const { return changes_; }

    // Brings `data` (a copy of the map as it was before the first recorded change) up to date.
    void apply(core::MapData& data) const;

private:
    struct Op {
        enum class Kind { EraseNode, PutNode, EraseLink, PutLink } kind;
        std::size_t index = 0; // Put: where the item stands in the model
        core::NodeId node;
        core::LinkId link;
        std::optional<core::Node> nodeValue;
        std::optional<core::Link> linkValue;
    };
    std::vector<Op> ops_;
    core::ChangeSet changes_;
    // Small whole-document parts, copied whole when they change (the last copy wins).
    std::optional<core::MapProperties> properties_;
    std::optional<core::Settings> settings_;
    std::optional<std::vector<core::Waiver>> waivers_;
    std::optional<std::vector<core::Team>> teams_;
    std::optional<std::vector<core::Person>> people_;
    std::optional<std::vector<core::Perspective>> perspectives_;
};

} // namespace sightline::editor
