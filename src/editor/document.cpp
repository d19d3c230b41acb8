#include "sightline/editor/document.h"

#include "commands/mapcommand.h"
#include "commands/undostep.h"
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
    // Other people's revisions come through the model as changes, not as undo steps. What they
    // touched is collected; the steps it made impossible are dropped once the event loop is
    // back (a write-through can bring their revisions in while a command runs or is undone).
    remoteSubscription_ = map_->subscribe([this](const core::ChangeSet& changes) {
        if (repository_->isApplyingRemote())
            remote_.addWithLinkEnds(changes, *map_);
    });
    repository_->setRemoteHandler([this] {
        if (dropQueued_)
            return;
        dropQueued_ = true;
        QMetaObject::invokeMethod(this, &Document::dropRemoteConflicts, Qt::QueuedConnection);
    });
}

void Document::dropRemoteConflicts() {
    dropQueued_ = false;
    const int dropped = dropStepsTouching(remote_);
    remote_ = {};
    Q_EMIT remoteChangeApplied(dropped);
}

Document::~Document() {
    if (remoteSubscription_)
        map_->unsubscribe(remoteSubscription_);
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
    record(std::shared_ptr<MapCommand>(command.release()));
    return status;
}

void Document::record(std::shared_ptr<MapCommand> command) {
    if (openStep_) {
        openStep_->append(std::move(command));
        return;
    }
    auto step = std::make_unique<UndoStep>(command->text());
    step->append(std::move(command));
    undo_.push(step.release()); // the command's first run is done: the push's redo() does nothing
}

void Document::beginStep(const QString& text) {
    if (stepDepth_++ == 0)
        openStep_ = std::make_unique<UndoStep>(text);
}

void Document::endStep() {
    if (stepDepth_ == 0 || --stepDepth_ > 0)
        return;
    std::unique_ptr<UndoStep> step = std::move(openStep_);
    if (step && !step->isEmpty())
        undo_.push(step.release());
}

int Document::dropStepsTouching(const core::ChangeFootprint& changes) {
    const int count = undo_.count();
    const int index = undo_.index();
    if (changes.empty() || count == 0)
        return 0;
    const auto stepAt = [this](int i) { return static_cast<const UndoStep*>(undo_.command(i)); };
    int keepFrom = 0; // the undo steps from here on stay: nothing before them touched the changes
    for (int i = 0; i < index; ++i)
        if (stepAt(i)->footprint().overlaps(changes))
            keepFrom = i + 1;
    int keepTo = count; // and the redo steps before this one
    for (int i = index; i < count; ++i)
        if (stepAt(i)->footprint().overlaps(changes)) {
            keepTo = i;
            break;
        }
    if (keepFrom == 0 && keepTo == count)
        return 0;
    // QUndoStack cannot drop steps from its bottom: it is built again from the kept steps,
    // which share their commands with the old ones and run none of them.
    std::vector<std::unique_ptr<UndoStep>> kept;
    for (int i = keepFrom; i < keepTo; ++i)
        kept.push_back(stepAt(i)->reuse());
    undo_.clear();
    for (std::unique_ptr<UndoStep>& step : kept)
        undo_.push(step.release());
    for (int i = index; i < keepTo; ++i) {
        // Back to where the user was: the kept redo steps are undone already.
        const_cast<UndoStep*>(stepAt(undo_.index() - 1))->skipNextUndo();
        undo_.undo();
    }
    return keepFrom + (count - keepTo);
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
