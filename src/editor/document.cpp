#include "sightline/editor/document.h"

#include "commands/mapcommand.h"
#include "sightline/storage/rmapdocument.h"

namespace sightline::editor {

Document::Document(core::MapData data, QObject* parent)
    : QObject(parent), ownMap_(std::make_unique<core::Map>(std::move(data))), map_(ownMap_.get()) {}

Document::Document(std::unique_ptr<storage::RmapDocument> file, QObject* parent)
    : QObject(parent), file_(std::move(file)), map_(&file_->map()) {
    // Write failures (disk full, file removed) are reported; the model keeps the edit.
    file_->setErrorHandler([this](const QString& message) {
        lastError_ = message;
        Q_EMIT errorOccurred(tr("The change could not be written to %1: %2").arg(file_->path(), message));
    });
}

Document::~Document() {
    // Commands refer to the map: drop them first.
    undo_.clear();
    if (file_ && file_->isOpen())
        file_->close(storage::RmapDocument::Untitled::Keep);
}

QString Document::path() const {
    return file_ ? file_->path() : path_;
}

bool Document::isUntitled() const {
    return file_ ? file_->isUntitled() : path_.isEmpty();
}

bool Document::isReadOnly() const {
    return readOnly_ || (file_ && file_->isReadOnly());
}

bool Document::saveAs(const QString& path, QString* error) {
    if (!file_) {
        *error = tr("this map is not kept in a file");
        return false;
    }
    if (!file_->saveAs(path, error))
        return false;
    readOnly_ = false;
    return true;
}

void Document::close(bool keepUntitled) {
    undo_.clear();
    if (file_ && file_->isOpen())
        file_->close(keepUntitled ? storage::RmapDocument::Untitled::Keep
                                  : storage::RmapDocument::Untitled::Discard);
}

void Document::setView(core::ViewKind view) {
    if (view == view_)
        return;
    view_ = view;
    Q_EMIT viewChanged(view);
}

bool Document::push(MapCommand* command) {
    lastError_.clear();
    if (isReadOnly()) {
        delete command;
        lastError_ = tr("This map is open read-only: it cannot be changed.");
        Q_EMIT errorOccurred(lastError_);
        return false;
    }
    std::string error;
    command->setErrorSink(&error);
    // Run it before it goes on the stack: a refused edit is dropped without touching the undo
    // stack, so the steps that could be redone stay there.
    if (!command->tryFirst()) {
        delete command;
        lastError_ = QString::fromStdString(error);
        Q_EMIT errorOccurred(lastError_);
        return false;
    }
    undo_.push(command); // its redo() was done above
    return true;
}

} // namespace sightline::editor
