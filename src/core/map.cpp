#include "sightline/core/map.h"

#include "indexing.h"
#include "sightline/core/validation.h"

#include <algorithm>
#include <cassert>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace sightline::core {

namespace {

using detail::indexVector;
const std::vector<LinkId> kNoLinks;

template <class IdT, class T>
const T* lookup(const std::unordered_map<IdT, std::size_t>& index, const std::vector<T>& items,
                const IdT& id) {
    const auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
}

template <class IdT>
std::optional<std::size_t> indexOf(const std::unordered_map<IdT, std::size_t>& index, const IdT& id) {
    const auto it = index.find(id);
    if (it == index.end())
        return std::nullopt;
    return it->second;
}

template <class IdT, class Exists> IdT freshId(std::string_view prefix, std::size_t start, Exists exists) {
    for (std::size_t n = start + 1;; ++n) {
        IdT id(std::string(prefix) + std::to_string(n));
        if (!exists(id))
            return id;
    }
}

} // namespace

Map::Map() {
    rebuildIndices();
}

Map::Map(MapData data) : data_(std::move(data)) {
    assert(validate(data_, 1).empty());
    rebuildIndices();
}

void Map::rebuildIndices() {
    nodeIndex_.clear();
    linkIndex_.clear();
    teamIndex_.clear();
    personIndex_.clear();
    perspectiveIndex_.clear();
    outLinks_.clear();
    inLinks_.clear();
    nodeIndex_.reserve(data_.nodes.size());
    linkIndex_.reserve(data_.links.size());
    indexVector(nodeIndex_, data_.nodes, 0);
    indexVector(linkIndex_, data_.links, 0);
    indexVector(teamIndex_, data_.teams, 0);
    indexVector(personIndex_, data_.people, 0);
    indexVector(perspectiveIndex_, data_.perspectives, 0);
    for (const Link& link : data_.links)
        addAdjacency(link);
}

void Map::reindexNodes(std::size_t from) {
    indexVector(nodeIndex_, data_.nodes, from);
}
void Map::reindexLinks(std::size_t from) {
    indexVector(linkIndex_, data_.links, from);
}

void Map::addAdjacency(const Link& link) {
    outLinks_[link.from].push_back(link.id);
    inLinks_[link.to].push_back(link.id);
}

void Map::removeAdjacency(const Link& link) {
    auto drop = [&](std::unordered_map<NodeId, std::vector<LinkId>>& adj, const NodeId& node) {
        auto it = adj.find(node);
        if (it == adj.end())
            return;
        auto& ids = it->second;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (ids[i] == link.id) {
                ids[i] = std::move(ids.back());
                ids.pop_back();
                break;
            }
        }
        if (ids.empty())
            adj.erase(it);
    };
    drop(outLinks_, link.from);
    drop(inLinks_, link.to);
}

const Node* Map::node(const NodeId& id) const {
    return lookup(nodeIndex_, data_.nodes, id);
}
const Link* Map::link(const LinkId& id) const {
    return lookup(linkIndex_, data_.links, id);
}
const Team* Map::team(const TeamId& id) const {
    return lookup(teamIndex_, data_.teams, id);
}
const Person* Map::person(const PersonId& id) const {
    return lookup(personIndex_, data_.people, id);
}
const Perspective* Map::perspective(const PerspectiveId& id) const {
    return lookup(perspectiveIndex_, data_.perspectives, id);
}
const Person* Map::personWithLogin(const std::string& login) const {
    if (login.empty())
        return nullptr;
    const auto it = std::find_if(data_.people.begin(), data_.people.end(),
                                 [&](const Person& p) { return p.login == login; });
    return it == data_.people.end() ? nullptr : &*it;
}

std::optional<std::size_t> Map::nodeIndex(const NodeId& id) const {
    return indexOf(nodeIndex_, id);
}
std::optional<std::size_t> Map::linkIndex(const LinkId& id) const {
    return indexOf(linkIndex_, id);
}
std::optional<std::size_t> Map::teamIndex(const TeamId& id) const {
    return indexOf(teamIndex_, id);
}
std::optional<std::size_t> Map::personIndex(const PersonId& id) const {
    return indexOf(personIndex_, id);
}
std::optional<std::size_t> Map::perspectiveIndex(const PerspectiveId& id) const {
    return indexOf(perspectiveIndex_, id);
}

const std::vector<LinkId>& Map::outLinks(const NodeId& id) const {
    const auto it = outLinks_.find(id);
    return it == outLinks_.end() ? kNoLinks : it->second;
}

const std::vector<LinkId>& Map::inLinks(const NodeId& id) const {
    const auto it = inLinks_.find(id);
    return it == inLinks_.end() ? kNoLinks : it->second;
}

