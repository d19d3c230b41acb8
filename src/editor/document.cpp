#include "sightline/editor/document.h"

#include "commands/mapcommand.h"
#include "sightline/storage/repositorydocument.h"
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

Document::Document(std::unique_ptr<storage::RepositoryDocument> repository, QObject* parent)
    : QObject(parent), repository_(std::move(repository)), map_(&repository_->map()) {
    repository_->setErrorHandler([this](const QString& message) {
        lastError_ = message;
        Q_EMIT errorOccurred(message);
    });
    // Other people's revisions come through the model as changes, not as undo steps; the
    // steps recorded before them may no longer apply, so the history starts again.
    repository_->setRemoteHandler([this] {
        if (undo_.count() > 0) {
            QMetaObject::invokeMethod(
                this, [this] { undo_.clear(); }, Qt::QueuedConnection);
            Q_EMIT remoteChangeApplied(true);
        } else
            Q_EMIT remoteChangeApplied(false);
    });
}

Document::~Document() {
    // Commands refer to the map: drop them first.
    undo_.clear();
    if (file_ && file_->isOpen())
        file_->close(storage::RmapDocument::Untitled::Keep);
}

QString Document::path() const {
    if (repository_)
        return repository_->address().display();
    return file_ ? file_->path() : path_;
}

bool Document::isUntitled() const {
    if (repository_)
        return false;
    return file_ ? file_->isUntitled() : path_.isEmpty();
}

bool Document::isReadOnly() const {
    return readOnly_ || (file_ && file_->isReadOnly()) || (repository_ && repository_->isReadOnly());
}

bool Document::saveAs(const QString& path, QString* error) {
    if (!file_) {
        *error = repository_ ? tr("a repository map is copied to a file with Export JSON, or with "
                                  "sightline-cli convert")
                             : tr("this map is not kept in a file");
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

core::Status Document::push(std::unique_ptr<MapCommand> command) {
    lastError_.clear();
    if (isReadOnly()) {
        lastError_ = tr("This map is open read-only: it cannot be changed.");
        Q_EMIT errorOccurred(lastError_);
        return core::Status::error(lastError_.toStdString());
    }
    // Run it before it goes on the stack: a refused edit is dropped without touching the undo
    // stack, so the steps that could be redone stay there.
    core::Status status = command->runFirst();
    if (!status) {
        lastError_ = QString::fromStdString(status.message());
        Q_EMIT errorOccurred(lastError_);
        return status;
    }
    if (command->isObsolete())
        return status; // it changed nothing: no undo step
    command->setFailureHandler([this](const std::string& message) { undoFailed(message); });
    undo_.push(command.release()); // its redo() was done above; the stack owns it now
    return status;
}

void Document::undoFailed(const std::string& message) {
    lastError_ = tr("%1. The undo history no longer matches the map and was cleared.")
                     .arg(QString::fromStdString(message));
    Q_EMIT errorOccurred(lastError_);
    // Not while the stack is inside undo() or redo().
    QMetaObject::invokeMethod(
        this, [this] { undo_.clear(); }, Qt::QueuedConnection);
}

} // namespace sightline::editor
