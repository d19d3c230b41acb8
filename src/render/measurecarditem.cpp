#include "sightline/render/measurecarditem.h"

#include "emphasispainter.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/vocabulary.h"
#include "textlines.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sightline::render {

using core::Direction;

QString formatValue(double value, const QString& unit) {
    QString v = QString::number(value, 'g', 6);
    if (unit.isEmpty())
        return v;
    if (unit == QLatin1String("%"))
        return v + unit;
    return v + QLatin1Char(' ') + unit;
}

MeasureCardItem::MeasureCardItem(MapScene& scene, core::NodeId id) : MapNodeItem(scene, std::move(id)) {
    refresh();
}

MeasureCardItem::~MeasureCardItem() = default;

QRectF MeasureCardItem::boundingRect() const {
    // Room for the "measures no result" tag above an orphan card.
    return MapNodeItem::boundingRect().adjusted(0, isOrphan() ? -22 : 0, 0, 0);
}

void MeasureCardItem::refresh() {
    const core::Map& map = mapScene().map();
    const core::Node* n = map.node(nodeId());
    if (!n)
        return;
    const Style& s = mapScene().style();
    setGeometry(s.measureSize, 4);
    status_ = measureStatus(*n);
    color_ = statusColour(status_, s);
    switch (n->direction) {
    case Direction::Up:
        arrow_ = QStringLiteral("▲");
        break;
    case Direction::Down:
        arrow_ = QStringLiteral("▼");
        break;
    case Direction::Target:
        arrow_ = QStringLiteral("◎");
        break;
    }
    const QString unit = QString::fromStdString(n->unit);
    const qreal width = s.measureSize.width() - 12;
    title_ = std::make_unique<detail::TextBlock>(detail::layoutText(
        QString::fromStdString(n->title), s.cardTitleFont, width, s.fullTitles ? 16 : 1, !s.fullTitles));
    if (s.fullTitles && title_->lines.size() > 1) // the whole title: the card grows to hold it
        setGeometry(QSizeF(s.measureSize.width(),
                           s.measureSize.height() +
                               title_->lineHeight * static_cast<qreal>(title_->lines.size() - 1)),
                    6);
    const core::MeasureValue* latest = n->latestValue();
    const QString value =
        arrow_ + QLatin1Char(' ') + (latest ? formatValue(latest->value, unit) : QStringLiteral("no data"));
    value_ = std::make_unique<detail::TextBlock>(detail::layoutText(value, s.valueFont, width * 0.55, 1));
    const QString target = n->target ? QStringLiteral("target %1").arg(formatValue(*n->target, unit))
                                     : QStringLiteral("no target");
    target_ = std::make_unique<detail::TextBlock>(detail::layoutText(target, s.smallFont, width * 0.45, 1));
    update();
}

void MeasureCardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const Style& s = mapScene().style();
    const QRectF r = nodeRect();
    const bool orphan = isOrphan();
    if (lod < s.shapeLod) {
        painter->fillRect(r, isSelected() ? s.selection : (orphan ? s.orphanBorder : s.cardBorder));
        detail::paintNodeOverlay(painter, *this, lod);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod >= s.textLod);
    if (orphan)
        painter->setPen(QPen(s.orphanBorder, 2, Qt::DashLine));
    else
        painter->setPen(QPen(s.cardBorder, 1));
    painter->setBrush(s.cardFill);
    painter->drawRoundedRect(r, cornerRadius(), cornerRadius());
    // Status bar on the left edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(color_);
    painter->drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, 3.5, r.height() - 2), 1.75, 1.75);
    paintSelection(painter);
    if (lod >= s.textLod) {
        const qreal left = r.left() + 7.5;
        painter->setPen(s.text);
        title_->drawLeft(painter, left, r.top() + 3);
        const qreal second = r.bottom() - 3 - value_->lineHeight;
        painter->setPen(color_ == s.neutral ? s.mutedText : color_.darker(115));
        value_->drawLeft(painter, left, second);
        painter->setPen(s.mutedText);
        if (!target_->lines.empty())
            target_->drawLeft(painter, r.right() - 4 - target_->widths[0], second + 0.5);
        if (orphan) {
            painter->setPen(s.orphanBorder);
            painter->setFont(s.smallFont);
            painter->drawText(
                QPointF(r.left() + 2, r.top() - 3),
                QStringLiteral("measures no %1")
                    .arg(kindLabel(mapScene().map().properties().vocabulary, core::NodeKind::Objective)
                             .toLower()));
        }
    }
    detail::paintNodeOverlay(painter, *this, lod);
    paintHandle(painter);
}

} // namespace sightline::render
