// MapScene following the model: applyChanges() turns a ChangeSet into item updates; the rest
// of MapScene is in mapscene.cpp.
#include "sightline/core/changevisitor.h"
#include "sightline/render/itemtypes.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/measurecarditem.h"
#include "sightline/render/nodeitem.h"

namespace sightline::render {

using core::NodeId;
using core::NodeKind;

namespace {

// What a ChangeSet asks of the scene, gathered before any item changes.
class SceneChanges final : public core::ChangeVisitor {
public:
    explicit SceneChanges(core::ViewKind view) : view_(view) {}

    std::unordered_set<NodeId> added, changed, moved, reattach, removed;
    std::vector<core::LinkId> addedLinks, changedLinks, removedLinks;
    bool teams = false, people = false, all = false, perspectives = false;

    void on(const core::change::PropertiesChanged&) override { all = true; } // the vocabulary
    void on(const core::change::SettingsChanged&) override {}
    void on(const core::change::WaiversChanged&) override {}
    void on(const core::change::NodeAdded& e) override { added.insert(e.id); }
    void on(const core::change::NodeChanged& e) override { changed.insert(e.id); }
    void on(const core::change::NodeRemoved& e) override {
        removed.insert(e.id);
        added.erase(e.id);
        changed.erase(e.id);
    }
    void on(const core::change::LinkAdded& e) override { addedLinks.push_back(e.id); }
    void on(const core::change::LinkChanged& e) override { changedLinks.push_back(e.id); }
    void on(const core::change::LinkRemoved& e) override {
        removedLinks.push_back(e.id);
        reattach.insert(e.from);
    }
    void on(const core::change::TeamAdded&) override { teams = true; }
    void on(const core::change::TeamChanged&) override { teams = true; }
    void on(const core::change::TeamRemoved&) override { teams = true; }
    void on(const core::change::PersonAdded&) override { people = true; }
    void on(const core::change::PersonChanged&) override { people = true; }
    void on(const core::change::PersonRemoved&) override { people = true; }
    void on(const core::change::PerspectiveAdded&) override { perspectives = true; }
    void on(const core::change::PerspectiveChanged&) override { perspectives = true; }
    void on(const core::change::PerspectiveRemoved&) override { perspectives = true; }
    void on(const core::change::PositionsChanged& e) override {
        if (e.view == view_)
            moved.insert(e.nodes.begin(), e.nodes.end());
    }

private:
    core::ViewKind view_;
};

} // namespace

void MapScene::applyChanges(const core::ChangeSet& changeSet) {
    SceneChanges c(view_);
    core::visit(changeSet, c);
    auto& added = c.added;
    auto& changed = c.changed;
    auto& reattach = c.reattach;
    const auto& moved = c.moved;
    const auto& removed = c.removed;
    const auto& addedLinks = c.addedLinks;
    const auto& changedLinks = c.changedLinks;
    const bool teams = c.teams, people = c.people, all = c.all, perspectives = c.perspectives;
    std::unordered_set<NodeId> restack;
    // Links first (a link removed and re-added in one batch is rebuilt below).
    for (const core::LinkId& id : c.removedLinks) {
        if (auto it = links_.find(id); it != links_.end()) {
            delete it->second;
            links_.erase(it);
        }
    }
    // Links removed above; now nodes that are gone (a node removed and re-added in one batch
    // is rebuilt).
    for (const NodeId& id : removed)
        deleteNodeItem(id, reattach, restack);
    std::unordered_set<NodeId> touched;
    std::size_t placementChanges = 0; // nodes that changed their team, perspective, kind or goal flag
    for (const NodeId& id : removed) {
        if (const core::Node* n = map_.node(id); n && !nodeItem(id)) {
            createNodeItem(*n);
            touched.insert(id);
            reattach.insert(id);
        }
    }
    for (const NodeId& id : added) {
        const core::Node* n = map_.node(id);
        if (!n)
            continue;
        if (!nodeItem(id))
            createNodeItem(*n);
        reattach.insert(id);
        touched.insert(id);
    }
    for (const NodeId& id : changed) {
        const core::Node* n = map_.node(id);
        MapNodeItem* item = nodeItem(id);
        if (!n || !item)
            continue;
        const bool isCard = item->type() == MeasureCardItem::Type;
        if (isCard != (n->kind == NodeKind::Measure)) {
            deleteNodeItem(id, reattach, restack);
            createNodeItem(*n);
            reattach.insert(id);
        } else {
            const QSizeF before = item->size();
            if (item->takePlacementKey(placementKey(*n)))
                ++placementChanges;
            item->refresh();
            if (item->size() != before)
                restack.insert(id);
        }
        touched.insert(id);
    }
    if (teams || people || all) {
        for (auto& [id, item] : nodes_) {
            const core::Node* n = map_.node(id);
            if (all || (teams && n->team) || (people && n->owner))
                item->refresh();
        }
    }
    for (const core::LinkId& id : addedLinks) {
        const core::Link* l = map_.link(id);
        if (!l || links_.count(id))
            continue;
        auto* item = new LinkItem(*this, id);
        links_.emplace(id, item);
        addItem(item);
        reattach.insert(l->from);
    }
    for (const core::LinkId& id : changedLinks) {
        if (LinkItem* item = linkItem(id)) {
            item->refresh();
            if (const core::Link* l = map_.link(id))
                reattach.insert(l->from);
        }
    }
    for (const NodeId& m : reattach) {
        const core::Node* n = map_.node(m);
        if (!n || n->kind != NodeKind::Measure || !nodeItem(m))
            continue;
        const NodeId target = computeAttachment(m);
        if (target != attachedTo(m)) {
            setAttachment(m, target, restack);
            touched.insert(m);
        }
    }
    for (const NodeId& id : moved) {
        MapNodeItem* item = nodeItem(id);
        if (item && !item->parentItem())
            item->setPos(placedPosition(id));
        touched.insert(id);
    }
    for (const NodeId& o : restack) {
        restackCards(o);
        touched.insert(o);
    }
    updateLinksAround(touched);
    if (!added.empty() || !moved.empty()) {
        // Let the scene grow with the map (it never shrinks under the user's feet).
        QRectF r = sceneRect();
        for (const NodeId& id : touched)
            if (MapNodeItem* item = nodeItem(id))
                r |= item->sceneBoundingRect().adjusted(-1000, -1000, 1000, 1000);
        if (r != sceneRect())
            setSceneRect(r);
    }
    highlightAfterChanges();
    // The guides follow the nodes. On a big map a refit costs tens of milliseconds, so edits
    // of a few nodes (typing, adding, nudging) leave them be; a layout, a big paste or a
    // change of teams or perspectives refits them.
    const std::size_t placed = added.size() + removed.size() + moved.size() + placementChanges;
    const bool worthIt = nodes_.size() > kBigMap ? placed * 100 >= nodes_.size() : placed > 0;
    if (worthIt || teams || perspectives)
        scheduleBackground();
    Q_EMIT changesApplied();
}

} // namespace sightline::render
