#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QGraphicsView>
#include <functional>
#include <memory>
#include <optional>

class QLineEdit;

namespace sightline::render {
class MapScene;
class MapNodeItem;
} // namespace sightline::render

namespace sightline::editor {

class CaptureKeys;
class EditController;
class LinkDragTool;
class NodeDragTool;
class PanZoomHandler;
class TitleEditor;

// The canvas: shows the MapScene and turns mouse and keyboard into edits through the
// EditController. Drag a node to move it (one undo step per drag), drag from its edge handle
// to another node to draw a link, rubber-band / Ctrl+click to select, wheel to zoom, drag with
// the middle button or with Space held to pan. The capture keys (capturekeys.h): Enter adds a
// cause of the selected result, Shift+Enter a sibling, typing renames, arrows select the
// neighbour, Ctrl+arrows move. F2 or a double click edits a title in place, Delete removes.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    CanvasView(EditController& controller, QWidget* parent = nullptr);
    ~CanvasView() override;

    render::MapScene& mapScene() const;
    EditController& controller() const { return controller_; }

    void zoomIn();
    void zoomOut();
    void zoomBy(qreal factor);
    // Fits the whole map into the view (Ctrl+0).
    void fitMap();
    // Zooms and scrolls so that `sceneRect` with `margin` around it fills the view (never closer
    // than `most`).
    void fitRect(const QRectF& sceneRect, qreal margin = 40, qreal most = 1.5);
    // Fits the nodes that stand out in the scene's focus (line of sight, ripple, path), where
    // the scene shows them now; false, and the view unchanged, when nothing stands out.
    bool fitFocus();
    // Fits now and once more at the next resize (entering or leaving full screen: the window
    // gets its new size only later).
    void fitMapAfterResize() {
        fitMap();
        fitOnResize_ = true;
    }
    // What fitMap() fits instead of the whole map with its guides (presentation mode: the
    // nodes, or a team's line of sight); empty: the whole map.
    void setFitBounds(std::function<QRectF()> bounds) { fitBounds_ = std::move(bounds); }
    qreal zoom() const;
    // While locked, dragging nodes and Ctrl+arrows do not move them (the path-only view shows
    // them at places of its own); selecting, linking and editing go on.
    void setMovesLocked(bool locked) { movesLocked_ = locked; }
    bool movesLocked() const { return movesLocked_; }
    void centreOn(const core::NodeId& id);

    // Opens the in-place title editor on a node (with `typed` in place of its title).
    void editTitle(const core::NodeId& id, const QString& typed = {});
    bool isEditingTitle() const;
    QLineEdit* titleEditor() const;

    // Actions offered by the context menu on empty canvas / on a selection.
    void setContextActions(QList<QAction*> canvas, QList<QAction*> selection);

    // Where a node created now goes: where the context menu was opened, else the centre.
    QPointF creationPos();
    // The scene point under the centre of the view.
    QPointF viewCentre() const;
    // The node under a viewport point, if any.
    render::MapNodeItem* nodeAt(const QPoint& viewPos) const;

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void viewportMoved();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    EditController& controller_;

    std::unique_ptr<PanZoomHandler> panZoom_;
    std::unique_ptr<NodeDragTool> nodeDrag_;
    std::unique_ptr<LinkDragTool> linkDrag_;
    std::unique_ptr<TitleEditor> title_;
    std::unique_ptr<CaptureKeys> capture_;

    QList<QAction*> canvasActions_, selectionActions_;
    std::optional<QPointF> lastContextPos_;
    bool fitOnResize_ = false;
    std::optional<QTransform> fittedTransform_; // the view's transform after the last fitMap()
    bool forwarding_ = false;
    bool movesLocked_ = false;
    std::function<QRectF()> fitBounds_;
};

} // namespace sightline::editor
