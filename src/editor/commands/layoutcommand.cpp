#include "layoutcommand.h"

namespace sightline::editor {

LayoutCommand::LayoutCommand(core::Map& map, core::ViewKind view, const core::ViewPositions& to,
                             const QString& text)
    : MapCommand(map, text), view_(view) {
    // In the map's order, so that the change reads the same every time.
    for (const core::Node& n : map.nodes()) {
        auto it = to.find(n.id);
        if (it == to.end())
            continue;
        to_.emplace_back(n.id, it->second);
        from_.emplace_back(n.id, map.position(view, n.id));
    }
}

core::Status LayoutCommand::doRedo() {
    return map().setPositions(view_, to_);
}

void LayoutCommand::doUndo() {
    must(map().setPositions(view_, from_));
}

} // namespace sightline::editor
