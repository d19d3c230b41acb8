#include "sightline/editor/canvasview.h"

#include "capturekeys.h"
#include "linkdragtool.h"
#include "nodedragtool.h"
#include "panzoomhandler.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/render/itemtypes.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"
#include "titleeditor.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QWheelEvent>
#include <cmath>

namespace sightline::editor {

using render::MapNodeItem;

CanvasView::CanvasView(EditController& controller, QWidget* parent)
    : QGraphicsView(&controller.scene(), parent), controller_(controller),
      panZoom_(std::make_unique<PanZoomHandler>(*this)), nodeDrag_(std::make_unique<NodeDragTool>(*this)),
      linkDrag_(std::make_unique<LinkDragTool>(*this)), title_(std::make_unique<TitleEditor>(*this)),
      capture_(std::make_unique<CaptureKeys>(*this)) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    connect(&controller_, &EditController::editTitleRequested, this,
            [this](const core::NodeId& id) { editTitle(id); });
    connect(&controller_.scene(), &render::MapScene::changesApplied, this,
            [this] { title_->modelChanged(); });
}

CanvasView::~CanvasView() = default;

render::MapScene& CanvasView::mapScene() const {
    return controller_.scene();
}

qreal CanvasView::zoom() const {
    return transform().m11();
}

void CanvasView::zoomBy(qreal factor) {
    const qreal z = zoom() * factor;
    if (z < 0.005 || z > 8)
        return;
    scale(factor, factor);
    Q_EMIT zoomChanged(zoom());
    title_->place();
}

void CanvasView::zoomIn() {
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1.25);
    setTransformationAnchor(old);
}

void CanvasView::zoomOut() {
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / 1.25);
    setTransformationAnchor(old);
}

void CanvasView::fitMap() {
    if (fitBounds_)
        fitRect(fitBounds_(), 0, 4); // presentation: the nodes fill the screen
    else
        fitRect(mapScene().mapBounds());
    fittedTransform_ = transform();
}

bool CanvasView::fitFocus() {
    const render::MapScene& scene = mapScene();
    QRectF bounds;
    for (const auto& [id, look] : scene.looks().nodes())
        if (look.standsOut())
            if (const render::MapNodeItem* item = scene.nodeItem(id); item && item->isVisible())
                bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return false;
    fitRect(bounds, 80);
    return true;
}

void CanvasView::fitRect(const QRectF& bounds, qreal margin, qreal most) {
    if (bounds.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
    } else {
        fitInView(bounds.adjusted(-margin, -margin, margin, margin), Qt::KeepAspectRatio);
        if (zoom() > most) {
            resetTransform();
            scale(most, most);
            centerOn(bounds.center());
        }
    }
    Q_EMIT zoomChanged(zoom());
    title_->place();
}

void CanvasView::centreOn(const core::NodeId& id) {
    fittedTransform_.reset(); // the view is the user's now: a resize keeps it
    if (MapNodeItem* item = mapScene().nodeItem(id)) {
        if (zoom() < 0.5) {
            resetTransform();
            scale(0.8, 0.8);
            Q_EMIT zoomChanged(zoom());
        }
        centerOn(item);
    }
}

QPointF CanvasView::viewCentre() const {
    return mapToScene(viewport()->rect().center());
}

QPointF CanvasView::creationPos() {
    if (lastContextPos_) {
        const QPointF p = *lastContextPos_;
        lastContextPos_.reset();
        return p;
    }
    return viewCentre();
}

void CanvasView::setContextActions(QList<QAction*> canvas, QList<QAction*> selection) {
    canvasActions_ = std::move(canvas);
    selectionActions_ = std::move(selection);
}

MapNodeItem* CanvasView::nodeAt(const QPoint& viewPos) const {
    for (QGraphicsItem* item : items(viewPos)) {
        if (auto* node = dynamic_cast<MapNodeItem*>(item))
            return node;
    }
    return nullptr;
}

// --- mouse ----------------------------------------------------------------------------------

void CanvasView::mousePressEvent(QMouseEvent* event) {
    fittedTransform_.reset(); // the view is the user's now: a resize keeps it
    if (title_->isOpen())
        title_->commit();
    if (panZoom_->mousePress(event))
        return;
    MapNodeItem* node = event->button() == Qt::LeftButton ? nodeAt(event->position().toPoint()) : nullptr;
    if (linkDrag_->mousePress(event, node))
        return;
    QGraphicsView::mousePressEvent(event);
    nodeDrag_->mousePress(event, node);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event) {
    if (panZoom_->mouseMove(event) || linkDrag_->mouseMove(event) || nodeDrag_->mouseMove(event))
        return;
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event) {
    if (panZoom_->mouseRelease(event) || linkDrag_->mouseRelease(event))
        return;
    nodeDrag_->mouseRelease();
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QGraphicsView::mouseDoubleClickEvent(event);
    if (MapNodeItem* node = nodeAt(event->position().toPoint())) {
        editTitle(node->nodeId());
    } else if (!itemAt(event->position().toPoint())) {
        if (auto id =
                controller_.createNode(core::NodeKind::Objective, mapToScene(event->position().toPoint())))
            editTitle(*id);
    }
    event->accept();
}

