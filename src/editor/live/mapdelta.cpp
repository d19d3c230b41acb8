#include "mapdelta.h"

#include <algorithm>
#include <type_traits>
#include <unordered_set>

namespace sightline::editor {

void MapDelta::record(const core::Map& map, const core::ChangeSet& changes) {
    std::vector<core::NodeId> putNodes;
    std::vector<core::LinkId> putLinks;
    std::vector<Op> erasures;
    for (const core::ChangeEvent& event : changes.events) {
        std::visit(
            [&](const auto& e) {
                using E = std::decay_t<decltype(e)>;
                namespace c = core::change;
                if constexpr (std::is_same_v<E, c::PropertiesChanged>) {
                    properties_ = map.properties();
                } else if constexpr (std::is_same_v<E, c::SettingsChanged>) {
                    settings_ = map.settings();
                } else if constexpr (std::is_same_v<E, c::WaiversChanged>) {
                    waivers_ = map.waivers();
                } else if constexpr (std::is_same_v<E, c::NodeAdded> || std::is_same_v<E, c::NodeChanged>) {
                    putNodes.push_back(e.id);
                } else if constexpr (std::is_same_v<E, c::NodeRemoved>) {
                    erasures.push_back({Op::Kind::EraseNode, 0, e.id, {}, {}, {}});
                    // Removing nodes also removes the waivers that name them.
                    waivers_ = map.waivers();
                } else if constexpr (std::is_same_v<E, c::LinkAdded> || std::is_same_v<E, c::LinkChanged>) {
                    putLinks.push_back(e.id);
                } else if constexpr (std::is_same_v<E, c::LinkRemoved>) {
                    erasures.push_back({Op::Kind::EraseLink, 0, {}, e.id, {}, {}});
                } else if constexpr (std::is_same_v<E, c::TeamAdded> || std::is_same_v<E, c::TeamChanged> ||
                                     std::is_same_v<E, c::TeamRemoved>) {
                    teams_ = map.teams();
                } else if constexpr (std::is_same_v<E, c::PersonAdded> ||
                                     std::is_same_v<E, c::PersonChanged> ||
                                     std::is_same_v<E, c::PersonRemoved>) {
                    people_ = map.people();
                } else if constexpr (std::is_same_v<E, c::PerspectiveAdded> ||
                                     std::is_same_v<E, c::PerspectiveChanged> ||
                                     std::is_same_v<E, c::PerspectiveRemoved>) {
                    perspectives_ = map.perspectives();
                }
                // PositionsChanged: no analysis reads positions.
            },
            event);
        if (!std::holds_alternative<core::change::PositionsChanged>(event))
            changes_.events.push_back(event);
    }
    // The model holds the batch's end state: erase first, then put what exists now in
    // ascending order of its index, which rebuilds the model's order exactly.
    ops_.insert(ops_.end(), erasures.begin(), erasures.end());
    std::vector<Op> puts;
    std::unordered_set<core::NodeId> seenNodes;
    for (const core::NodeId& id : putNodes)
        if (const core::Node* n = map.node(id); n && seenNodes.insert(id).second)
            puts.push_back({Op::Kind::PutNode, *map.nodeIndex(id), id, {}, *n, {}});
    std::unordered_set<core::LinkId> seenLinks;
    std::vector<Op> linkPuts;
    for (const core::LinkId& id : putLinks)
        if (const core::Link* l = map.link(id); l && seenLinks.insert(id).second)
            linkPuts.push_back({Op::Kind::PutLink, *map.linkIndex(id), {}, id, {}, *l});
    auto byIndex = [](const Op& a, const Op& b) { return a.index < b.index; };
    std::sort(puts.begin(), puts.end(), byIndex);
    std::sort(linkPuts.begin(), linkPuts.end(), byIndex);
    ops_.insert(ops_.end(), std::make_move_iterator(puts.begin()), std::make_move_iterator(puts.end()));
    ops_.insert(ops_.end(), std::make_move_iterator(linkPuts.begin()),
                std::make_move_iterator(linkPuts.end()));
}

namespace {

template <class T, class Id>
void put(std::vector<T>& items, const Id& id, std::size_t index, const T& value) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    if (it != items.end()) {
        if (static_cast<std::size_t>(it - items.begin()) == index) {
            *it = value;
            return;
        }
        items.erase(it);
    }
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(index, items.size())), value);
}

template <class T, class Id> void erase(std::vector<T>& items, const Id& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    if (it != items.end())
        items.erase(it);
}

} // namespace

void MapDelta::apply(core::MapData& data) const {
    for (const Op& op : ops_) {
        switch (op.kind) {
        case Op::Kind::EraseNode:
            erase(data.nodes, op.node);
            break;
        case Op::Kind::PutNode:
            put(data.nodes, op.node, op.index, *op.nodeValue);
            break;
        case Op::Kind::EraseLink:
            erase(data.links, op.link);
            break;
        case Op::Kind::PutLink:
            put(data.links, op.link, op.index, *op.linkValue);
            break;
        }
    }
    if (properties_)
        data.properties = *properties_;
    if (settings_)
        data.settings = *settings_;
    if (waivers_)
        data.waivers = *waivers_;
    if (teams_)
        data.teams = *teams_;
    if (people_)
        data.people = *people_;
    if (perspectives_)
        data.perspectives = *perspectives_;
}

} // namespace sightline::editor
