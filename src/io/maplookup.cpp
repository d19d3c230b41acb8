#include "maplookup.h"

#include <unordered_set>
#include <vector>

namespace sightline::io {

MapLookup::MapLookup(const core::MapData& map) {
    for (const auto& t : map.teams)
        teams_.emplace(t.id, &t);
    for (const auto& p : map.people)
        people_.emplace(p.id, &p.name);
    for (const auto& p : map.perspectives)
        perspectives_.emplace(p.id, &p.name);
    computeLevels(map);
}

void MapLookup::computeLevels(const core::MapData& map) {
    // Walk up from each team until a team whose level is known or a root, then number the
    // chain on the way down: every team is visited a bounded number of times (linear).
    for (const auto& team : map.teams) {
        if (levels_.contains(team.id))
            continue;
        std::vector<const core::Team*> chain;
        std::unordered_set<core::TeamId> onChain;
        int base = -1;
        bool cycle = false;
        for (const core::Team* t = &team; t;) {
            if (const auto known = levels_.find(t->id); known != levels_.end()) {
                base = known->second;
                cycle = base < 0;
                break;
            }
            if (!onChain.insert(t->id).second) {
                cycle = true;
                break;
            }
            chain.push_back(t);
            const auto parent = t->parent ? teams_.find(*t->parent) : teams_.end();
            t = parent == teams_.end() ? nullptr : parent->second;
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            levels_[(*it)->id] = cycle ? -1 : ++base;
    }
}

const std::string* MapLookup::teamName(const core::TeamId& id) const {
    const auto it = teams_.find(id);
    return it == teams_.end() ? nullptr : &it->second->name;
}

const std::string* MapLookup::personName(const core::PersonId& id) const {
    const auto it = people_.find(id);
    return it == people_.end() ? nullptr : it->second;
}

const std::string* MapLookup::perspectiveName(const core::PerspectiveId& id) const {
    const auto it = perspectives_.find(id);
    return it == perspectives_.end() ? nullptr : it->second;
}

std::optional<int> MapLookup::teamLevel(const core::TeamId& id) const {
    const auto it = levels_.find(id);
    if (it == levels_.end() || it->second < 0)
        return std::nullopt;
    return it->second;
}

} // namespace sightline::io
