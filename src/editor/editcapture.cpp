// Workshop capture: siblings by Shift+Enter and titles typed with inline @team / #owner tags.
#include "commands/additemscommand.h"
#include "commands/changeentitiescommand.h"
#include "sightline/editor/document.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"
#include "titletags.h"

#include <QUndoStack>

namespace sightline::editor {

using core::NodeId;

std::optional<NodeId> EditController::createSibling(QPointF fallbackPos) {
    const std::vector<NodeId> selected = scene_.selectedNodeIds();
    core::Map& map = document_.map();
    const core::Node* self = selected.size() == 1 ? map.node(selected.front()) : nullptr;
    if (!self)
        return createLinked(core::NodeKind::Objective, fallbackPos);
    // What the selected node drives (or measures, or supports): the first such link.
    const core::Link* up = nullptr;
    for (const core::LinkId& lid : map.outLinks(self->id))
        if (const core::Link* l = map.link(lid);
            l && (!up || (l->kind == core::LinkKind::Drives && up->kind != core::LinkKind::Drives)))
            up = l;
    core::Node node;
    node.id = map.newNodeId(self->kind);
    node.kind = self->kind;
    node.team = self->team;
    node.perspective = self->perspective;
    const QString label = render::kindLabel(map.properties().vocabulary, self->kind).toLower();
    if (!up)
        return addPlaced(std::move(node), std::nullopt, tr("Add %1").arg(label), self->id);
    core::Link link;
    link.id = map.newLinkId();
    link.kind = up->kind;
    link.from = node.id;
    link.to = up->to;
    return addPlaced(std::move(node), link, tr("Add linked %1").arg(label));
}

bool EditController::commitTitle(const NodeId& id, const QString& typed,
                                 const std::function<bool(const QString&)>& confirmNew) {
    core::Map& map = document_.map();
    const core::Node* n = map.node(id);
    if (!n)
        return false;
    TitleTags tags = parseTitleTags(typed, map);
    core::Node changed = *n;
    if (!tags.title.isEmpty())
        changed.title = tags.title.toStdString();
    Additions add;
    if (!tags.newTeam.isEmpty() && confirmNew &&
        confirmNew(tr("There is no team “%1” in this map yet. Add it?").arg(tags.newTeam))) {
        core::Team t;
        t.id = map.newTeamId();
        t.name = tags.newTeam.toStdString();
        t.parent = n->team; // under the team the node was in, the nearest guess
        if (!t.parent && !map.teams().empty())
            t.parent = map.teams().front().id;
        add.teams.push_back(t);
        tags.team = t.id;
    }
    if (tags.team)
        changed.team = tags.team;
    if (!tags.newOwner.isEmpty() && confirmNew &&
        confirmNew(tr("There is no “%1” among this map’s people yet. Add them?").arg(tags.newOwner))) {
        core::Person p;
        p.id = map.newPersonId();
        p.name = tags.newOwner.toStdString();
        p.team = changed.team;
        add.people.push_back(p);
        tags.owner = p.id;
    }
    if (tags.owner)
        changed.owner = tags.owner;
    if (changed == *n && add.empty())
        return false;
    if (add.empty())
        return bool(document_.push(std::make_unique<ChangeEntitiesCommand<core::Node>>(
            map, std::vector<core::Node>{changed}, tr("Rename"))));
    // A new team or person and the node that names it: one undo step.
    document_.beginStep(tr("Rename"));
    bool ok = bool(
        document_.push(std::make_unique<AddItemsCommand>(map, std::move(add), tr("Add team or person"))));
    if (ok)
        ok = bool(document_.push(std::make_unique<ChangeEntitiesCommand<core::Node>>(
            map, std::vector<core::Node>{changed}, tr("Rename"))));
    document_.endStep();
    return ok;
}

} // namespace sightline::editor