void CanvasView::wheelEvent(QWheelEvent* event) {
    fittedTransform_.reset(); // the view is the user's now: a resize keeps it
    panZoom_->wheel(event);
}

void CanvasView::contextMenuEvent(QContextMenuEvent* event) {
    MapNodeItem* node = nodeAt(event->pos());
    QGraphicsItem* item = itemAt(event->pos());
    QMenu menu(this);
    if (node) {
        if (!node->isSelected()) {
            mapScene().clearSelection();
            node->setSelected(true);
        }
        menu.addActions(selectionActions_);
    } else if (item && item->type() == render::LinkItem::Type) {
        auto* link = static_cast<render::LinkItem*>(item);
        mapScene().clearSelection();
        link->setSelected(true);
        const core::Link* l = mapScene().map().link(link->linkId());
        QMenu* kinds = menu.addMenu(tr("Link kind"));
        for (core::LinkKind k : core::kAllLinkKinds) {
            const core::Node* from = mapScene().map().node(l->from);
            const core::Node* to = mapScene().map().node(l->to);
            if (!core::linkAllowed(k, from->kind, to->kind))
                continue;
            QAction* a = kinds->addAction(render::linkKindLabel(mapScene().map().properties().vocabulary, k));
            a->setCheckable(true);
            a->setChecked(k == l->kind);
            const core::LinkId id = link->linkId();
            connect(a, &QAction::triggered, this, [this, id, k] { controller_.setLinkKind(id, k); });
        }
        menu.addActions(selectionActions_);
    } else {
        lastContextPos_ = mapToScene(event->pos());
        menu.addActions(canvasActions_);
    }
    menu.exec(event->globalPos());
    lastContextPos_.reset();
}

// --- keyboard -------------------------------------------------------------------------------

void CanvasView::keyPressEvent(QKeyEvent* event) {
    fittedTransform_.reset();               // the view is the user's now: a resize keeps it
    if (title_->isOpen() && !forwarding_) { // typing that reached the canvas belongs to the title
        forwarding_ = true;                 // (what the field leaves comes back here: once)
        QApplication::sendEvent(title_->lineEdit(), event);
        forwarding_ = false;
        event->accept();
        return;
    }
    if (capture_->keyPress(event))
        return;
    switch (event->key()) {
    case Qt::Key_F2: {
        const auto selected = mapScene().selectedNodeIds();
        if (selected.size() == 1)
            editTitle(selected.front());
        event->accept();
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        controller_.deleteSelection();
        event->accept();
        return;
    case Qt::Key_Space:
        panZoom_->keyPress(event);
        return;
    case Qt::Key_Escape:
        mapScene().clearSelection();
        event->accept();
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event) {
    if (panZoom_->keyRelease(event))
        return;
    QGraphicsView::keyReleaseEvent(event);
}

// --- background -----------------------------------------------------------------------------

void CanvasView::drawBackground(QPainter* painter, const QRectF& rect) {
    const render::Style& s = mapScene().style();
    painter->fillRect(rect, s.background);
    if (zoom() < 0.45)
        return;
    const qreal g = s.gridSize * 2;
    const qreal left = std::floor(rect.left() / g) * g, top = std::floor(rect.top() / g) * g;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += g)
        for (qreal y = top; y < rect.bottom(); y += g)
            dots.push_back(QPointF(x, y));
    if (dots.size() > 60000)
        return;
    painter->setPen(QPen(QColor(0xd5, 0xda, 0xe1), 2.0 / zoom() > 2 ? 2 : 1.6, Qt::SolidLine, Qt::RoundCap));
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

void CanvasView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    title_->place();
    Q_EMIT viewportMoved();
}

void CanvasView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // A map still shown as fitted (nobody zoomed since) is fitted again to the new size: the
    // window maximised on the first start, or a dock closed, gives the map the room.
    const bool stillFitted = fittedTransform_ && transform() == *fittedTransform_;
    if (fitOnResize_ || stillFitted) {
        fitOnResize_ = false;
        fitMap();
    }
    title_->place();
    Q_EMIT viewportMoved();
}

// --- in-place title editing -----------------------------------------------------------------

QLineEdit* CanvasView::titleEditor() const {
    return title_->lineEdit();
}

bool CanvasView::isEditingTitle() const {
    return title_->isOpen();
}

void CanvasView::editTitle(const core::NodeId& id, const QString& typed) {
    title_->open(id, typed);
}

} // namespace sightline::editor
