#include "legendoverlay.h"

#include "sightline/render/legend.h"
#include "sightline/render/mapscene.h"

#include <QEvent>
#include <QPainter>

namespace sightline::editor {

LegendOverlay::LegendOverlay(render::MapScene& scene, QWidget* viewport)
    : QWidget(viewport->parentWidget()), scene_(scene), viewport_(viewport) {
    setObjectName(QStringLiteral("legendOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    viewport->installEventFilter(this);
    connect(&scene_, &render::MapScene::highlightChanged, this, &LegendOverlay::refresh);
    refresh();
}

void LegendOverlay::refresh() {
    const render::Highlight& h = scene_.highlight();
    const bool wanted = h.active() || h.colour != render::ColourMode::Team;
    setVisible(wanted);
    if (wanted)
        place();
    update();
}

void LegendOverlay::place() {
    const QSizeF size = render::legendSize(scene_.legend(), scene_.style());
    const QRect view = viewport_->geometry(); // in the scroll area, between its scroll bars
    resize(size.toSize() + QSize(2, 2));
    move(view.left() + 12, std::max(view.top(), view.bottom() + 1 - height() - 12));
    raise();
}

bool LegendOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == viewport_ && (event->type() == QEvent::Resize || event->type() == QEvent::Move) &&
        isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

void LegendOverlay::paintEvent(QPaintEvent*) {
    QPainter p(this);
    render::paintLegend(p, scene_.legend(), QPointF(0.5, 0.5), scene_.style());
}

} // namespace sightline::editor
