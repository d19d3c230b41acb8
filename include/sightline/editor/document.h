#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

namespace sightline::editor {

class MapCommand;

// An open map: the model, its undo stack, the view being shown and where the map lives.
// Until the .rmap storage lands it holds the core::Map itself; the rest of the editor only
// sees map(), push() and the file facts, so switching to storage::RmapDocument stays here.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(core::MapData data, QObject* parent = nullptr);
    ~Document() override;

    core::Map& map() { return *map_; }
    const core::Map& map() const { return *map_; }
    QUndoStack* undoStack() { return &undo_; }

    core::ViewKind view() const { return view_; }
    void setView(core::ViewKind view);

    // Where the map lives: a file path, empty for an untitled map held in memory.
    QString path() const { return path_; }
    void setPath(const QString& path) { path_ = path; }
    bool isUntitled() const { return path_.isEmpty() || untitled_; }
    void setUntitled(bool untitled) { untitled_ = untitled; }
    bool isReadOnly() const { return readOnly_; }
    void setReadOnly(bool readOnly) { readOnly_ = readOnly; }

    // Runs an edit as one undo step. A refused edit changes nothing, is not recorded, and its
    // reason is reported through errorOccurred() (and lastError()). Read-only maps refuse every
    // edit. Returns whether the edit was made.
    bool push(MapCommand* command);
    QString lastError() const { return lastError_; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void viewChanged(core::ViewKind view);

private:
    std::unique_ptr<core::Map> map_;
    QUndoStack undo_;
    core::ViewKind view_ = core::ViewKind::Results;
    QString path_;
    bool untitled_ = true;
    bool readOnly_ = false;
    QString lastError_;
};

} // namespace sightline::editor
