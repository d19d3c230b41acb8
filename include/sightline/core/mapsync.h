#pragma once

#include "sightline/core/map.h"
#include "sightline/core/mapdata.h"
#include "sightline/core/status.h"

namespace sightline::core {

// Brings `map` to `target` through the Map's own operations, in one batch, so that listeners
// (the scene, live analysis, storage) get one ChangeSet with what actually differs, as for any
// edit: a node whose title changed is a NodeChanged, not a new map. Used for changes that come
// from elsewhere (another person's revision of a shared map). Entities are matched by id;
// new ones take their place in target's order. Refused (with the first operation's reason)
// when a step is refused; the map may then hold part of the way and the caller should reload.
Status syncMap(Map& map, const MapData& target);

} // namespace sightline::core
