#include "movenodescommand.h"

namespace sightline::editor {

MoveNodesCommand::MoveNodesCommand(core::Map& map, core::ViewKind view, Positions to, int gesture,
                                   const QString& text)
    : MapCommand(map, text), view_(view), to_(std::move(to)), gesture_(gesture) {
    for (const auto& [id, p] : to_)
        from_.emplace_back(id, map.position(view, id));
}

bool MoveNodesCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const MoveNodesCommand*>(other);
    if (o->gesture_ != gesture_ || o->view_ != view_ || o->to_.size() != to_.size())
        return false;
    for (std::size_t i = 0; i < to_.size(); ++i)
        if (o->to_[i].first != to_[i].first)
            return false;
    to_ = o->to_;
    if (to_ == from_)
        setObsolete(true); // dragged back to the start: the stack drops the step
    return true;
}

core::Status MoveNodesCommand::doRedo() {
    return map().setPositions(view_, to_);
}

void MoveNodesCommand::doUndo() {
    must(map().setPositions(view_, from_));
}

} // namespace sightline::editor
