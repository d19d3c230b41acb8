#include "removeitemscommand.h"

#include <algorithm>
#include <unordered_set>

namespace sightline::editor {

core::Status RemoveItemsCommand::doRedo() {
    links_.clear();
    removal_ = {};
    std::unordered_set<core::NodeId> gone(nodes_.begin(), nodes_.end());
    // Links that go with a removed node are part of the node removal.
    for (const core::LinkId& id : linkIds_) {
        const core::Link* l = map().link(id);
        if (!l || gone.count(l->from) || gone.count(l->to))
            continue;
        links_.emplace_back(*map().linkIndex(id), *l);
    }
    std::sort(links_.begin(), links_.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < links_.size(); ++i) {
        if (core::Status s = map().removeLink(links_[i].second.id); !s) {
            for (std::size_t j = i; j-- > 0;)
                must(map().addLink(links_[j].second, links_[j].first));
            return s;
        }
    }
    if (!nodes_.empty()) {
        if (core::Status s = map().removeNodes(nodes_, &removal_); !s) {
            for (auto it = links_.rbegin(); it != links_.rend(); ++it)
                must(map().addLink(it->second, it->first));
            return s;
        }
    }
    return {};
}

void RemoveItemsCommand::doUndo() {
    if (!removal_.empty())
        must(map().restore(removal_));
    for (auto it = links_.rbegin(); it != links_.rend(); ++it)
        must(map().addLink(it->second, it->first));
}

core::Status RemoveTeamCommand::doRedo() {
    auto index = map().teamIndex(id_);
    if (!index)
        return core::Status::error("the team is no longer in the map");
    index_ = *index;
    team_ = *map().team(id_);
    return map().removeTeam(id_);
}

void RemoveTeamCommand::doUndo() {
    must(map().addTeam(team_, index_));
}

core::Status RemovePersonCommand::doRedo() {
    auto index = map().personIndex(id_);
    if (!index)
        return core::Status::error("the person is no longer in the map");
    index_ = *index;
    person_ = *map().person(id_);
    return map().removePerson(id_);
}

void RemovePersonCommand::doUndo() {
    must(map().addPerson(person_, index_));
}

} // namespace sightline::editor
