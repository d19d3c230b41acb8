// Putting removed nodes back: Map::restore() from a NodeRemoval record.
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sightline::core {

namespace {

// Merges (index, item) pairs, ascending by final index, back into a vector in O(n + k).
template <class T>
void mergeAt(std::vector<T>& items, const std::vector<std::pair<std::size_t, T>>& inserted) {
    std::vector<T> merged;
    merged.reserve(items.size() + inserted.size());
    std::size_t next = 0;
    for (const auto& [index, item] : inserted) {
        while (merged.size() < index && next < items.size())
            merged.push_back(std::move(items[next++]));
        merged.push_back(item);
    }
    while (next < items.size())
        merged.push_back(std::move(items[next++]));
    items = std::move(merged);
}

template <class T> bool ascending(const std::vector<std::pair<std::size_t, T>>& items) {
    for (std::size_t i = 1; i < items.size(); ++i)
        if (items[i - 1].first >= items[i].first)
            return false;
    return true;
}

// Whether putting a removal record back would give a valid map: the map may have changed since
// the removal (a team, an owner or a link's other end may be gone, an id taken again).
Status checkRestore(const Map& map, const NodeRemoval& r) {
    if (!ascending(r.nodes) || !ascending(r.links) || !ascending(r.waivers))
        return Status::error("the removed items are not in their original order");
    std::unordered_map<NodeId, NodeKind> restored;
    for (const auto& [index, n] : r.nodes) {
        if (map.node(n.id) || !restored.emplace(n.id, n.kind).second)
            return Status::error("a node with id " + text::quoted(n.id.str()) + " already exists");
        if (n.team && !map.team(*n.team))
            return Status::error("unknown team " + text::quoted(n.team->str()));
        if (n.owner && !map.person(*n.owner))
            return Status::error("unknown person " + text::quoted(n.owner->str()));
        if (n.perspective && !map.perspective(*n.perspective))
            return Status::error("unknown perspective " + text::quoted(n.perspective->str()));
    }
    auto kindOf = [&](const NodeId& id) -> std::optional<NodeKind> {
        if (const auto it = restored.find(id); it != restored.end())
            return it->second;
        if (const Node* n = map.node(id))
            return n->kind;
        return std::nullopt;
    };
    std::unordered_set<LinkId> linkIds;
    std::unordered_set<std::string> ends;
    for (const auto& [index, l] : r.links) {
        if (map.link(l.id) || !linkIds.insert(l.id).second)
            return Status::error("a link with id " + text::quoted(l.id.str()) + " already exists");
        const auto from = kindOf(l.from);
        const auto to = kindOf(l.to);
        if (!from || !to)
            return Status::error("unknown node " + text::quoted((from ? l.to : l.from).str()));
        if (l.from == l.to || !linkAllowed(l.kind, *from, *to))
            return Status::error("a " + std::string(toString(l.kind)) + " link cannot go from " +
                                 std::string(toString(*from)) + " to " + std::string(toString(*to)));
        std::string key = std::string(toString(l.kind)) + '\n' + l.from.str() + '\n' + l.to.str();
        if (map.findLink(l.kind, l.from, l.to) || !ends.insert(std::move(key)).second)
            return Status::error("there is already a " + std::string(toString(l.kind)) + " link from " +
                                 text::quoted(l.from.str()) + " to " + text::quoted(l.to.str()));
    }
    for (const auto& [index, w] : r.waivers) {
        for (const NodeId& id : w.nodes)
            if (!kindOf(id))
                return Status::error("unknown node " + text::quoted(id.str()));
        if (w.team && !map.team(*w.team))
            return Status::error("unknown team " + text::quoted(w.team->str()));
        if (w.by && !map.person(*w.by))
            return Status::error("unknown person " + text::quoted(w.by->str()));
    }
    for (const auto& p : r.positions)
        if (!kindOf(p.node))
            return Status::error("unknown node " + text::quoted(p.node.str()));
    return {};
}

} // namespace

Status Map::restore(const NodeRemoval& r) {
    if (Status s = checkRestore(*this, r); !s)
        return s;
    if (r.nodes.empty())
        return {};

    std::vector<ChangeEvent> events;
    mergeAt(data_.nodes, r.nodes);
    reindexNodes(r.nodes.front().first);
    for (const auto& [index, n] : r.nodes)
        events.emplace_back(change::NodeAdded{n.id});
    if (!r.links.empty()) {
        mergeAt(data_.links, r.links);
        reindexLinks(r.links.front().first);
        for (const auto& [index, l] : r.links) {
            addAdjacency(l);
            events.emplace_back(change::LinkAdded{l.id});
        }
    }
    if (!r.waivers.empty()) {
        mergeAt(data_.waivers, r.waivers);
        events.emplace_back(change::WaiversChanged{});
    }
    std::array<std::vector<NodeId>, kViewCount> moved;
    for (const auto& p : r.positions) {
        data_.positionsOf(p.view)[p.node] = p.point;
        moved[static_cast<std::size_t>(p.view)].push_back(p.node);
    }
    for (ViewKind view : kAllViews)
        if (!moved[static_cast<std::size_t>(view)].empty())
            events.emplace_back(
                change::PositionsChanged{view, std::move(moved[static_cast<std::size_t>(view)])});
    publish(std::move(events));
    return {};
}

} // namespace sightline::core
