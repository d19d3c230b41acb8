#include "sightline/render/measurecarditem.h"

#include "emphasispainter.h"
#include "measurecardchart.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/valueformat.h"
#include "sightline/render/vocabulary.h"
#include "textlines.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sightline::render {

using core::Direction;

namespace {

constexpr qreal kPad = 2.5;     // above the title and below the value row
constexpr qreal kRowGap = 0.5;  // between the title and the value row
constexpr qreal kColumnGap = 5; // between the value and the target on one row
constexpr qreal kChartBand = 6; // at least, for the sparkline between the title and the value
constexpr int kCanvasTitleLines = 3;

} // namespace

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
    xmr_ = analysis::computeXmr(*n, map.settings()); // once: the status is read from it too
    const MeasureStanding standing = measureStanding(*n, xmr_);
    status_ = standing.status;
    basis_ = standing.basis;
    color_ = statusColour(status_, s);
    if (s.cardsAsDots) { // the projector: only the status shows
        setGeometry(QSizeF(s.dotSize, s.dotSize), s.dotSize / 2);
        update();
        return;
    }
    setGeometry(s.measureSize, 4);
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
    const qreal width = s.measureSize.width() - 11.5;
    const QString title = QString::fromStdString(n->title);
    title_ = std::make_unique<detail::TextBlock>(detail::layoutText(
        title, s.cardTitleFont, width, s.fullTitles ? 1000 : kCanvasTitleLines, !s.fullTitles));
    layOutNumbers(*n, unit, width);
    // The card grows when its title and numbers need more room than the planned size.
    const qreal needed = kPad + title_->height() + kRowGap + kChartBand + kRowGap + value_->height() +
                         (twoRows_ ? target_->height() : 0) + kPad;
    setGeometry(QSizeF(s.measureSize.width(), std::max(s.measureSize.height(), needed)), 4);
    setToolTip(toolTipText(*n, unit));
    update();
}

void MeasureCardItem::layOutNumbers(const core::Node& n, const QString& unit, qreal width) {
    const Style& s = mapScene().style();
    const core::MeasureValue* latest = n.latestValue();
    const QFontMetricsF valueMetrics(s.valueFont), targetMetrics(s.smallFont);
    const QString arrow = arrow_ + QLatin1Char(' ');
    const QString targetWord = QStringLiteral("target ");
    auto valueText = [&](NumberForm form) {
        return arrow + (latest ? formatValue(latest->value, unit, form) : QStringLiteral("no data"));
    };
    auto targetText = [&](NumberForm form) {
        return n.target ? targetWord + formatValue(*n.target, unit, form) : QStringLiteral("no target");
    };
    // One row, value left and target right, in the most precise forms that fit side by side.
    const std::pair<NumberForm, NumberForm> rows[] = {{NumberForm::Full, NumberForm::Full},
                                                      {NumberForm::Full, NumberForm::Compact},
                                                      {NumberForm::Compact, NumberForm::Compact},
                                                      {NumberForm::Short, NumberForm::Short}};
    for (const auto& [vf, tf] : rows) {
        const QString v = valueText(vf), t = targetText(tf);
        if (valueMetrics.horizontalAdvance(v) + kColumnGap + targetMetrics.horizontalAdvance(t) <= width) {
            value_ = std::make_unique<detail::TextBlock>(detail::fitLine(v, s.valueFont, width));
            target_ = std::make_unique<detail::TextBlock>(detail::fitLine(t, s.smallFont, width));
            twoRows_ = false;
            return;
        }
    }
    // Else the target goes under the value, each in the most precise form that fits the width
    // (a long unit shrinks the line rather than cut it).
    const QString v =
        latest ? fitValue(arrow, latest->value, unit, valueMetrics, width) : valueText(NumberForm::Full);
    const QString t =
        n.target ? fitValue(targetWord, *n.target, unit, targetMetrics, width) : targetText(NumberForm::Full);
    value_ = std::make_unique<detail::TextBlock>(detail::fitLine(v, s.valueFont, width));
    target_ = std::make_unique<detail::TextBlock>(detail::fitLine(t, s.smallFont, width));
    twoRows_ = true;
}

