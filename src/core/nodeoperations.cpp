// The model operations on nodes: add, update, remove (with their links, positions and waivers).
#include "indexing.h"
#include "sightline/core/changedfields.h"
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sightline::core {

namespace {

using detail::compactInPlace;
using detail::insertAt;

void normalise(Node& n) {
    n.title = text::trim(n.title);
    n.description = text::trim(n.description);
    n.unit = text::trim(n.unit);
    for (MeasureValue& v : n.values)
        v.note = text::trim(v.note);
    for (ForecastValue& f : n.forecast)
        f.note = text::trim(f.note);
}

} // namespace

Status Map::addNode(Node n, std::optional<std::size_t> index) {
    normalise(n);
    if (Status s = checkNode(n, nullptr); !s)
        return s;
    const NodeId id = n.id;
    const std::size_t at = insertAt(data_.nodes, index, std::move(n));
    reindexNodes(at);
    publish(change::NodeAdded{id});
    return {};
}

Status Map::updateNode(Node n) {
    normalise(n);
    const auto index = nodeIndex(n.id);
    if (!index)
        return Status::error("unknown node " + text::quoted(n.id.str()));
    Node& current = data_.nodes[*index];
    if (Status s = checkNode(n, &current); !s)
        return s;
    if (n == current)
        return {};
    const NodeFields fields = changedFields(current, n);
    current = std::move(n);
    publish(change::NodeChanged{current.id, fields});
    return {};
}

Status Map::removeNodes(const std::vector<NodeId>& which, NodeRemoval* removed) {
    const std::vector<NodeId> ids = which; // `which` may be a waiver's nodes, which are moved below
    std::unordered_set<NodeId> gone;
    for (const NodeId& id : ids) {
        if (!node(id))
            return Status::error("unknown node " + text::quoted(id.str()));
        gone.insert(id);
    }
    if (gone.empty())
        return {};

    NodeRemoval out;
    std::vector<ChangeEvent> events;

    // Links that touch a removed node.
    std::vector<bool> dropLink(data_.links.size(), false);
    for (const NodeId& id : gone) {
        for (const LinkId& l : outLinks(id))
            dropLink[*linkIndex(l)] = true;
        for (const LinkId& l : inLinks(id))
            dropLink[*linkIndex(l)] = true;
    }
    // Lists are compacted in place: only the entries after the first removed one move, and no
    // second list of the whole map is allocated (removing the measure just added to a
    // 20,000-node map is the undo of a workshop's most common edit).
    compactInPlace(
        data_.links, [&](std::size_t i) { return dropLink[i]; },
        [&](std::size_t i, Link& l) {
            events.emplace_back(change::LinkRemoved{l.id, l.from, l.to});
            out.links.emplace_back(i, std::move(l));
        });

    // Waivers that name a removed node.
    compactInPlace(
        data_.waivers,
        [&](std::size_t i) {
            const auto& nodes = data_.waivers[i].nodes;
            return std::any_of(nodes.begin(), nodes.end(), [&](const NodeId& n) { return gone.count(n); });
        },
        [&](std::size_t i, Waiver& w) { out.waivers.emplace_back(i, std::move(w)); });
    const bool waiversChanged = !out.waivers.empty();

    // Positions in every view.
    std::vector<ChangeEvent> positionEvents;
    for (ViewKind view : kAllViews) {
        auto& positions = data_.positionsOf(view);
        change::PositionsChanged cleared{view, {}};
        for (const NodeId& id : ids) {
            const auto it = positions.find(id);
            if (it != positions.end()) {
                out.positions.push_back({view, id, it->second});
                cleared.nodes.push_back(id);
                positions.erase(it);
            }
        }
        if (!cleared.nodes.empty())
            positionEvents.emplace_back(std::move(cleared));
    }

    // The nodes themselves.
    compactInPlace(
        data_.nodes, [&](std::size_t i) { return gone.count(data_.nodes[i].id) != 0; },
        [&](std::size_t i, Node& n) {
            events.emplace_back(change::NodeRemoved{n.id});
            out.nodes.emplace_back(i, std::move(n));
        });

    // Adjacency: the removed nodes' lists go whole; the remaining ends of removed links are
    // filtered once each, so that removing a node with many links stays linear.
    std::unordered_set<LinkId> droppedLinks;
    droppedLinks.reserve(out.links.size());
    for (const auto& [index, link] : out.links) {
        droppedLinks.insert(link.id);
        linkIndex_.erase(link.id);
    }
    for (const auto& [index, node] : out.nodes) {
        nodeIndex_.erase(node.id);
        outLinks_.erase(node.id);
        inLinks_.erase(node.id);
    }
    auto filter = [&](std::unordered_map<NodeId, std::vector<LinkId>>& adjacency, const NodeId& node) {
        const auto it = adjacency.find(node);
        if (it == adjacency.end())
            return; // already filtered, or a removed node
        std::erase_if(it->second, [&](const LinkId& id) { return droppedLinks.count(id) != 0; });
        if (it->second.empty())
            adjacency.erase(it);
    };
    std::unordered_set<NodeId> filteredFrom, filteredTo;
    for (const auto& [index, link] : out.links) {
        if (!gone.count(link.from) && filteredFrom.insert(link.from).second)
            filter(outLinks_, link.from);
        if (!gone.count(link.to) && filteredTo.insert(link.to).second)
            filter(inLinks_, link.to);
    }
    reindexNodes(out.nodes.front().first);
    if (!out.links.empty())
        reindexLinks(out.links.front().first);
    if (waiversChanged)
        events.emplace_back(change::WaiversChanged{});
    for (auto& e : positionEvents)
        events.push_back(std::move(e));

    if (removed)
        *removed = std::move(out);
    publish(std::move(events));
    return {};
}

} // namespace sightline::core
