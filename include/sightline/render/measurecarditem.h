#pragma once

#include "sightline/render/mapnodeitem.h"
#include "sightline/render/measurestatus.h"

#include <QColor>
#include <memory>

namespace sightline::render {

namespace detail {
struct TextBlock;
}

// A measure (KPI, key result) as a compact card: title, latest value against target, and an
// arrow for the direction that is better. Attached to the objective it measures (a child item
// of that objective's bubble, so it moves with it), or standing alone with a dashed amber
// border when it measures no result (an orphan measure).
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
    // green when met, amber when improving, red when behind, grey when there is no data.
    MeasureStatus status() const { return status_; }

private:
    QColor color_;
    MeasureStatus status_ = MeasureStatus::NoData;
    std::unique_ptr<detail::TextBlock> title_;
    std::unique_ptr<detail::TextBlock> value_;
    std::unique_ptr<detail::TextBlock> target_;
    QString arrow_;
};

// "104 h", "96.5%", "1.2e+06 AUD".
QString formatValue(double value, const QString& unit);

} // namespace sightline::render
