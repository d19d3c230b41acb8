#pragma once

#include "sightline/core/map.h"

#include <QUndoCommand>
#include <string>

namespace sightline::editor {

// Ids for QUndoCommand::id(), so that consecutive commands of one gesture merge.
enum CommandId : int {
    kMoveCommandId = 1001,
    kChangeNodesCommandId = 1002,
    kChangeLinkCommandId = 1003,
    kChangeTeamCommandId = 1004,
    kChangePersonCommandId = 1005,
    kChangePropertiesCommandId = 1006,
};

// An undoable edit of the map. Every command calls core::Map operations and nothing else; the
// scene, the docks and storage follow the model's change events. A command whose first redo
// is refused by the model reports the reason and marks itself obsolete, so QUndoStack drops
// it and the document stays as it was.
class MapCommand : public QUndoCommand {
public:
    MapCommand(core::Map& map, const QString& text) : QUndoCommand(text), map_(map) {}

    void redo() final;
    void undo() final;

    // Runs the first redo before the command goes on the undo stack (QUndoStack::push drops
    // the redo history before it runs redo, so a refused edit would lose it). False when the
    // model refused it; otherwise the stack's own first redo() does nothing.
    bool tryFirst();

    // Where the first redo writes its refusal, if any.
    void setErrorSink(std::string* sink) { sink_ = sink; }

protected:
    virtual core::Status doRedo() = 0;
    virtual void doUndo() = 0;
    core::Map& map() const { return map_; }

private:
    core::Map& map_;
    std::string* sink_ = nullptr;
    bool done_ = false;
    bool skipRedo_ = false;
};

} // namespace sightline::editor
