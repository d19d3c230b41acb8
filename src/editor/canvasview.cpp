#include "sightline/editor/canvasview.h"

#include "sightline/editor/editcontroller.h"
#include "sightline/render/itemtypes.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace sightline::editor {

using render::MapNodeItem;

CanvasView::CanvasView(EditController& controller, QWidget* parent)
    : QGraphicsView(&controller.scene(), parent), controller_(controller) {
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
    connect(&controller_, &EditController::editTitleRequested, this, &CanvasView::editTitle);
    connect(&controller_.scene(), &render::MapScene::changesApplied, this, [this] {
        if (editor_ && !mapScene().nodeItem(editing_))
            closeTitleEditor();
        else if (editor_)
            placeTitleEditor();
    });
}

CanvasView::~CanvasView() {
    delete linkPreview_;
}

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
    placeTitleEditor();
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
    const QRectF bounds = mapScene().mapBounds();
    if (bounds.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
    } else {
        fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
        if (zoom() > 1.5) {
            resetTransform();
            scale(1.5, 1.5);
            centerOn(bounds.center());
        }
    }
    Q_EMIT zoomChanged(zoom());
    placeTitleEditor();
}

void CanvasView::centreOn(const core::NodeId& id) {
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

void CanvasView::setGridVisible(bool visible) {
    grid_ = visible;
    resetCachedContent();
    viewport()->update();
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
    if (editor_)
        commitTitle();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)) {
        panning_ = true;
        panLast_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    MapNodeItem* node = event->button() == Qt::LeftButton ? nodeAt(event->position().toPoint()) : nullptr;
    if (node && node->isOnHandle(node->mapFromScene(mapToScene(event->position().toPoint())))) {
        linkFrom_ = node->nodeId();
        const QPointF start = node->mapToScene(node->handlePos());
        linkPreview_ = new QGraphicsLineItem(QLineF(start, start));
        linkPreview_->setPen(QPen(mapScene().style().selection, 2.5, Qt::DashLine, Qt::RoundCap));
        linkPreview_->setZValue(1000);
        mapScene().addItem(linkPreview_);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
    pressOnNode_ = node && event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ControlModifier);
    if (pressOnNode_) {
        if (!node->isSelected()) {
            mapScene().clearSelection();
            node->setSelected(true);
        }
        dragging_ = false;
        dragStart_ = mapToScene(event->position().toPoint());
        dragOrigin_.clear();
        for (const core::NodeId& id : mapScene().selectedNodeIds()) {
            // Dragging a card drags the bubble it hangs from.
            core::NodeId target = mapScene().attachedTo(id);
            if (target.empty())
                target = id;
            bool seen = false;
            for (const auto& [d, p] : dragOrigin_)
                seen = seen || d == target;
            if (!seen)
                dragOrigin_.emplace_back(target, mapScene().placedPosition(target));
        }
        gesture_ = controller_.newGesture();
    }
}

