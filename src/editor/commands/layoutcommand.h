#pragma once

#include "mapcommand.h"

#include <optional>
#include <utility>
#include <vector>

namespace sightline::editor {

// New positions for many nodes of one view (Lay out, Tidy selection) as one undo step: one
// Map::setPositions inside the command's batch, so storage and the scene see one change.
// Undo puts back exactly the positions the nodes had before (none for nodes that had none).
// Nodes no longer in the map are skipped.
class LayoutCommand : public MapCommand {
public:
    LayoutCommand(core::Map& map, core::ViewKind view, const core::ViewPositions& to, const QString& text);

    std::size_t size() const { return to_.size(); }

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    using Positions = std::vector<std::pair<core::NodeId, std::optional<core::Point>>>;
    core::ViewKind view_;
    Positions from_, to_;
};

} // namespace sightline::editor
