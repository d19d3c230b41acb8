#pragma once

class QKeyEvent;

namespace sightline::editor {

class CanvasView;

// The canvas's keys for capturing a map as fast as people talk (the facilitator's keyboard):
//  - Enter: a new result that drives the selected one (a cause), its title open for typing;
//  - Shift+Enter: a sibling, another cause of what the selected one drives;
//  - a printable key on one selected node: renames it, starting with that key;
//  - arrows: select the nearest node in that direction; Ctrl+arrows (Alt+arrows too) move
//    the selection by the grid, with Shift five times as far (one undo step per key held).
class CaptureKeys {
public:
    explicit CaptureKeys(CanvasView& view) : view_(view) {}

    // True when the key was handled.
    bool keyPress(QKeyEvent* event);

private:
    bool selectNeighbour(int key);
    bool moveSelection(QKeyEvent* event);

    CanvasView& view_;
    int gesture_ = 0;
};

} // namespace sightline::editor
