#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QString>

class QLineEdit;

namespace sightline::editor {

class CanvasView;

// In-place editing of a node's title on the canvas: a line edit over the node, following it as
// the view pans and zooms. Enter, Escape or leaving the field commits what was typed through
// the EditController (inline @team and #owner tags included, see titletags.h): nothing typed
// is ever lost, Ctrl+Z takes it back. An empty title is not committed. The canvas has the
// keyboard again afterwards.
class TitleEditor {
public:
    explicit TitleEditor(CanvasView& view) : view_(view) {}

    // Opens the editor on a node: with its title selected, or with `typed` replacing it (a
    // key typed on a selected node starts renaming it).
    void open(const core::NodeId& id, const QString& typed = {});
    // Puts the field over its node again (after a scroll, zoom or model change).
    void place();
    void commit();
    void close();
    // The model changed: close when the node is gone, else follow it.
    void modelChanged();

    bool isOpen() const { return edit_ != nullptr; }
    QLineEdit* lineEdit() const { return edit_; }

private:
    CanvasView& view_;
    QLineEdit* edit_ = nullptr;
    core::NodeId editing_;
};

} // namespace sightline::editor
