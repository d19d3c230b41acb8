#include "sightline/editor/document.h"

#include "commands/mapcommand.h"

namespace sightline::editor {

Document::Document(core::MapData data, QObject* parent)
    : QObject(parent), map_(std::make_unique<core::Map>(std::move(data))) {}

Document::~Document() {
    // Commands refer to the map: drop them first.
    undo_.clear();
}

void Document::setView(core::ViewKind view) {
    if (view == view_)
        return;
    view_ = view;
    Q_EMIT viewChanged(view);
}

bool Document::push(MapCommand* command) {
    lastError_.clear();
    if (readOnly_) {
        delete command;
        lastError_ = tr("This map is open read-only: it cannot be changed.");
        Q_EMIT errorOccurred(lastError_);
        return false;
    }
    std::string error;
    command->setErrorSink(&error);
    undo_.push(command); // runs redo(); a refused command is obsolete and dropped
    if (!error.empty()) {
        lastError_ = QString::fromStdString(error);
        Q_EMIT errorOccurred(lastError_);
        return false;
    }
    return true;
}

} // namespace sightline::editor
