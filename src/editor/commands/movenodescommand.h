#pragma once

#include "mapcommand.h"

#include <optional>
#include <utility>
#include <vector>

namespace sightline::editor {

// Sets node positions in one view. Consecutive moves of the same nodes in one gesture (a mouse
// drag, repeated arrow keys) merge into one undo step.
class MoveNodesCommand : public MapCommand {
public:
    using Positions = std::vector<std::pair<core::NodeId, std::optional<core::Point>>>;

    // `gesture` identifies the drag or key sequence; commands of different gestures never merge.
    MoveNodesCommand(core::Map& map, core::ViewKind view, Positions to, int gesture, const QString& text);

    int id() const override { return kMoveCommandId; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::ViewKind view_;
    Positions from_, to_;
    int gesture_;
};

} // namespace sightline::editor