QString MeasureCardItem::toolTipText(const core::Node& n, const QString& unit) const {
    QStringList lines{QString::fromStdString(n.title)};
    if (const core::MeasureValue* latest = n.latestValue())
        lines << QStringLiteral("Latest: %1 (%2)")
                     .arg(formatValue(latest->value, unit), QString::fromStdString(latest->date.toString()));
    else
        lines << QStringLiteral("No data yet");
    if (n.target)
        lines << QStringLiteral("Target: %1").arg(formatValue(*n.target, unit));
    if (n.baseline)
        lines << QStringLiteral("Baseline: %1").arg(formatValue(*n.baseline, unit));
    lines << detail::cardSummary(xmr_, statusLabel(status_), basis_ == StatusBasis::LatestValue);
    return lines.join(QLatin1Char('\n'));
}

QStringList MeasureCardItem::shownTitle() const {
    QStringList out;
    for (const QStaticText& line : title_->lines)
        out << line.text();
    return out;
}

QString MeasureCardItem::shownValue() const {
    return value_->lines.empty() ? QString() : value_->lines.front().text();
}

QString MeasureCardItem::shownTarget() const {
    return target_->lines.empty() ? QString() : target_->lines.front().text();
}

bool MeasureCardItem::numbersAtFullSize() const {
    return value_->scale == 1.0 && target_->scale == 1.0;
}

void MeasureCardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const Style& s = mapScene().style();
    const QRectF r = nodeRect();
    const bool orphan = isOrphan();
    if (s.cardsAsDots) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(orphan ? QPen(s.orphanBorder, 1.5, Qt::DashLine) : QPen(Qt::white, 1.2));
        painter->setBrush(color_);
        painter->drawEllipse(r);
        return;
    }
    if (lod < s.shapeLod) {
        painter->fillRect(r, isSelected() ? s.selection : (orphan ? s.orphanBorder : s.cardBorder));
        detail::paintNodeOverlay(painter, *this, lod);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod >= s.textLod);
    painter->setBrush(s.cardFill);
    {
        const detail::DashPen border(painter,
                                     orphan ? QPen(s.orphanBorder, 2, Qt::DashLine) : QPen(s.cardBorder, 1));
        painter->drawRoundedRect(r, cornerRadius(), cornerRadius());
    }
    // Status bar on the left edge.
    // Hollow while the status is only the latest value against the target (no limits yet).
    const QRectF bar(r.left() + 1.5, r.top() + 1.5, 3, r.height() - 3);
    if (basis_ == StatusBasis::LatestValue) {
        painter->setPen(QPen(color_, 1));
        painter->setBrush(s.cardFill);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color_);
    }
    painter->drawRoundedRect(bar, 1.5, 1.5);
    paintSelection(painter);
    if (lod >= s.textLod && labelled()) {
        const qreal left = r.left() + 7.5;
        painter->setPen(s.text);
        title_->drawLeft(painter, left, r.top() + kPad);
        const qreal rows = value_->height() + (twoRows_ ? target_->height() : 0);
        const qreal second = r.bottom() - kPad - rows;
        if (const core::Node* n = mapScene().map().node(nodeId())) {
            const qreal top = r.top() + kPad + title_->height() + kRowGap;
            detail::paintCardChart(*painter, QRectF(left, top, r.right() - 4 - left, second - kRowGap - top),
                                   *n, xmr_, mapScene().map().settings(), s);
        }
        painter->setPen(color_ == s.neutral ? s.mutedText : color_.darker(115));
        value_->drawLeft(painter, left, second);
        painter->setPen(s.mutedText);
        if (twoRows_)
            target_->drawLeft(painter, left, second + value_->height());
        else
            target_->drawLeft(painter, r.right() - 4 - target_->width(), second + 0.5);
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
