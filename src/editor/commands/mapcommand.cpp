#include "mapcommand.h"

namespace sightline::editor {

bool MapCommand::tryFirst() {
    redo();
    skipRedo_ = !isObsolete();
    return skipRedo_;
}

void MapCommand::redo() {
    if (skipRedo_) {
        skipRedo_ = false;
        return;
    }
    core::Status status;
    {
        core::Map::Batch batch(map_); // one command, one change set, one transaction
        status = doRedo();
    }
    if (!status && !done_) {
        if (sink_)
            *sink_ = status.message();
        setObsolete(true);
    }
    sink_ = nullptr;
    done_ = true;
}

void MapCommand::undo() {
    core::Map::Batch batch(map_);
    doUndo();
}

} // namespace sightline::editor
