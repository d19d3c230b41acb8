// The model operations: each checks, applies and reports one change.
#include "indexing.h"
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace sightline::core {

namespace {

using detail::indexVector;

void normalise(Node& n) {
    n.title = text::trim(n.title);
    n.description = text::trim(n.description);
    n.unit = text::trim(n.unit);
    for (MeasureValue& v : n.values)
        v.note = text::trim(v.note);
}

template <class T> std::size_t insertionPoint(const std::vector<T>& items, std::optional<std::size_t> index) {
    return index ? std::min(*index, items.size()) : items.size();
}

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

Status Map::setProperties(MapProperties p) {
    p.title = text::trim(p.title);
    p.description = text::trim(p.description);
    const std::size_t len = text::codePoints(p.title);
    if (len == 0 || len > 200)
        return Status::error("a map title needs 1 to 200 characters");
    if (p == data_.properties)
        return {};
    data_.properties = std::move(p);
    publish(change::PropertiesChanged{});
    return {};
}

Status Map::setSettings(Settings s) {
    if (s.maxMeasuresPerObjective < 0 || s.maxObjectivesPerTeam < 0)
        return Status::error("thresholds cannot be negative");
    if (!(s.miniMeScorecardShare >= 0.0 && s.miniMeScorecardShare <= 1.0))
        return Status::error("the mini-me scorecard share must be between 0 and 1");
    if (s == data_.settings)
        return {};
    data_.settings = s;
    publish(change::SettingsChanged{});
    return {};
}

// --- nodes ---------------------------------------------------------------------------------

Status Map::addNode(Node n, std::optional<std::size_t> index) {
    normalise(n);
    if (Status s = checkNode(n, nullptr); !s)
        return s;
    const std::size_t at = insertionPoint(data_.nodes, index);
    const NodeId id = n.id;
    data_.nodes.insert(data_.nodes.begin() + static_cast<std::ptrdiff_t>(at), std::move(n));
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
    current = std::move(n);
    publish(change::NodeChanged{current.id});
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

// --- links ---------------------------------------------------------------------------------

Status Map::addLink(Link l, std::optional<std::size_t> index) {
    l.note = text::trim(l.note);
    if (Status s = checkLink(l, nullptr); !s)
        return s;
    const std::size_t at = insertionPoint(data_.links, index);
    data_.links.insert(data_.links.begin() + static_cast<std::ptrdiff_t>(at), l);
    reindexLinks(at);
    addAdjacency(l);
    publish(change::LinkAdded{l.id});
    return {};
}

Status Map::updateLink(Link l) {
    l.note = text::trim(l.note);
    const auto index = linkIndex(l.id);
    if (!index)
        return Status::error("unknown link " + text::quoted(l.id.str()));
    Link& current = data_.links[*index];
    if (Status s = checkLink(l, &current); !s)
        return s;
    if (l == current)
        return {};
    removeAdjacency(current);
    current = std::move(l);
    addAdjacency(current);
    publish(change::LinkChanged{current.id});
    return {};
}

Status Map::removeLink(const LinkId& which) {
    const LinkId id = which; // `which` may refer into the vector that is changed below
    const auto index = linkIndex(id);
    if (!index)
        return Status::error("unknown link " + text::quoted(id.str()));
    Link removed = std::move(data_.links[*index]);
    data_.links.erase(data_.links.begin() + static_cast<std::ptrdiff_t>(*index));
    linkIndex_.erase(id);
    reindexLinks(*index);
    removeAdjacency(removed);
    publish(change::LinkRemoved{removed.id, removed.from, removed.to});
    return {};
}

// --- teams, people, perspectives -------------------------------------------------------------

Status Map::addTeam(Team t, std::optional<std::size_t> index) {
    t.name = text::trim(t.name);
    if (Status s = checkTeam(t, true); !s)
        return s;
    const std::size_t at = insertionPoint(data_.teams, index);
    const TeamId id = t.id;
    data_.teams.insert(data_.teams.begin() + static_cast<std::ptrdiff_t>(at), std::move(t));
    indexVector(teamIndex_, data_.teams, at);
    publish(change::TeamAdded{id});
    return {};
}

Status Map::updateTeam(Team t) {
    t.name = text::trim(t.name);
    const auto index = teamIndex(t.id);
    if (!index)
        return Status::error("unknown team " + text::quoted(t.id.str()));
    if (Status s = checkTeam(t, false); !s)
        return s;
    if (t == data_.teams[*index])
        return {};
    data_.teams[*index] = std::move(t);
    publish(change::TeamChanged{data_.teams[*index].id});
    return {};
}

Status Map::removeTeam(const TeamId& which) {
    const TeamId id = which; // `which` may refer into the vector that is changed below
    const auto index = teamIndex(id);
    if (!index)
        return Status::error("unknown team " + text::quoted(id.str()));
    const std::string name = text::quoted(data_.teams[*index].name);
    for (const Team& t : data_.teams)
        if (t.parent == id)
            return Status::error("team " + name + " still has sub-teams");
    for (const Node& n : data_.nodes)
        if (n.team == id)
            return Status::error("team " + name + " still has results, measures or initiatives");
    for (const Person& p : data_.people)
        if (p.team == id)
            return Status::error("team " + name + " still has people");
    for (const Waiver& w : data_.waivers)
        if (w.team == id)
            return Status::error("team " + name + " is named by a waiver");
    data_.teams.erase(data_.teams.begin() + static_cast<std::ptrdiff_t>(*index));
    teamIndex_.erase(id);
    indexVector(teamIndex_, data_.teams, *index);
    publish(change::TeamRemoved{id});
    return {};
}

Status Map::addPerson(Person p, std::optional<std::size_t> index) {
    p.name = text::trim(p.name);
    p.email = text::trim(p.email);
    p.role = text::trim(p.role);
    if (Status s = checkPerson(p); !s)
        return s;
    if (person(p.id))
        return Status::error("a person with id " + text::quoted(p.id.str()) + " already exists");
    const std::size_t at = insertionPoint(data_.people, index);
    const PersonId id = p.id;
    data_.people.insert(data_.people.begin() + static_cast<std::ptrdiff_t>(at), std::move(p));
    indexVector(personIndex_, data_.people, at);
    publish(change::PersonAdded{id});
    return {};
}

Status Map::updatePerson(Person p) {
    p.name = text::trim(p.name);
    p.email = text::trim(p.email);
    p.role = text::trim(p.role);
    const auto index = personIndex(p.id);
    if (!index)
        return Status::error("unknown person " + text::quoted(p.id.str()));
    if (Status s = checkPerson(p); !s)
        return s;
    if (p == data_.people[*index])
        return {};
    data_.people[*index] = std::move(p);
    publish(change::PersonChanged{data_.people[*index].id});
    return {};
}

Status Map::removePerson(const PersonId& which) {
    const PersonId id = which; // `which` may refer into the vector that is changed below
    const auto index = personIndex(id);
    if (!index)
        return Status::error("unknown person " + text::quoted(id.str()));
    const std::string name = text::quoted(data_.people[*index].name);
    for (const Node& n : data_.nodes)
        if (n.owner == id)
            return Status::error(name + " still owns results, measures or initiatives");
    for (const Waiver& w : data_.waivers)
        if (w.by == id)
            return Status::error(name + " is named by a waiver");
    data_.people.erase(data_.people.begin() + static_cast<std::ptrdiff_t>(*index));
    personIndex_.erase(id);
    indexVector(personIndex_, data_.people, *index);
    publish(change::PersonRemoved{id});
    return {};
}

Status Map::addPerspective(Perspective p, std::optional<std::size_t> index) {
    p.name = text::trim(p.name);
    if (!text::isValidId(p.id.str()))
        return Status::error("perspective id " + text::quoted(p.id.str()) + " is not a valid id");
    if (perspective(p.id))
        return Status::error("a perspective with id " + text::quoted(p.id.str()) + " already exists");
    const std::size_t at = insertionPoint(data_.perspectives, index);
    const PerspectiveId id = p.id;
    data_.perspectives.insert(data_.perspectives.begin() + static_cast<std::ptrdiff_t>(at), std::move(p));
    indexVector(perspectiveIndex_, data_.perspectives, at);
    publish(change::PerspectiveAdded{id});
    return {};
}

Status Map::updatePerspective(Perspective p) {
    p.name = text::trim(p.name);
    const auto index = perspectiveIndex(p.id);
    if (!index)
        return Status::error("unknown perspective " + text::quoted(p.id.str()));
    if (p == data_.perspectives[*index])
        return {};
    data_.perspectives[*index] = std::move(p);
    publish(change::PerspectiveChanged{data_.perspectives[*index].id});
    return {};
}

Status Map::removePerspective(const PerspectiveId& which) {
    const PerspectiveId id = which; // `which` may refer into the vector that is changed below
    const auto index = perspectiveIndex(id);
    if (!index)
        return Status::error("unknown perspective " + text::quoted(id.str()));
    for (const Node& n : data_.nodes)
        if (n.perspective == id)
            return Status::error("perspective " + text::quoted(data_.perspectives[*index].name) +
                                 " still holds results, measures or initiatives");
    data_.perspectives.erase(data_.perspectives.begin() + static_cast<std::ptrdiff_t>(*index));
    perspectiveIndex_.erase(id);
    indexVector(perspectiveIndex_, data_.perspectives, *index);
    publish(change::PerspectiveRemoved{id});
    return {};
}

// --- positions and waivers -------------------------------------------------------------------

Status Map::setPositions(ViewKind view,
                         const std::vector<std::pair<NodeId, std::optional<Point>>>& positions) {
    for (const auto& [id, point] : positions) {
        if (point && !node(id))
            return Status::error("unknown node " + text::quoted(id.str()));
        if (point && !(std::isfinite(point->x) && std::isfinite(point->y)))
            return Status::error("positions must be finite numbers");
    }
    auto& stored = data_.positionsOf(view);
    // Later entries for the same node win; only nodes whose position ends up different are named,
    // each once, in the order they first appear.
    std::unordered_map<NodeId, std::optional<Point>> original;
    std::vector<NodeId> touched;
    for (const auto& [id, point] : positions) {
        const auto it = stored.find(id);
        if (original.try_emplace(id, it == stored.end() ? std::nullopt : std::optional<Point>(it->second))
                .second)
            touched.push_back(id);
        if (point)
            stored.insert_or_assign(id, *point);
        else if (it != stored.end())
            stored.erase(it);
    }
    change::PositionsChanged event{view, {}};
    for (const NodeId& id : touched) {
        const auto it = stored.find(id);
        const std::optional<Point> now = it == stored.end() ? std::nullopt : std::optional<Point>(it->second);
        if (now != original[id])
            event.nodes.push_back(id);
    }
    if (!event.nodes.empty())
        publish(std::move(event));
    return {};
}

Status Map::addWaiver(Waiver w, std::optional<std::size_t> index) {
    w.reason = text::trim(w.reason);
    if (Status s = checkWaiver(w); !s)
        return s;
    const std::size_t at = insertionPoint(data_.waivers, index);
    data_.waivers.insert(data_.waivers.begin() + static_cast<std::ptrdiff_t>(at), std::move(w));
    publish(change::WaiversChanged{});
    return {};
}

Status Map::updateWaiver(std::size_t index, Waiver w) {
    w.reason = text::trim(w.reason);
    if (index >= data_.waivers.size())
        return Status::error("no such waiver");
    if (Status s = checkWaiver(w); !s)
        return s;
    if (w == data_.waivers[index])
        return {};
    data_.waivers[index] = std::move(w);
    publish(change::WaiversChanged{});
    return {};
}

Status Map::removeWaiver(std::size_t index) {
    if (index >= data_.waivers.size())
        return Status::error("no such waiver");
    data_.waivers.erase(data_.waivers.begin() + static_cast<std::ptrdiff_t>(index));
    publish(change::WaiversChanged{});
    return {};
}

} // namespace sightline::core
