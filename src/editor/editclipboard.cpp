// Copy, cut and paste: the selection travels as a map in the JSON interchange format v1, so it
// also pastes into another map (or another program that reads our format).
#include "commands/additemscommand.h"
#include "commands/removeitemscommand.h"
#include "newnodeplacement.h"
#include "outlinepaste.h"
#include "sightline/editor/document.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/io/jsonmapwriter.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace sightline::editor {

using core::NodeId;

namespace {

const QString kMime = QStringLiteral("application/x-sightline-map+json");

template <class IdT, class Taken>
IdT freshId(const char* prefix, std::size_t start, Taken taken, std::unordered_set<IdT>& used) {
    for (std::size_t n = start + 1;; ++n) {
        IdT id(std::string(prefix) + std::to_string(n));
        if (!taken(id) && used.insert(id).second)
            return id;
    }
}

} // namespace

QByteArray EditController::selectionJson() const {
    const core::Map& map = document_.map();
    std::unordered_set<NodeId> chosen;
    for (const NodeId& id : scene_.selectedNodeIds()) {
        chosen.insert(id);
        // A result's measure cards belong to it.
        for (const core::LinkId& lid : map.inLinks(id))
            if (const core::Link* l = map.link(lid);
                l->kind == core::LinkKind::Measures && scene_.attachedTo(l->from) == id)
                chosen.insert(l->from);
    }
    if (chosen.empty())
        return {};
    core::MapData out;
    out.properties = map.properties();
    out.perspectives = map.perspectives();
    std::unordered_set<core::TeamId> teams;
    std::unordered_set<core::PersonId> people;
    auto needTeam = [&](std::optional<core::TeamId> t) {
        while (t && teams.insert(*t).second) {
            const core::Team* team = map.team(*t);
            t = team ? team->parent : std::nullopt;
        }
    };
    for (const core::Node& n : map.nodes()) {
        if (!chosen.count(n.id))
            continue;
        out.nodes.push_back(n);
        needTeam(n.team);
        if (n.owner) {
            people.insert(*n.owner);
            if (const core::Person* p = map.person(*n.owner))
                needTeam(p->team);
        }
        const QPointF c = scene_.nodeCentre(n.id);
        out.positionsOf(document_.view()).emplace(n.id, core::Point{c.x(), c.y()});
    }
    for (const core::Team& t : map.teams())
        if (teams.count(t.id))
            out.teams.push_back(t);
    for (const core::Person& p : map.people())
        if (people.count(p.id))
            out.people.push_back(p);
    for (const core::Link& l : map.links())
        if (chosen.count(l.from) && chosen.count(l.to))
            out.links.push_back(l);
    return QByteArray::fromStdString(io::writeMapJson(out));
}

