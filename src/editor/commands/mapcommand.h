#pragma once

#include "sightline/core/changefootprint.h"
#include "sightline/core/map.h"

#include <QUndoCommand>
#include <functional>
#include <string>

namespace sightline::editor {

// Ids for QUndoCommand::id(), so that consecutive commands of one gesture merge.
enum CommandId : int {
    kMoveCommandId = 1001,
};

// An undoable edit of the map. Every command calls core::Map operations and nothing else; the
// scene, the docks and storage follow the model's change events.
//
// The first run (Document::push) returns the model's Status: a refused edit changes nothing
// and never reaches the undo stack; an edit that changed nothing is obsolete and leaves no
// undo step either. Later undos and redos put back exactly what the first run did, so every
// model operation in them must succeed: must() checks each one, and a failure is reported to
// the failure handler (the document then drops the undo history, which no longer matches the
// map) instead of being thrown away.
class MapCommand : public QUndoCommand {
public:
    MapCommand(core::Map& map, const QString& text) : QUndoCommand(text), map_(map) {}

    void redo() final;
    void undo() final;

    // Runs the first redo before the command goes on the undo stack (QUndoStack::push drops
    // the redo history before it runs redo, so a refused edit would lose it). Returns the
    // model's answer; when it is ok the stack's own first redo() does nothing. An edit that
    // changed nothing is marked obsolete.
    core::Status runFirst();

    // Everything the command's runs changed (Document::dropStepsTouching).
    const core::ChangeFootprint& footprint() const { return footprint_; }

    // Told when an undo or a later redo could not put the map back as it was.
    void setFailureHandler(std::function<void(const std::string&)> handler) {
        onFailure_ = std::move(handler);
    }

protected:
    virtual core::Status doRedo() = 0;
    virtual void doUndo() = 0;
    core::Map& map() const { return map_; }
    // An operation that must succeed (it puts back what this command did): a failure is kept
    // and reported when the undo or redo ends.
    void must(core::Status status);

private:
    core::Status run(bool undo);

    core::Map& map_;
    std::function<void(const std::string&)> onFailure_;
    core::Status broken_;
    core::ChangeFootprint footprint_;
    bool done_ = false;
    bool skipRedo_ = false;
};

} // namespace sightline::editor
