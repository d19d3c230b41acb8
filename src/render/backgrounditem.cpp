#include "sightline/render/backgrounditem.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace sightline::render {

namespace {

constexpr qreal kBackgroundZ = -100;

QPointF at(const layout::Background& bg, double angle, double radius) {
    return {bg.centre.x + radius * std::sin(angle), bg.centre.y - radius * std::cos(angle)};
}

QFont labelFont(qreal pixels, QFont::Weight weight) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

BackgroundItem::BackgroundItem() {
    setZValue(kBackgroundZ);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable, false);
    setFlag(ItemIsFocusable, false);
}

qreal BackgroundItem::labelPixels() const {
    // Labels grow with the map so that they stay legible when the whole map is in view.
    qreal outer = 0;
    for (const auto& r : background_.rings)
        outer = std::max<qreal>(outer, r.outer);
    return std::clamp(outer / 40.0, 12.0, 260.0);
}

void BackgroundItem::setBackground(layout::Background background) {
    prepareGeometryChange();
    background_ = std::move(background);
    QRectF r;
    const auto& bg = background_;
    qreal outer = 0;
    for (const auto& ring : bg.rings)
        outer = std::max<qreal>(outer, ring.outer);
    for (const auto& s : bg.sectors)
        outer = std::max<qreal>(outer, s.outer);
    if (outer > 0) {
        r = QRectF(bg.centre.x - outer, bg.centre.y - outer, 2 * outer, 2 * outer);
        const qreal px = labelPixels();
        for (const auto& s : bg.sectors) {
            const qreal w = px * 0.62 * static_cast<qreal>(s.label.size()) + px;
            r |= QRectF(s.labelPosition.x - w / 2, s.labelPosition.y - px, w, 2 * px);
        }
    }
    for (const auto& b : bg.bands)
        r |= QRectF(QPointF(b.left, b.top), QPointF(b.right, b.bottom));
    bounds_ = r.adjusted(-4, -4, 4, 4);
    update();
}

void BackgroundItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (!background_.rings.empty() || !background_.sectors.empty())
        paintResults(painter, lod);
    if (!background_.bands.empty())
        paintStrategy(painter, lod);
}

void BackgroundItem::paintResults(QPainter* painter, qreal lod) const {
    const auto& bg = background_;
    const QPointF c(bg.centre.x, bg.centre.y);
    // Hairlines stay one pixel wide on screen; exports get thin lines.
    QPen ring(guide_, 0);
    ring.setCosmetic(true);
    painter->setBrush(Qt::NoBrush);
    for (std::size_t i = 0; i < bg.rings.size(); ++i) {
        const auto& g = bg.rings[i];
        if (g.level == 0)
            continue;
        // A faint band under the ring's objectives, with its middle line.
        QPainterPath annulus;
        annulus.addEllipse(c, g.outer, g.outer);
        annulus.addEllipse(c, g.inner, g.inner);
        painter->setPen(Qt::NoPen);
        painter->setBrush(i % 2 ? band_
                                : QColor(band_.red(), band_.green(), band_.blue(), band_.alpha() / 2));
        painter->drawPath(annulus);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(ring);
        painter->drawEllipse(c, g.radius, g.radius);
    }
    // Sector dividers from the innermost ring of a division to its outer edge. On screen a
    // dashed hairline; on paper (PDF, SVG) dashes measured in map points, since a cosmetic
    // dash there is a device dot and a divider turned into tens of thousands of them.
    const QPaintEngine* engine = painter->paintEngine();
    const bool paper = engine && (engine->type() == QPaintEngine::Pdf || engine->type() == QPaintEngine::SVG);
    QPen divider(guide_, paper ? 0.8 : 0, Qt::DashLine);
    divider.setCosmetic(!paper);
    if (paper)
        divider.setDashPattern({8, 6});
    painter->setPen(divider);
    if (bg.sectors.size() > 1)
        for (const auto& s : bg.sectors)
            painter->drawLine(at(bg, s.startAngle, s.inner), at(bg, s.startAngle, s.outer));

    const qreal px = labelPixels();
    if (px * lod < 5)
        return; // too small to read: leave the labels out
    painter->setPen(text_);
    painter->setFont(labelFont(px, QFont::Bold));
    for (const auto& s : bg.sectors) {
        const QString text = QString::fromStdString(s.label);
        const qreal w = px * 0.7 * static_cast<qreal>(text.size()) + px;
        painter->drawText(QRectF(s.labelPosition.x - w / 2, s.labelPosition.y - px, w, 2 * px),
                          Qt::AlignCenter, text);
    }
    // Ring names at 12 o'clock, in the gap outside each ring.
    const qreal small = std::max<qreal>(10, px * 0.55);
    painter->setFont(labelFont(small, QFont::Normal));
    for (std::size_t i = 0; i < bg.rings.size(); ++i) {
        const auto& g = bg.rings[i];
        if (g.level == 0)
            continue;
        const qreal next = i + 1 < bg.rings.size() ? bg.rings[i + 1].inner : g.outer + 2.5 * small;
        const qreal y = bg.centre.y - (g.outer + next) / 2;
        painter->drawText(QRectF(bg.centre.x - 20 * small, y - small, 40 * small, 2 * small), Qt::AlignCenter,
                          QString::fromStdString(g.label));
    }
}

void BackgroundItem::paintStrategy(QPainter* painter, qreal lod) const {
    QPen edge(guide_, 0);
    edge.setCosmetic(true);
    const QColor fill = band_;
    const QColor alternate(band_.red(), band_.green(), band_.blue(), band_.alpha() * 2);
    for (std::size_t i = 0; i < background_.bands.size(); ++i) {
        const auto& b = background_.bands[i];
        const QRectF r(QPointF(b.left, b.top), QPointF(b.right, b.bottom));
        painter->setPen(Qt::NoPen);
        painter->setBrush(i % 2 ? alternate : fill);
        painter->drawRect(r);
        painter->setPen(edge);
        if (i > 0)
            painter->drawLine(r.topLeft(), r.topRight());
    }
    painter->setPen(text_);
    for (const auto& b : background_.bands) {
        const QString title = QString::fromStdString(b.title);
        const qreal height = b.bottom - b.top;
        const qreal column = 140; // the room the strategy layout keeps at the left of the bands
        // Tall bands get a large title turned along the band, readable on a whole big map.
        const qreal along = std::clamp(height * 0.85 / (0.68 * std::max<qreal>(4, title.size())), 12.0, 40.0);
        if (along > 22) {
            if (along * lod < 5)
                continue;
            painter->save();
            painter->translate(b.titlePosition.x, b.titlePosition.y);
            painter->rotate(-90);
            painter->setFont(labelFont(along, QFont::Bold));
            painter->drawText(QRectF(-height / 2, -column / 2, height, column), Qt::AlignCenter, title);
            painter->restore();
        } else {
            if (14 * lod < 5)
                continue;
            painter->setFont(labelFont(14, QFont::Bold));
            painter->drawText(QRectF(b.titlePosition.x - column / 2, b.top, column, height),
                              Qt::AlignCenter | Qt::TextWordWrap, title);
        }
    }
}

} // namespace sightline::render
