#include "sightline/core/mapsync.h"

#include <unordered_map>
#include <unordered_set>

namespace sightline::core {

namespace {

template <class T, class Id> std::unordered_map<Id, const T*> byId(const std::vector<T>& items) {
    std::unordered_map<Id, const T*> out;
    for (const T& item : items)
        out.emplace(item.id, &item);
    return out;
}

// Adds what `target` has and `current` lacks (at target's index) and updates what differs.
// `add` may refuse an item whose prerequisite comes later (a team before its parent): such items
// are retried until no more can be added.
template <class T, class Id, class Current, class Add, class Update>
Status addAndUpdate(const std::vector<T>& target, Current current, Add add, Update update) {
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < target.size(); ++i) {
        const T* now = current(target[i].id);
        if (!now)
            pending.push_back(i);
        else if (!(*now == target[i]))
            if (Status s = update(target[i]); !s)
                return s;
    }
    while (!pending.empty()) {
        std::vector<std::size_t> later;
        Status last;
        for (std::size_t i : pending)
            if (Status s = add(target[i], i); !s) {
                later.push_back(i);
                last = s;
            }
        if (later.size() == pending.size())
            return last;
        pending = std::move(later);
    }
    return {};
}

} // namespace

Status syncMap(Map& map, const MapData& target) {
    Map::Batch batch(map);
    const MapData& now = map.data();
    if (now.properties != target.properties)
        if (Status s = map.setProperties(target.properties); !s)
            return s;
    if (now.settings != target.settings)
        if (Status s = map.setSettings(target.settings); !s)
            return s;
    // Waivers name nodes and teams: out first, back in at the end.
    const bool waiversDiffer = now.waivers != target.waivers;
    if (waiversDiffer)
        while (!map.waivers().empty())
            if (Status s = map.removeWaiver(map.waivers().size() - 1); !s)
                return s;

    if (Status s = addAndUpdate<Perspective, PerspectiveId>(
            target.perspectives, [&](const PerspectiveId& id) { return map.perspective(id); },
            [&](const Perspective& p, std::size_t i) { return map.addPerspective(p, i); },
            [&](const Perspective& p) { return map.updatePerspective(p); });
        !s)
        return s;
    if (Status s = addAndUpdate<Team, TeamId>(
            target.teams, [&](const TeamId& id) { return map.team(id); },
            [&](const Team& t, std::size_t i) { return map.addTeam(t, std::min(i, map.teams().size())); },
            [&](const Team& t) { return map.updateTeam(t); });
        !s)
        return s;
    if (Status s = addAndUpdate<Person, PersonId>(
            target.people, [&](const PersonId& id) { return map.person(id); },
            [&](const Person& p, std::size_t i) {
                return map.addPerson(p, std::min(i, map.people().size()));
            },
            [&](const Person& p) { return map.updatePerson(p); });
        !s)
        return s;

    // Nodes and links that are gone (a node takes its links with it), then the new and changed.
    const auto targetNodes = byId<Node, NodeId>(target.nodes);
    const auto targetLinks = byId<Link, LinkId>(target.links);
    std::vector<LinkId> goneLinks;
    for (const Link& l : map.links())
        if (!targetLinks.count(l.id))
            goneLinks.push_back(l.id);
    for (const LinkId& id : goneLinks)
        if (Status s = map.removeLink(id); !s)
            return s;
    std::vector<NodeId> goneNodes;
    for (const Node& n : map.nodes())
        if (!targetNodes.count(n.id))
            goneNodes.push_back(n.id);
    if (!goneNodes.empty())
        if (Status s = map.removeNodes(goneNodes); !s)
            return s;
    if (Status s = addAndUpdate<Node, NodeId>(
            target.nodes, [&](const NodeId& id) { return map.node(id); },
            [&](const Node& n, std::size_t i) { return map.addNode(n, std::min(i, map.nodes().size())); },
            [&](const Node& n) { return map.updateNode(n); });
        !s)
        return s;
    // A node that stands elsewhere in target's order (removed and put back by someone) moves by
    // being removed and added again; its links and positions come back below.
    for (std::size_t i = 0; i < target.nodes.size() && i < map.nodes().size(); ++i)
        if (map.nodes()[i].id != target.nodes[i].id) {
            if (Status s = map.removeNodes({target.nodes[i].id}); !s)
                return s;
            if (Status s = map.addNode(target.nodes[i], i); !s)
                return s;
        }
    if (Status s = addAndUpdate<Link, LinkId>(
            target.links, [&](const LinkId& id) { return map.link(id); },
            [&](const Link& l, std::size_t i) { return map.addLink(l, std::min(i, map.links().size())); },
            [&](const Link& l) { return map.updateLink(l); });
        !s)
        return s;

    for (std::size_t i = 0; i < target.links.size() && i < map.links().size(); ++i)
        if (map.links()[i].id != target.links[i].id) {
            if (Status s = map.removeLink(target.links[i].id); !s)
                return s;
            if (Status s = map.addLink(target.links[i], i); !s)
                return s;
        }

    for (std::size_t v = 0; v < kViewCount; ++v) {
        const auto view = static_cast<ViewKind>(v);
        std::vector<std::pair<NodeId, std::optional<Point>>> moves;
        for (const auto& [id, at] : target.positionsOf(view)) {
            const auto current = map.position(view, id);
            if (!current || !(*current == at))
                moves.emplace_back(id, at);
        }
        for (const auto& [id, at] : map.positions(view))
            if (!target.positionsOf(view).count(id))
                moves.emplace_back(id, std::nullopt);
        if (!moves.empty())
            if (Status s = map.setPositions(view, moves); !s)
                return s;
    }
    if (waiversDiffer || map.waivers() != target.waivers) {
        while (!map.waivers().empty())
            if (Status s = map.removeWaiver(map.waivers().size() - 1); !s)
                return s;
        for (const Waiver& w : target.waivers)
            if (Status s = map.addWaiver(w); !s)
                return s;
    }

    // People, teams (sub-teams first) and perspectives that are gone.
    std::vector<PersonId> gonePeople;
    for (const Person& p : map.people())
        if (std::none_of(target.people.begin(), target.people.end(),
                         [&](const Person& t) { return t.id == p.id; }))
            gonePeople.push_back(p.id);
    for (const PersonId& id : gonePeople)
        if (Status s = map.removePerson(id); !s)
            return s;
    for (bool progress = true; progress;) {
        progress = false;
        Status last;
        std::vector<TeamId> gone;
        for (const Team& t : map.teams())
            if (std::none_of(target.teams.begin(), target.teams.end(),
                             [&](const Team& x) { return x.id == t.id; }))
                gone.push_back(t.id);
        for (const TeamId& id : gone)
            if (Status s = map.removeTeam(id); s)
                progress = true;
            else
                last = s;
        if (!progress && !gone.empty())
            return last;
    }
    std::vector<PerspectiveId> gonePerspectives;
    for (const Perspective& p : map.perspectives())
        if (std::none_of(target.perspectives.begin(), target.perspectives.end(),
                         [&](const Perspective& x) { return x.id == p.id; }))
            gonePerspectives.push_back(p.id);
    for (const PerspectiveId& id : gonePerspectives)
        if (Status s = map.removePerspective(id); !s)
            return s;
    return {};
}

} // namespace sightline::core