void EditController::copy() {
    const QByteArray json = selectionJson();
    if (json.isEmpty())
        return;
    auto* mime = new QMimeData;
    mime->setData(kMime, json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
}

void EditController::cut() {
    if (scene_.selectedNodeIds().empty())
        return;
    copy();
    std::vector<NodeId> nodes = scene_.selectedNodeIds();
    if (!document_.push(std::make_unique<RemoveItemsCommand>(document_.map(), std::move(nodes),
                                                             scene_.selectedLinkIds(), tr("Cut"))))
        return; // refused: the document reported why
}

bool EditController::paste(QPointF centre) {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    const QByteArray json = mime->hasFormat(kMime) ? mime->data(kMime) : mime->text().toUtf8();
    if (json.trimmed().isEmpty())
        return false;
    if (!mime->hasFormat(kMime) && !json.trimmed().startsWith('{'))
        return pasteOutline(mime->text(), centre); // plain text: an outline of results
    return pasteJson(json, centre);
}

bool EditController::pasteOutline(const QString& text, QPointF centre) {
    QString why;
    const std::optional<core::MapData> outline = outlineMap(text, document_.view(), &why);
    if (!outline) {
        Q_EMIT document_.errorOccurred(tr("Nothing was pasted: %1.").arg(why));
        return false;
    }
    return pasteMap(*outline, centre, tr("Paste outline"));
}

bool EditController::pasteJson(const QByteArray& json, QPointF centre) {
    io::ReadResult read =
        io::readMapJson(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (!read.ok()) {
        const QString why =
            read.errors.empty() ? QString() : QString::fromStdString(read.errors.front().toString());
        Q_EMIT document_.errorOccurred(
            tr("Nothing was pasted: the clipboard does not hold a Sightline map (%1).").arg(why));
        return false;
    }
    return pasteMap(*read.map, centre, tr("Paste"));
}

bool EditController::pasteMap(const core::MapData& src, QPointF centre, const QString& text) {
    if (src.nodes.empty())
        return false;
    const core::Map& map = document_.map();
    Additions add;
    add.view = document_.view();

    // Teams: reuse those the map has, add the others parents first.
    std::unordered_set<core::TeamId> teamsThere;
    for (const core::Team& t : map.teams())
        teamsThere.insert(t.id);
    std::vector<core::Team> pending;
    for (const core::Team& t : src.teams)
        if (!teamsThere.count(t.id))
            pending.push_back(t);
    while (!pending.empty()) {
        std::vector<core::Team> next;
        for (core::Team& t : pending) {
            if (!t.parent || teamsThere.count(*t.parent)) {
                teamsThere.insert(t.id);
                add.teams.push_back(t);
            } else {
                next.push_back(t);
            }
        }
        if (next.size() == pending.size()) { // parents not in the pasted map: root teams
            for (core::Team& t : next) {
                t.parent.reset();
                teamsThere.insert(t.id);
                add.teams.push_back(t);
            }
            next.clear();
        }
        pending = std::move(next);
    }
    std::unordered_set<core::PersonId> peopleThere;
    for (const core::Person& p : map.people())
        peopleThere.insert(p.id);
    for (core::Person p : src.people) {
        if (peopleThere.count(p.id))
            continue;
        if (p.team && !teamsThere.count(*p.team))
            p.team.reset();
        peopleThere.insert(p.id);
        add.people.push_back(p);
    }

    // Nodes and links get fresh ids.
    std::unordered_set<NodeId> usedNodes;
    std::unordered_set<core::LinkId> usedLinks;
    std::unordered_map<NodeId, NodeId> rename;
    const auto& positions = src.positionsOf(add.view);
    QPointF sum;
    int counted = 0;
    for (const core::Node& n : src.nodes)
        if (auto it = positions.find(n.id); it != positions.end()) {
            sum += QPointF(it->second.x, it->second.y);
            ++counted;
        }
    QPointF offset = counted ? centre - sum / counted : centre;
    int unplaced = 0;
    // The pasted group keeps its arrangement and moves, as a whole, to free space near the wish.
    {
        std::vector<std::pair<core::Node, QPointF>> group;
        int stacked = 0;
        for (const core::Node& n : src.nodes) {
            const auto it = positions.find(n.id);
            group.emplace_back(n, it != positions.end() ? QPointF(it->second.x, it->second.y) + offset
                                                        : centre + QPointF(0, 120.0 * stacked++));
        }
        const QPointF shift = freeGroupShift(scene_, group);
        offset += shift;
        centre += shift;
    }
    for (core::Node n : src.nodes) {
        const char* prefix = n.kind == core::NodeKind::Objective ? "o"
                             : n.kind == core::NodeKind::Measure ? "m"
                                                                 : "i";
        const NodeId id = freshId<NodeId>(
            prefix, map.nodes().size(), [&](const NodeId& x) { return map.node(x) != nullptr; }, usedNodes);
        rename.emplace(n.id, id);
        QPointF p;
        if (auto it = positions.find(n.id); it != positions.end())
            p = QPointF(it->second.x, it->second.y) + offset;
        else
            p = centre + QPointF(0, 120.0 * unplaced++);
        add.positions.emplace_back(id, core::Point{p.x(), p.y()});
        n.id = id;
        if (n.team && !teamsThere.count(*n.team))
            n.team.reset();
        if (n.owner && !peopleThere.count(*n.owner))
            n.owner.reset();
        if (n.perspective && !map.perspective(*n.perspective))
            n.perspective.reset();
        add.nodes.push_back(std::move(n));
    }
    for (core::Link l : src.links) {
        l.id = freshId<core::LinkId>(
            "l", map.links().size(), [&](const core::LinkId& x) { return map.link(x) != nullptr; },
            usedLinks);
        l.from = rename.at(l.from);
        l.to = rename.at(l.to);
        add.links.push_back(std::move(l));
    }
    std::vector<NodeId> pasted;
    for (const core::Node& n : add.nodes)
        pasted.push_back(n.id);
    if (!document_.push(std::make_unique<AddItemsCommand>(document_.map(), std::move(add), text)))
        return false;
    scene_.selectNodes(pasted);
    return true;
}

} // namespace sightline::editor
