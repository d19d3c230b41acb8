#include "mapcommand.h"

namespace sightline::editor {

void MapCommand::must(core::Status status) {
    if (!status && broken_)
        broken_ = std::move(status);
}

core::Status MapCommand::run(bool undo) {
    broken_ = {};
    bool changed = false;
    const auto listener = map_.subscribe([&](const core::ChangeSet& c) {
        changed = changed || !c.empty();
        footprint_.add(c);
    });
    core::Status status;
    {
        core::Map::Batch batch(map_); // one command, one change set, one transaction
        if (undo)
            doUndo();
        else
            status = doRedo();
    }
    map_.unsubscribe(listener);
    if (status && !broken_)
        status = std::move(broken_);
    if (status && !changed && !done_)
        setObsolete(true); // the first run changed nothing: no undo step
    return status;
}

core::Status MapCommand::runFirst() {
    core::Status status = run(false);
    done_ = true;
    if (!status)
        setObsolete(true);
    skipRedo_ = status.ok() && !isObsolete();
    return status;
}

void MapCommand::redo() {
    if (skipRedo_) {
        skipRedo_ = false;
        return;
    }
    const core::Status status = run(false);
    if (!status && onFailure_)
        onFailure_("Redo of “" + text().toStdString() + "” failed: " + status.message());
}

void MapCommand::undo() {
    const core::Status status = run(true);
    if (!status && onFailure_)
        onFailure_("Undo of “" + text().toStdString() + "” failed: " + status.message());
}

} // namespace sightline::editor
