#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/changefootprint.h"
#endif

#include <QUndoCommand>
#include <memory>
#include <vector>

namespace sightline::editor {

class MapCommand;

// One entry of the document's undo stack: one MapCommand, or several that make one step (a
// rename that also adds the team it names). The stack owns the step and the step shares its
// commands, so that the document can rebuild the stack from some of its steps (dropping the
// ones another person's change made impossible, Document::dropStepsTouching) without running
// any command again.
class UndoStep : public QUndoCommand {
public:
    explicit UndoStep(const QString& text);
    ~UndoStep() override;

    // Adds a command whose first run is done (MapCommand::runFirst).
    void append(std::shared_ptr<MapCommand> command);
    bool isEmpty() const { return commands_.empty(); }
    // Everything the step's commands changed, when first run.
    core::ChangeFootprint footprint() const;

    // The same commands in a new step for another stack. It never merges with the step before
    // it, and its first redo() does nothing: the map already holds it.
    std::unique_ptr<UndoStep> reuse() const;
    // The next undo() does nothing (a reused step pushed and then taken back to where it was).
    void skipNextUndo() { skipUndo_ = true; }

    void redo() override;
    void undo() override;
    // A single command's id and merging (the steps of one drag merge into one).
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::vector<std::shared_ptr<MapCommand>> commands_;
    bool skipRedo_ = false;
    bool skipUndo_ = false;
    bool mergeable_ = true;
};

} // namespace sightline::editor
