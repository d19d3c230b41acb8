#pragma once

#include "sightline/core/changeevent.h"
#include "sightline/core/map.h"

#include <string>
#include <unordered_set>

namespace sightline::core {

// What one or more ChangeSets touched, entity by entity: each node, link, team, person and
// perspective by id, each node's place in each view, and the map's properties, settings and
// waivers as wholes. Two footprints overlap when they touched one thing in common.
//
// The editor keeps one per undo step: an undo step puts back whole entities as they were, so
// a step whose footprint overlaps another person's change (the team repository) can no longer
// be undone without undoing that person's work too, and is dropped.
class ChangeFootprint {
public:
    ChangeFootprint() = default;
    explicit ChangeFootprint(const ChangeSet& changes) { add(changes); }

    void add(const ChangeSet& changes);
    // Also the two ends of every link added, changed or removed (`map` holds the changes
    // already): for another person's change, whose new link to a node makes removing that node
    // remove their link too.
    void addWithLinkEnds(const ChangeSet& changes, const Map& map);
    void add(const ChangeFootprint& other);
    bool overlaps(const ChangeFootprint& other) const;
    bool empty() const { return keys_.empty(); }
    std::size_t size() const { return keys_.size(); }

private:
    friend class FootprintRecorder;
    std::unordered_set<std::string> keys_; // "n:<id>", "l:<id>", "pos:<view>:<id>", "settings", ...
};

} // namespace sightline::core