const Link* Map::findLink(LinkKind kind, const NodeId& from, const NodeId& to) const {
    // Scan the shorter list: a hub with thousands of links in one direction stays cheap to query.
    const auto& out = outLinks(from);
    const auto& in = inLinks(to);
    if (out.size() <= in.size()) {
        for (const LinkId& id : out) {
            const Link* l = link(id);
            if (l && l->kind == kind && l->to == to)
                return l;
        }
    } else {
        for (const LinkId& id : in) {
            const Link* l = link(id);
            if (l && l->kind == kind && l->from == from)
                return l;
        }
    }
    return nullptr;
}

std::optional<Point> Map::position(ViewKind view, const NodeId& id) const {
    const auto& positions = data_.positionsOf(view);
    const auto it = positions.find(id);
    if (it == positions.end())
        return std::nullopt;
    return it->second;
}

int Map::teamLevel(const TeamId& id) const {
    int level = 0;
    const Team* t = team(id);
    while (t && t->parent && level <= static_cast<int>(data_.teams.size())) {
        t = team(*t->parent);
        ++level;
    }
    return level;
}

std::vector<std::pair<const Team*, int>> Map::teamTree() const {
    std::unordered_map<TeamId, std::vector<const Team*>> children;
    std::vector<const Team*> roots;
    for (const Team& t : data_.teams) {
        if (t.parent && team(*t.parent))
            children[*t.parent].push_back(&t);
        else
            roots.push_back(&t);
    }
    std::vector<std::pair<const Team*, int>> out;
    out.reserve(data_.teams.size());
    std::unordered_set<TeamId> placed;
    std::vector<std::pair<const Team*, int>> stack; // iterative: a deep organisation is no risk
    for (const Team* root : roots) {
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            const auto [t, level] = stack.back();
            stack.pop_back();
            if (!placed.insert(t->id).second)
                continue;
            out.emplace_back(t, level);
            const auto it = children.find(t->id);
            if (it != children.end())
                for (auto c = it->second.rbegin(); c != it->second.rend(); ++c)
                    stack.emplace_back(*c, level + 1);
        }
    }
    for (const Team& t : data_.teams)
        if (!placed.count(t.id))
            out.emplace_back(&t, 0);
    return out;
}

NodeId Map::newNodeId(NodeKind kind) const {
    const char* prefix = kind == NodeKind::Objective ? "o" : kind == NodeKind::Measure ? "m" : "i";
    return freshId<NodeId>(prefix, data_.nodes.size(), [&](const NodeId& id) { return node(id) != nullptr; });
}

LinkId Map::newLinkId() const {
    return freshId<LinkId>("l", data_.links.size(), [&](const LinkId& id) { return link(id) != nullptr; });
}

TeamId Map::newTeamId() const {
    return freshId<TeamId>("t", data_.teams.size(), [&](const TeamId& id) { return team(id) != nullptr; });
}

PersonId Map::newPersonId() const {
    return freshId<PersonId>("p", data_.people.size(),
                             [&](const PersonId& id) { return person(id) != nullptr; });
}

PerspectiveId Map::newPerspectiveId() const {
    return freshId<PerspectiveId>("perspective", data_.perspectives.size(),
                                  [&](const PerspectiveId& id) { return perspective(id) != nullptr; });
}

// --- change notification ---------------------------------------------------------------------

Map::Subscription Map::subscribe(Listener listener) {
    const Subscription s = nextSubscription_++;
    listeners_.emplace_back(s, std::move(listener));
    return s;
}

void Map::unsubscribe(Subscription subscription) {
    std::erase_if(listeners_, [&](const auto& entry) { return entry.first == subscription; });
}

void Map::publish(ChangeEvent event) {
    pending_.events.push_back(std::move(event));
    if (batchDepth_ == 0)
        flush();
}

void Map::publish(std::vector<ChangeEvent> events) {
    for (auto& e : events)
        pending_.events.push_back(std::move(e));
    if (batchDepth_ == 0)
        flush();
}

void Map::flush() {
    if (pending_.empty())
        return;
    queued_.push_back(std::move(pending_));
    pending_ = {};
    if (delivering_)
        return; // a listener changed the map: the loop below delivers it in turn
    struct Delivering {
        Map& map;
        explicit Delivering(Map& m) : map(m) { map.delivering_ = true; }
        ~Delivering() {
            map.delivering_ = false;
            map.queued_.clear();
        }
    } delivering(*this);
    for (std::size_t i = 0; i < queued_.size(); ++i) {
        const ChangeSet changes = std::move(queued_[i]); // queued_ may grow while listeners run
        // A copy, since listeners may subscribe or unsubscribe while being told; each is called
        // only while it is still subscribed.
        const auto listeners = listeners_;
        for (const auto& [id, listener] : listeners) {
            const bool subscribed =
                std::any_of(listeners_.begin(), listeners_.end(),
                            [&, id = id](const auto& entry) { return entry.first == id; });
            if (subscribed)
                listener(changes);
        }
    }
}

Map::Batch::Batch(Map& map) : map_(map) {
    ++map_.batchDepth_;
}

Map::Batch::~Batch() {
    if (--map_.batchDepth_ == 0)
        map_.flush();
}

} // namespace sightline::core