void CanvasView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPoint d = event->position().toPoint() - panLast_;
        panLast_ = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    if (linkPreview_) {
        QLineF l = linkPreview_->line();
        l.setP2(mapToScene(event->position().toPoint()));
        linkPreview_->setLine(l);
        event->accept();
        return;
    }
    if (pressOnNode_ && (event->buttons() & Qt::LeftButton)) {
        const QPointF now = mapToScene(event->position().toPoint());
        if (!dragging_ && (mapFromScene(now) - mapFromScene(dragStart_)).manhattanLength() >=
                              QApplication::startDragDistance())
            dragging_ = true;
        if (dragging_) {
            std::vector<std::pair<core::NodeId, QPointF>> to;
            for (const auto& [id, origin] : dragOrigin_)
                to.emplace_back(id, origin + (now - dragStart_));
            controller_.placeNodes(to, gesture_);
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_) {
        panning_ = false;
        viewport()->setCursor(spaceHeld_ ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (linkPreview_) {
        delete linkPreview_;
        linkPreview_ = nullptr;
        const core::NodeId from = *linkFrom_;
        linkFrom_.reset();
        if (MapNodeItem* target = nodeAt(event->position().toPoint()); target && target->nodeId() != from)
            controller_.linkNodes(from, target->nodeId());
        event->accept();
        return;
    }
    pressOnNode_ = false;
    dragging_ = false;
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
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    zoomBy(std::pow(1.0015, delta));
    event->accept();
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
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 5 * mapScene().style().gridSize
                                                                : mapScene().style().gridSize;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        controller_.createLinked(core::NodeKind::Objective, viewCentre());
        event->accept();
        return;
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
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (mapScene().selectedNodeIds().empty())
            break;
        if (!event->isAutoRepeat())
            gesture_ = controller_.newGesture();
        const QPointF d = event->key() == Qt::Key_Left    ? QPointF(-step, 0)
                          : event->key() == Qt::Key_Right ? QPointF(step, 0)
                          : event->key() == Qt::Key_Up    ? QPointF(0, -step)
                                                          : QPointF(0, step);
        controller_.moveSelection(d, gesture_);
        event->accept();
        return;
    }
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            spaceHeld_ = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
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
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        if (!panning_)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

// --- background -----------------------------------------------------------------------------

void CanvasView::drawBackground(QPainter* painter, const QRectF& rect) {
    const render::Style& s = mapScene().style();
    painter->fillRect(rect, s.background);
    if (!grid_ || zoom() < 0.45)
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
    placeTitleEditor();
    Q_EMIT viewportMoved();
}

void CanvasView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    placeTitleEditor();
    Q_EMIT viewportMoved();
}

// --- in-place title editing -----------------------------------------------------------------

namespace {

// Enter commits, Escape cancels; everything else is typing.
class TitleEdit : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    std::function<void()> onCommit, onCancel;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            onCommit();
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            onCancel();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent* event) override {
        QLineEdit::focusOutEvent(event);
        if (event->reason() != Qt::PopupFocusReason && onCommit)
            onCommit();
    }
};

} // namespace

QLineEdit* CanvasView::titleEditor() const {
    return editor_;
}

bool CanvasView::isEditingTitle() const {
    return editor_ != nullptr;
}

void CanvasView::editTitle(const core::NodeId& id) {
    if (editor_)
        commitTitle();
    const core::Node* n = mapScene().map().node(id);
    MapNodeItem* item = mapScene().nodeItem(id);
    if (!n || !item)
        return;
    ensureVisible(item, 40, 40);
    editing_ = id;
    auto* edit = new TitleEdit(viewport());
    edit->setText(QString::fromStdString(n->title));
    edit->selectAll();
    edit->setAlignment(Qt::AlignCenter);
    edit->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 4px; padding: 2px 6px;"
                       " background: white; color: #1d232b; }")
            .arg(mapScene().style().selection.name()));
    edit->onCommit = [this] { commitTitle(); };
    edit->onCancel = [this] { closeTitleEditor(); };
    editor_ = edit;
    placeTitleEditor();
    edit->show();
    edit->setFocus(Qt::OtherFocusReason);
}

void CanvasView::placeTitleEditor() {
    if (!editor_)
        return;
    MapNodeItem* item = mapScene().nodeItem(editing_);
    if (!item)
        return;
    const QRect r = mapFromScene(item->mapRectToScene(item->nodeRect())).boundingRect();
    QFont f = mapScene().style().titleFont;
    f.setPixelSize(std::clamp(static_cast<int>(f.pixelSize() * zoom()), 11, 28));
    editor_->setFont(f);
    const int h = editor_->sizeHint().height();
    const int w = std::max(r.width(), 220);
    editor_->setGeometry(r.center().x() - w / 2, r.center().y() - h / 2, w, h);
}

void CanvasView::commitTitle() {
    if (!editor_)
        return;
    const QString text = editor_->text();
    const core::NodeId id = editing_;
    closeTitleEditor();
    if (!text.trimmed().isEmpty())
        controller_.renameNode(id, text);
}

void CanvasView::closeTitleEditor() {
    if (!editor_)
        return;
    auto* edit = static_cast<TitleEdit*>(editor_);
    edit->onCommit = nullptr;
    edit->onCancel = nullptr;
    editor_ = nullptr;
    editing_ = {};
    edit->hide();
    edit->deleteLater();
    setFocus(Qt::OtherFocusReason);
}

} // namespace sightline::editor
