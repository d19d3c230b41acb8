#include "undostep.h"

#include "mapcommand.h"

namespace sightline::editor {

UndoStep::UndoStep(const QString& text) : QUndoCommand(text) {}

UndoStep::~UndoStep() = default;

void UndoStep::append(std::shared_ptr<MapCommand> command) {
    commands_.push_back(std::move(command));
}

core::ChangeFootprint UndoStep::footprint() const {
    core::ChangeFootprint out;
    for (const auto& c : commands_)
        out.add(c->footprint());
    return out;
}

std::unique_ptr<UndoStep> UndoStep::reuse() const {
    auto step = std::make_unique<UndoStep>(text());
    step->commands_ = commands_;
    step->skipRedo_ = true;
    step->mergeable_ = false;
    return step;
}

void UndoStep::redo() {
    if (skipRedo_) {
        skipRedo_ = false;
        return;
    }
    for (const auto& c : commands_)
        c->redo();
}

void UndoStep::undo() {
    if (skipUndo_) {
        skipUndo_ = false;
        return;
    }
    for (auto c = commands_.rbegin(); c != commands_.rend(); ++c)
        (*c)->undo();
}

int UndoStep::id() const {
    return mergeable_ && commands_.size() == 1 ? commands_.front()->id() : -1;
}

bool UndoStep::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const UndoStep*>(other);
    if (commands_.size() != 1 || o->commands_.size() != 1 ||
        !commands_.front()->mergeWith(o->commands_.front().get()))
        return false;
    setText(commands_.front()->text());
    setObsolete(commands_.front()->isObsolete());
    return true;
}

} // namespace sightline::editor
