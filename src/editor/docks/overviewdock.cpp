#include "overviewdock.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <algorithm>

namespace sightline::editor {

class OverviewDock::Panel : public QWidget {
public:
    explicit Panel(QWidget* parent) : QWidget(parent) {
        setMinimumSize(160, 120);
        timer_.setSingleShot(true);
        timer_.setInterval(300);
        connect(&timer_, &QTimer::timeout, this, [this] { redraw(); });
    }

    void setWorkspace(Workspace* workspace, CanvasView* canvas) {
        if (workspace_)
            disconnect(&workspace_->scene(), nullptr, this, nullptr);
        if (canvas_)
            disconnect(canvas_, nullptr, this, nullptr);
        workspace_ = workspace;
        canvas_ = canvas;
        picture_ = QPixmap();
        if (workspace_) {
            // A big map's overview (tens of milliseconds to draw) waits for a pause in the
            // editing, so that it never lands between keystrokes.
            connect(&workspace_->scene(), &render::MapScene::changesApplied, this, [this] {
                const bool big =
                    workspace_ && workspace_->scene().map().nodes().size() > render::MapScene::kBigMap;
                timer_.start(big ? 1500 : 300);
            });
            connect(&workspace_->scene(), &render::MapScene::highlightChanged, this,
                    [this] { timer_.start(); });
            connect(canvas_, &CanvasView::viewportMoved, this, [this] { update(); });
            connect(canvas_, &CanvasView::zoomChanged, this, [this] { update(); });
            timer_.start();
        }
        update();
    }

    void redrawNow() {
        timer_.stop();
        redraw();
    }
    QPointF panelPoint(QPointF scenePoint) const { return toPanel(QRectF(scenePoint, QSizeF())).topLeft(); }

protected:
    void resizeEvent(QResizeEvent*) override { timer_.start(); }
    void showEvent(QShowEvent*) override {
        if (stale_)
            timer_.start();
    }

    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), QColor(0xee, 0xf0, 0xf3));
        if (!workspace_ || !canvas_)
            return;
        p.drawPixmap(0, 0, picture_);
        const QRectF visible = canvas_->mapToScene(canvas_->viewport()->rect()).boundingRect();
        p.setPen(QPen(workspace_->scene().style().selection, 2));
        p.setBrush(QColor(26, 115, 232, 30));
        p.drawRect(toPanel(visible));
    }

    void mousePressEvent(QMouseEvent* e) override { moveTo(e->position()); }
    void mouseMoveEvent(QMouseEvent* e) override {
        if (e->buttons() & Qt::LeftButton)
            moveTo(e->position());
    }

private:
    // Low detail, from the model: a box per node in its current colour and a
    // hairline per link, no text, no item painting. On a 20,000-node map this is
    // a few milliseconds where rendering the scene's items took tens. Only while
    // the panel is visible; a hidden panel redraws when it is shown again.
    void redraw() {
        if (!workspace_)
            return;
        if (!isVisible()) {
            stale_ = true;
            return;
        }
        stale_ = false;
        const render::MapScene& scene = workspace_->scene();
        bounds_ = scene.mapBounds().adjusted(-60, -60, 60, 60);
        picture_ = QPixmap(size() * devicePixelRatioF());
        picture_.setDevicePixelRatio(devicePixelRatioF());
        picture_.fill(scene.style().background);
        if (!bounds_.isEmpty()) {
            QPainter p(&picture_);
            const qreal f = factor();
            p.translate(offset());
            p.scale(f, f);
            p.translate(-bounds_.topLeft());
            const core::Map& map = scene.map();
            QPen hairline(QColor(0x9a, 0xa0, 0xa6), 0);
            hairline.setCosmetic(true);
            p.setPen(hairline);
            for (const core::Link& l : map.links())
                if (scene.nodeItem(l.from) && scene.nodeItem(l.to))
                    p.drawLine(scene.nodeCentre(l.from), scene.nodeCentre(l.to));
            p.setPen(Qt::NoPen);
            for (const core::Node& n : map.nodes()) {
                const QGraphicsItem* item = scene.nodeItem(n.id);
                if (!item)
                    continue;
                QColor c = scene.nodeColour(n);
                c.setAlphaF(c.alphaF() * std::clamp(item->opacity(), 0.15, 1.0));
                p.setBrush(c);
                p.drawRect(item->sceneBoundingRect());
            }
        }
        update();
    }

    QRectF target() const { return QRectF(rect()).adjusted(2, 2, -2, -2); }

    // Scene -> panel, as render() with KeepAspectRatio maps it.
    qreal factor() const {
        return std::min(target().width() / bounds_.width(), target().height() / bounds_.height());
    }
    QPointF offset() const {
        const qreal f = factor();
        return target().center() - QPointF(bounds_.width() * f / 2, bounds_.height() * f / 2);
    }
    QRectF toPanel(const QRectF& r) const {
        if (bounds_.isEmpty())
            return {};
        const qreal f = factor();
        return QRectF(offset() + (r.topLeft() - bounds_.topLeft()) * f, r.size() * f);
    }
    void moveTo(QPointF pos) {
        if (!canvas_ || bounds_.isEmpty())
            return;
        canvas_->centerOn(bounds_.topLeft() + (pos - offset()) / factor());
        update();
    }

    QPointer<Workspace> workspace_;
    QPointer<CanvasView> canvas_;
    QPixmap picture_;
    QRectF bounds_;
    QTimer timer_;
    bool stale_ = true;
};

OverviewDock::OverviewDock(QWidget* parent) : QDockWidget(tr("Overview"), parent) {
    setObjectName(QStringLiteral("overviewDock"));
    panel_ = new Panel(this);
    setWidget(panel_);
}

void OverviewDock::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    panel_->setWorkspace(workspace, canvas);
}

QWidget* OverviewDock::panel() const {
    return panel_;
}

void OverviewDock::redrawNow() {
    panel_->redrawNow();
}

QPointF OverviewDock::panelPoint(QPointF scenePoint) const {
    return panel_->panelPoint(scenePoint);
}

} // namespace sightline::editor
