#include "overviewdock.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPointer>

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
            connect(&workspace_->scene(), &render::MapScene::changesApplied, this,
                    [this] { timer_.start(); });
            connect(canvas_, &CanvasView::viewportMoved, this, [this] { update(); });
            connect(canvas_, &CanvasView::zoomChanged, this, [this] { update(); });
            timer_.start();
        }
        update();
    }

protected:
    void resizeEvent(QResizeEvent*) override { timer_.start(); }

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
    void redraw() {
        if (!workspace_ || !isVisible())
            return;
        bounds_ = workspace_->scene().mapBounds().adjusted(-60, -60, 60, 60);
        picture_ = QPixmap(size() * devicePixelRatioF());
        picture_.setDevicePixelRatio(devicePixelRatioF());
        picture_.fill(workspace_->scene().style().background);
        if (!bounds_.isEmpty()) {
            QPainter p(&picture_);
            p.setRenderHint(QPainter::Antialiasing);
            const bool handles = workspace_->scene().handlesVisible();
            workspace_->scene().setHandlesVisible(false);
            workspace_->scene().render(&p, target(), bounds_, Qt::KeepAspectRatio);
            workspace_->scene().setHandlesVisible(handles);
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
};

OverviewDock::OverviewDock(QWidget* parent) : QDockWidget(tr("Overview"), parent) {
    setObjectName(QStringLiteral("overviewDock"));
    panel_ = new Panel(this);
    setWidget(panel_);
}

void OverviewDock::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    panel_->setWorkspace(workspace, canvas);
}

} // namespace sightline::editor
