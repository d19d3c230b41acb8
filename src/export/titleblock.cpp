#include "sightline/export/titleblock.h"

#include "sightline/export/legend.h"
#include "sightline/export/pagetext.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>
#include <algorithm>

namespace sightline::exporting {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5b, 0x65, 0x72);
const QColor kRule(0xc9, 0xcf, 0xd8);
constexpr double kGap = 10; // between the map and the footer, and legend and title block

} // namespace

void paintTitleBlock(QPainter& painter, const QRectF& box, const TitleInfo& info, const PageNumber& number) {
    painter.save();
    painter.setPen(QPen(kRule, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    const double pad = 6;
    const double w = box.width() - 2 * pad;
    const QFont title = pageFont(9, true);
    const QFont small = pageFont(7);
    const QFont smallBold = pageFont(7, true);
    double y = box.top() + pad;
    painter.setPen(kInk);
    y = drawLines(painter, wrapText(info.mapTitle, title, w, 2), title, box.left() + pad, y);
    painter.setPen(kMuted);
    QString second = info.view;
    if (!info.focus.isEmpty())
        second += QStringLiteral(" · ") + info.focus;
    y = drawLines(painter, {elide(second, small, w)}, small, box.left() + pad, y + 1);
    if (!info.part.isEmpty())
        drawLines(painter, {elide(info.part, small, w)}, small, box.left() + pad, y);
    // Bottom row: date on the left, page number on the right.
    painter.setPen(QPen(kRule, 0.6));
    const double rowTop = box.bottom() - pad - lineHeight(small) - 2;
    painter.drawLine(QPointF(box.left(), rowTop), QPointF(box.right(), rowTop));
    painter.setPen(kInk);
    const double base = box.bottom() - pad;
    painter.setFont(small);
    painter.drawText(QPointF(box.left() + pad, base), info.date);
    painter.setFont(smallBold);
    const QString page = QObject::tr("Page %1 of %2").arg(number.number).arg(number.count);
    const double pw = QFontMetricsF(smallBold).horizontalAdvance(page);
    painter.drawText(QPointF(box.right() - pad - pw, base), page);
    painter.restore();
}

double footerHeight(const std::vector<LegendItem>& legend, double width, bool titleBlock) {
    const double legendWidth = titleBlock ? width - kTitleBlockWidth - kGap : width;
    // A long legend (a map of many teams) takes at most a few rows more than the title block.
    const double h = std::max(titleBlock ? kTitleBlockHeight : 0.0,
                              std::min(legendHeight(legend, legendWidth), kTitleBlockHeight + 36));
    return h > 0 ? h + kGap : 0;
}

void paintFooter(QPainter& painter, const QRectF& footer, const std::vector<LegendItem>& legend,
                 const TitleInfo* info, const PageNumber& number) {
    if (footer.isEmpty())
        return;
    const QRectF inner = footer.adjusted(0, kGap, 0, 0);
    double legendRight = inner.right();
    if (info) {
        const QRectF block(inner.right() - kTitleBlockWidth, inner.bottom() - kTitleBlockHeight,
                           kTitleBlockWidth, kTitleBlockHeight);
        paintTitleBlock(painter, block, *info, number);
        legendRight = block.left() - kGap;
    }
    paintLegend(painter, QRectF(inner.left(), inner.top(), legendRight - inner.left(), inner.height()),
                legend);
}

} // namespace sightline::exporting
