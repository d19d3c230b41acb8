#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

class QLineEdit;

namespace sightline::editor {

class CanvasView;

// In-place editing of a node's title on the canvas: a line edit over the node, following it as
// the view pans and zooms. Enter (or leaving the field) commits through the EditController,
// Escape cancels; an empty title is not committed.
class TitleEditor {
public:
    explicit TitleEditor(CanvasView& view) : view_(view) {}

    void open(const core::NodeId& id);
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
