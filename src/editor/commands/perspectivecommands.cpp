#include "perspectivecommands.h"

#include "sightline/core/text.h"
#include "sightline/render/vocabulary.h"

#include <QObject>
#include <array>

namespace sightline::editor {

namespace {

QString quoted(const std::string& s) {
    return QStringLiteral("“%1”").arg(QString::fromStdString(s));
}

// "2 results and 1 measure", in the map's vocabulary.
QString holdings(const core::Map& map, const core::PerspectiveId& id) {
    std::array<int, 3> counts{};
    for (const core::Node& n : map.nodes())
        if (n.perspective == id)
            ++counts[static_cast<std::size_t>(n.kind)];
    QStringList parts;
    const core::Vocabulary v = map.properties().vocabulary;
    for (core::NodeKind k :
         {core::NodeKind::Objective, core::NodeKind::Measure, core::NodeKind::Initiative}) {
        const int c = counts[static_cast<std::size_t>(k)];
        if (c == 0)
            continue;
        parts << render::countLabel(v, k, c);
    }
    if (parts.size() > 1) {
        const QString last = parts.takeLast();
        return parts.join(QStringLiteral(", ")) + QObject::tr(" and ") + last;
    }
    return parts.value(0);
}

} // namespace

std::string perspectiveNameProblem(const core::Map& map, const core::PerspectiveId& id,
                                   const std::string& name) {
    const QString wanted = QString::fromStdString(core::text::trim(name));
    if (wanted.isEmpty())
        return QObject::tr("A perspective needs a name.").toStdString();
    for (const core::Perspective& p : map.perspectives())
        if (!(p.id == id) && QString::fromStdString(p.name).compare(wanted, Qt::CaseInsensitive) == 0)
            return QObject::tr("There is already a perspective named %1: perspective names must differ.")
                .arg(quoted(p.name))
                .toStdString();
    return {};
}

AddPerspectiveCommand::AddPerspectiveCommand(core::Map& map, core::Perspective perspective, std::size_t index)
    : MapCommand(map, QObject::tr("Add perspective")), perspective_(std::move(perspective)), index_(index) {}

core::Status AddPerspectiveCommand::doRedo() {
    if (std::string problem = perspectiveNameProblem(map(), {}, perspective_.name); !problem.empty())
        return core::Status::error(problem);
    return map().addPerspective(perspective_, std::min(index_, map().perspectives().size()));
}

void AddPerspectiveCommand::doUndo() {
    must(map().removePerspective(perspective_.id));
}

RenamePerspectiveCommand::RenamePerspectiveCommand(core::Map& map, core::PerspectiveId id, std::string name)
    : MapCommand(map, QObject::tr("Rename perspective")), id_(std::move(id)), after_(std::move(name)) {
    if (const core::Perspective* p = map.perspective(id_))
        before_ = p->name;
}

core::Status RenamePerspectiveCommand::doRedo() {
    if (!map().perspective(id_))
        return core::Status::error(QObject::tr("The perspective is no longer in the map.").toStdString());
    if (std::string problem = perspectiveNameProblem(map(), id_, after_); !problem.empty())
        return core::Status::error(problem);
    return map().updatePerspective({id_, after_});
}

void RenamePerspectiveCommand::doUndo() {
    must(map().updatePerspective({id_, before_}));
}

MovePerspectiveCommand::MovePerspectiveCommand(core::Map& map, core::PerspectiveId id, std::size_t to)
    : MapCommand(map, QObject::tr("Move perspective")), id_(std::move(id)), to_(to) {}

core::Status MovePerspectiveCommand::doRedo() {
    const auto from = map().perspectiveIndex(id_);
    if (!from)
        return core::Status::error(QObject::tr("The perspective is no longer in the map.").toStdString());
    from_ = *from;
    return map().movePerspective(id_, to_);
}

void MovePerspectiveCommand::doUndo() {
    must(map().movePerspective(id_, from_));
}

RemovePerspectiveCommand::RemovePerspectiveCommand(core::Map& map, core::PerspectiveId id)
    : MapCommand(map, QObject::tr("Remove perspective")), id_(std::move(id)) {}

core::Status RemovePerspectiveCommand::doRedo() {
    const auto index = map().perspectiveIndex(id_);
    if (!index)
        return core::Status::error(QObject::tr("The perspective is no longer in the map.").toStdString());
    index_ = *index;
    perspective_ = *map().perspective(id_);
    if (const QString held = holdings(map(), id_); !held.isEmpty())
        return core::Status::error(QObject::tr("The perspective %1 still holds %2: give them another "
                                               "perspective first.")
                                       .arg(quoted(perspective_.name), held)
                                       .toStdString());
    return map().removePerspective(id_);
}

void RemovePerspectiveCommand::doUndo() {
    must(map().addPerspective(perspective_, index_));
}

} // namespace sightline::editor
