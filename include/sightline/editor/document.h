#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/changefootprint.h"
#include "sightline/core/map.h"
#endif

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

namespace sightline::storage {
class RmapDocument;
class RepositoryDocument;
} // namespace sightline::storage

namespace sightline::editor {

class MapCommand;
class UndoStep;

// An open map: the model, its undo stack, the view being shown and where the map lives.
// Normally an .rmap file (storage::RmapDocument) that is written through on every edit; a
// Document made from plain MapData lives in memory only (tests, and a fallback when no file
// can be created).
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(core::MapData data, QObject* parent = nullptr);
    explicit Document(std::unique_ptr<storage::RmapDocument> file, QObject* parent = nullptr);
    // A map in a team repository (docs/repository.md), written through to the server.
    explicit Document(std::unique_ptr<storage::RepositoryDocument> repository, QObject* parent = nullptr);
    ~Document() override;

    core::Map& map() { return *map_; }
    const core::Map& map() const { return *map_; }
    // The .rmap behind the map, null for a map in memory.
    storage::RmapDocument* file() const { return file_.get(); }
    // The repository map behind the map, null for a file or a map in memory.
    storage::RepositoryDocument* repository() const { return repository_.get(); }
    // Copies the map to `path` and continues there (Save As). False with a message otherwise.
    bool saveAs(const QString& path, QString* error);
    // Closes the file. An untitled map's file is kept for recovery when keepUntitled is true.
    void close(bool keepUntitled);
    QUndoStack* undoStack() { return &undo_; }

    core::ViewKind view() const { return view_; }
    void setView(core::ViewKind view);

    // Where the map lives: a file path, empty for an untitled map held in memory.
    QString path() const;
    void setPath(const QString& path) { path_ = path; }
    bool isUntitled() const;
    bool isReadOnly() const;
    void setReadOnly(bool readOnly) { readOnly_ = readOnly; }

    // Runs an edit as one undo step and returns the model's answer. A refused edit changes
    // nothing, is not recorded, and its reason is also reported through errorOccurred() (and
    // lastError()); an edit that changes nothing leaves no undo step. Read-only maps refuse
    // every edit.
    core::Status push(std::unique_ptr<MapCommand> command);
    QString lastError() const { return lastError_; }
    // The commands pushed between these two make one undo step called `text` (nestable; the
    // step is recorded when the outermost one ends, if any of them changed the map).
    void beginStep(const QString& text);
    void endStep();

    // Drops the undo steps that `changes` (another person's) made impossible: a step that
    // changed something they changed, with every step before it, and a redo step that did,
    // with every step after it. The others stay, undoable as before. Returns how many went.
    int dropStepsTouching(const core::ChangeFootprint& changes);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void viewChanged(core::ViewKind view);
    // Other people's changes to a repository map were applied; droppedSteps: how many undo and
    // redo steps they made impossible and were dropped (dropStepsTouching).
    void remoteChangeApplied(int droppedSteps);

private:
    void undoFailed(const std::string& message);
    void record(std::shared_ptr<MapCommand> command);
    void dropRemoteConflicts();

    std::unique_ptr<storage::RmapDocument> file_;
    std::unique_ptr<storage::RepositoryDocument> repository_;
    std::unique_ptr<core::Map> ownMap_;
    core::Map* map_ = nullptr;
    QUndoStack undo_;
    core::ViewKind view_ = core::ViewKind::Results;
    QString path_;
    bool readOnly_ = false;
    QString lastError_;
    std::unique_ptr<UndoStep> openStep_; // between beginStep and endStep
    int stepDepth_ = 0;
    core::Map::Subscription remoteSubscription_ = 0;
    core::ChangeFootprint remote_; // other people's changes not yet checked against the steps
    bool dropQueued_ = false;
};

} // namespace sightline::editor
