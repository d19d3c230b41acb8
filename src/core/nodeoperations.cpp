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
    std::vector<Link> keptLinks;
    keptLinks.reserve(data_.links.size());
    for (std::size_t i = 0; i < data_.links.size(); ++i) {
        if (dropLink[i]) {
            events.emplace_back(
                change::LinkRemoved{data_.links[i].id, data_.links[i].from, data_.links[i].to});
            out.links.emplace_back(i, std::move(data_.links[i]));
        } else {
            keptLinks.push_back(std::move(data_.links[i]));
        }
    }

    // Waivers that name a removed node.
    std::vector<Waiver> keptWaivers;
    for (std::size_t i = 0; i < data_.waivers.size(); ++i) {
        const auto& w = data_.waivers[i];
        const bool names =
            std::any_of(w.nodes.begin(), w.nodes.end(), [&](const NodeId& n) { return gone.count(n); });
        if (names)
            out.waivers.emplace_back(i, std::move(data_.waivers[i]));
        else
            keptWaivers.push_back(std::move(data_.waivers[i]));
    }
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
    std::vector<Node> keptNodes;
    keptNodes.reserve(data_.nodes.size());
    for (std::size_t i = 0; i < data_.nodes.size(); ++i) {
        if (gone.count(data_.nodes[i].id)) {
            events.emplace_back(change::NodeRemoved{data_.nodes[i].id});
            out.nodes.emplace_back(i, std::move(data_.nodes[i]));
        } else {
            keptNodes.push_back(std::move(data_.nodes[i]));
        }
    }

    data_.links = std::move(keptLinks);
    data_.waivers = std::move(keptWaivers);
    data_.nodes = std::move(keptNodes);

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
