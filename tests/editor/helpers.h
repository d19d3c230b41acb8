#pragma once

#include "actions.h"
#include "sightline/core/mapdata.h"
#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <memory>

namespace testing {

using namespace sightline;

// A shown main window holding `data` as its document.
struct Editor {
    explicit Editor(core::MapData data);
    std::unique_ptr<editor::MainWindow> window;

    editor::CanvasView& canvas() { return *window->canvas(); }
    editor::Document& document() { return window->workspace()->document(); }
    core::Map& map() { return document().map(); }
    render::MapScene& scene() { return window->workspace()->scene(); }
    editor::EditController& controller() { return window->workspace()->controller(); }
    QUndoStack& undo() { return *document().undoStack(); }

    // Viewport coordinates of a scene point / of a node's centre / of its link handle.
    QPoint viewPoint(QPointF scenePoint);
    QPoint centreOf(const char* id);
    QPoint handleOf(const char* id);

    // Mouse events with the button state a real drag has.
    void press(QPoint at, Qt::KeyboardModifiers mods = {});
    void move(QPoint to);
    void release(QPoint at);
    void drag(QPoint from, QPoint to);

    // Runs the event loop until the live analysis describes the model as it is now (false
    // after `timeoutMs`).
    bool waitForAnalysis(int timeoutMs = 20000);
};

// Two results and a measure: "a" drives nothing yet, "b" is the goal.
core::MapData smallMap();
// The bundled example map (examples/manufacturer-results-map.json).
core::MapData exampleMap();

} // namespace testing
