// MapPatch: change sets recorded with their values, replayed on another copy of the map.
#include "sightline/core/mappatch.h"

#include "sightline/core/changevisitor.h"

#include <algorithm>
#include <unordered_set>

namespace sightline::core {

// Reads one ChangeSet: whole-document parts are copied at once, the rest gathered as ids.
class MapPatch::Recorder final : public ChangeVisitor {
public:
    Recorder(MapPatch& patch, const Map& map) : patch_(patch), map_(map) {}

    std::vector<NodeId> putNodes;
    std::vector<LinkId> putLinks;
    std::vector<Op> erasures;
    std::vector<Op> positions;

    void on(const change::PropertiesChanged&) override { patch_.properties_ = map_.properties(); }
    void on(const change::SettingsChanged&) override { patch_.settings_ = map_.settings(); }
    void on(const change::WaiversChanged&) override { patch_.waivers_ = map_.waivers(); }
    void on(const change::NodeAdded& e) override { putNodes.push_back(e.id); }
    void on(const change::NodeChanged& e) override { putNodes.push_back(e.id); }
    void on(const change::NodeRemoved& e) override {
        erasures.push_back({Op::Kind::EraseNode, 0, e.id, {}, {}, {}, {}, {}});
        patch_.waivers_ = map_.waivers(); // removing nodes also removes the waivers that name them
    }
    void on(const change::LinkAdded& e) override { putLinks.push_back(e.id); }
    void on(const change::LinkChanged& e) override { putLinks.push_back(e.id); }
    void on(const change::LinkRemoved& e) override {
        erasures.push_back({Op::Kind::EraseLink, 0, {}, e.id, {}, {}, {}, {}});
    }
    void on(const change::TeamAdded&) override { teams(); }
    void on(const change::TeamChanged&) override { teams(); }
    void on(const change::TeamRemoved&) override { teams(); }
    void on(const change::PersonAdded&) override { people(); }
    void on(const change::PersonChanged&) override { people(); }
    void on(const change::PersonRemoved&) override { people(); }
    void on(const change::PerspectiveAdded&) override { perspectives(); }
    void on(const change::PerspectiveChanged&) override { perspectives(); }
    void on(const change::PerspectiveRemoved&) override { perspectives(); }
    void on(const change::PositionsChanged& e) override {
        for (const NodeId& id : e.nodes) {
            const auto p = map_.position(e.view, id);
            positions.push_back({p ? Op::Kind::SetPosition : Op::Kind::ClearPosition,
                                 0,
                                 id,
                                 {},
                                 {},
                                 {},
                                 e.view,
                                 p.value_or(Point{})});
        }
    }

private:
    void teams() { patch_.teams_ = map_.teams(); }
    void people() { patch_.people_ = map_.people(); }
    void perspectives() { patch_.perspectives_ = map_.perspectives(); }

    MapPatch& patch_;
    const Map& map_;
};

void MapPatch::record(const Map& map, const ChangeSet& changes) {
    Recorder r(*this, map);
    visit(changes, r);
    changes_.events.insert(changes_.events.end(), changes.events.begin(), changes.events.end());
    // The model holds the batch's end state: erase first, then put what exists now in
    // ascending order of its index, which rebuilds the model's order exactly.
    ops_.insert(ops_.end(), r.erasures.begin(), r.erasures.end());
    std::vector<Op> puts;
    std::unordered_set<NodeId> seenNodes;
    for (const NodeId& id : r.putNodes)
        if (const Node* n = map.node(id); n && seenNodes.insert(id).second)
            puts.push_back({Op::Kind::PutNode, *map.nodeIndex(id), id, {}, *n, {}, {}, {}});
    std::unordered_set<LinkId> seenLinks;
    std::vector<Op> linkPuts;
    for (const LinkId& id : r.putLinks)
        if (const Link* l = map.link(id); l && seenLinks.insert(id).second)
            linkPuts.push_back({Op::Kind::PutLink, *map.linkIndex(id), {}, id, {}, *l, {}, {}});
    auto byIndex = [](const Op& a, const Op& b) { return a.index < b.index; };
    std::sort(puts.begin(), puts.end(), byIndex);
    std::sort(linkPuts.begin(), linkPuts.end(), byIndex);
    ops_.insert(ops_.end(), std::make_move_iterator(puts.begin()), std::make_move_iterator(puts.end()));
    ops_.insert(ops_.end(), std::make_move_iterator(linkPuts.begin()),
                std::make_move_iterator(linkPuts.end()));
    ops_.insert(ops_.end(), r.positions.begin(), r.positions.end());
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

void MapPatch::applyTo(MapData& data) const {
    for (const Op& op : ops_) {
        switch (op.kind) {
        case Op::Kind::EraseNode:
            erase(data.nodes, op.node);
            for (ViewKind view : kAllViews)
                data.positionsOf(view).erase(op.node);
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
        case Op::Kind::SetPosition:
            data.positionsOf(op.view)[op.node] = op.point;
            break;
        case Op::Kind::ClearPosition:
            data.positionsOf(op.view).erase(op.node);
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

} // namespace sightline::core
