#pragma once

#include "sightline/render/mapnodeitem.h"
#include "sightline/render/measurestatus.h"
#include "sightline/render/valueformat.h"

#include <QColor>
#include <memory>

namespace sightline::render {

namespace detail {
struct TextBlock;
}

// A measure (KPI, key result) as a compact card: title (up to three lines on the canvas, whole
// in exports; the whole title in the tooltip), a sparkline of its last values with the XmR
// summary icons and the date of the latest value (measurecardchart.h), latest value against target (numbers
// are never cut: thousands separators, compact forms such as 4.8k when room is short, the target under the
// value when they do not fit side by side), and an arrow for the direction that is better. Attached to the
// objective it measures (a child item of that objective's bubble, so it moves with it), or standing alone
// with a dashed amber border when it measures no result (an orphan measure).
class MeasureCardItem : public MapNodeItem {
public:
    MeasureCardItem(MapScene& scene, core::NodeId id);
    ~MeasureCardItem() override;

    enum { Type = QGraphicsItem::UserType + 2 };
    int type() const override { return Type; }

    void refresh() override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    bool isOrphan() const { return parentItem() == nullptr; }
    QRectF boundingRect() const override;

    // The measure's status (measureStatus()), shown as the colour of the card's bar and value:
    // green when met, blue when improving, amber for routine variation, red for a concern or a
    // target out of reach, grey when there is no data. The bar is hollow while the status is
    // only the latest value against the target (too few values for limits).
    MeasureStatus status() const { return status_; }
    // The XmR chart of the measure the card shows.
    const analysis::XmrChart& xmr() const { return xmr_; }

    // What the card shows, line by line (for tests and accessibility): the title's lines,
    // then the value and the target as drawn.
    QStringList shownTitle() const;
    QString shownValue() const;
    QString shownTarget() const;
    // Whether the value and target rows are drawn at their font's size (not shrunk to fit).
    bool numbersAtFullSize() const;

private:
    void layOutNumbers(const core::Node& n, const QString& unit, qreal width);
    QString toolTipText(const core::Node& n, const QString& unit) const;

    QColor color_;
    MeasureStatus status_ = MeasureStatus::NoData;
    StatusBasis basis_ = StatusBasis::None;
    analysis::XmrChart xmr_;
    std::unique_ptr<detail::TextBlock> title_;
    std::unique_ptr<detail::TextBlock> value_;
    std::unique_ptr<detail::TextBlock> target_;
    QString arrow_;
    bool twoRows_ = false; // the target under the value (they do not fit side by side)
};

} // namespace sightline::render
