#pragma once

#include "sightline/render/mapnodeitem.h"

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

    // Green when the latest value meets the target, amber when it is better than the baseline
    // but short of the target, red when worse, grey when there is no value or no target.
    enum class Standing { Unknown, Met, Improving, Behind };
    Standing standing() const { return standing_; }

private:
    QColor color_;
    Standing standing_ = Standing::Unknown;
    std::unique_ptr<detail::TextBlock> title_;
    std::unique_ptr<detail::TextBlock> value_;
    std::unique_ptr<detail::TextBlock> target_;
    QString arrow_;
};

// "104 h", "96.5%", "1.2e+06 AUD".
QString formatValue(double value, const QString& unit);

} // namespace sightline::render
