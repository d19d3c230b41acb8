#include "sightline/render/nodeitem.h"

#include "emphasispainter.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"
#include "textlines.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sightline::render {

using core::NodeKind;

NodeItem::NodeItem(MapScene& scene, core::NodeId id) : MapNodeItem(scene, std::move(id)) {
    refresh();
}

NodeItem::~NodeItem() = default;

namespace {

QString statusText(core::InitiativeStatus s) {
    switch (s) {
    case core::InitiativeStatus::Proposed:
        return QStringLiteral("Proposed");
    case core::InitiativeStatus::Active:
        return QStringLiteral("Active");
    case core::InitiativeStatus::OnHold:
        return QStringLiteral("On hold");
    case core::InitiativeStatus::Done:
        return QStringLiteral("Done");
    case core::InitiativeStatus::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

} // namespace

void NodeItem::refresh() {
    const core::Map& map = mapScene().map();
    const core::Node* n = map.node(nodeId());
    if (!n)
        return;
    const Style& s = mapScene().style();
    initiative_ = n->kind == NodeKind::Initiative;
    goal_ = n->kind == NodeKind::Objective && n->goal;
    color_ = mapScene().nodeColour(*n);
    const QSizeF size = s.nodeSize(*n);
    const qreal radius = initiative_ ? 4 : (goal_ ? 16 : 13);
    setGeometry(size, radius);

    const qreal textWidth = size.width() - (initiative_ ? 22 : 12);
    QString caption;
    if (initiative_) {
        QStringList parts;
        parts << kindLabel(map.properties().vocabulary, NodeKind::Initiative);
        if (n->status)
            parts << statusText(*n->status);
        if (n->due)
            parts << QStringLiteral("due %1").arg(QString::fromStdString(n->due->toString()));
        caption = parts.join(QStringLiteral(" · "));
    } else {
        QStringList parts;
        if (goal_)
            parts << QStringLiteral("★ %1").arg(goalLabel(map.properties().vocabulary));
        if (n->owner)
            if (const core::Person* p = map.person(*n->owner))
                parts << QString::fromStdString(p->name);
        if (parts.size() < 2 && n->team)
            if (const core::Team* t = map.team(*n->team))
                parts << QString::fromStdString(t->name);
        caption = parts.join(QStringLiteral(" · "));
    }
    if (!s.showCaptions)
        caption.clear();
    // Up to `titleLines` lines on the canvas (a longer title is shortened, the whole of it in
    // the tooltip); every line in exports. The box grows when the lines need more room.
    const QString title = QString::fromStdString(n->title);
    title_ = std::make_unique<detail::TextBlock>(
        detail::layoutText(title, goal_ ? s.goalFont : s.titleFont, textWidth,
                           s.fullTitles ? 1000 : s.titleLines, !s.fullTitles));
    caption_ = std::make_unique<detail::TextBlock>(
        detail::layoutText(caption, s.smallFont, textWidth, s.fullTitles ? 1000 : 1, !s.fullTitles));
    const qreal needed = title_->height() + (caption_->lines.empty() ? 0 : caption_->height() + 1.5) + 6;
    if (needed > size.height())
        setGeometry(QSizeF(size.width(), needed), radius);
    setToolTip(caption.isEmpty() ? title : title + QLatin1Char('\n') + caption);
    update();
}

QPainterPath NodeItem::initiativePath() const {
    const QRectF r = nodeRect();
    const qreal tip = 9;
    QPainterPath p;
    p.moveTo(r.left() + tip, r.top());
    p.lineTo(r.right() - tip, r.top());
    p.lineTo(r.right(), r.center().y());
    p.lineTo(r.right() - tip, r.bottom());
    p.lineTo(r.left() + tip, r.bottom());
    p.lineTo(r.left(), r.center().y());
    p.closeSubpath();
    return p;
}

QPainterPath NodeItem::shape() const {
    if (!initiative_)
        return MapNodeItem::shape();
    QPainterPath p = initiativePath();
    p.setFillRule(Qt::WindingFill);
    if (showHandle())
        p.addEllipse(handlePos(), mapScene().style().handleRadius + 3, mapScene().style().handleRadius + 3);
    return p;
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const Style& s = mapScene().style();
    if (lod < s.shapeLod) {
        // Far away: a plain box in the team's colour is all the eye can see.
        painter->fillRect(nodeRect(),
                          isSelected() ? s.selection : (initiative_ ? s.initiativeBorder : color_));
        detail::paintNodeOverlay(painter, *this, lod);
        return;
    }
    if (initiative_)
        paintInitiative(painter, lod);
    else
        paintObjective(painter, lod);
    detail::paintNodeOverlay(painter, *this, lod);
}

void NodeItem::paintObjective(QPainter* painter, qreal lod) const {
    const Style& s = mapScene().style();
    const QRectF r = nodeRect();
    painter->setRenderHint(QPainter::Antialiasing, lod >= s.textLod);
    if (goal_) {
        painter->setPen(QPen(color_.darker(135), 1.8));
        painter->setBrush(color_);
    } else {
        painter->setPen(QPen(color_, 1.5));
        painter->setBrush(Style::tint(color_, 0.14));
    }
    painter->drawRoundedRect(r, cornerRadius(), cornerRadius());
    paintSelection(painter);
    if (lod >= s.textLod && labelled()) {
        const qreal gap = caption_->lines.empty() ? 0 : 1.5;
        const qreal total = title_->height() + gap + caption_->height();
        qreal top = -total / 2;
        if (goal_) {
            // Caption (the goal marker) above the title on a filled bubble.
            painter->setPen(QColor(255, 255, 255, 215));
            caption_->drawCentred(painter, 0, top);
            top += caption_->height() + gap;
            painter->setPen(Qt::white);
            title_->drawCentred(painter, 0, top);
        } else {
            painter->setPen(s.text);
            title_->drawCentred(painter, 0, top);
            top += title_->height() + gap;
            painter->setPen(s.mutedText);
            caption_->drawCentred(painter, 0, top);
        }
    }
    paintHandle(painter);
}

void NodeItem::paintInitiative(QPainter* painter, qreal lod) const {
    const Style& s = mapScene().style();
    painter->setRenderHint(QPainter::Antialiasing, lod >= s.textLod);
    painter->setPen(QPen(s.initiativeBorder, 1));
    painter->setBrush(s.initiativeFill);
    const QPainterPath path = initiativePath();
    painter->drawPath(path);
    // The team's colour as a band along the top edge.
    painter->setPen(QPen(color_, 2.5, Qt::SolidLine, Qt::FlatCap));
    const QRectF r = nodeRect();
    painter->drawLine(QPointF(r.left() + 10, r.top() + 1.25), QPointF(r.right() - 10, r.top() + 1.25));
    if (isSelected()) {
        painter->setPen(QPen(s.selection, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    if (lod >= s.textLod && labelled()) {
        const qreal gap = 1;
        const qreal total = title_->height() + gap + caption_->height();
        painter->setPen(s.mutedText);
        caption_->drawCentred(painter, 0, -total / 2);
        painter->setPen(s.text);
        title_->drawCentred(painter, 0, -total / 2 + caption_->height() + gap);
    }
    paintHandle(painter);
}

} // namespace sightline::render
