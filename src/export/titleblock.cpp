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
    const FittedText titleLines = fitText(info.mapTitle, title, w, 2);
    y = drawFitted(painter, titleLines, box.left() + pad, y);
    painter.setPen(kMuted);
    QString second = info.view;
    if (!info.focus.isEmpty())
        second += QStringLiteral(" · ") + info.focus;
    // A long focus ("Ripple: … · colour: level") takes a second line when there is room.
    const int room = titleLines.lines.size() < 2 && info.part.isEmpty() ? 2 : 1;
    y = drawFitted(painter, fitText(second, small, w, room), box.left() + pad, y + 1);
    if (!info.part.isEmpty())
        drawFitted(painter, fitText(info.part, small, w, 1), box.left() + pad, y);
    // Bottom row: date on the left, page number on the right.
    painter.setPen(QPen(kRule, 0.6));
    const double rowTop = box.bottom() - pad - lineHeight(small) - 2;
    painter.drawLine(QPointF(box.left(), rowTop), QPointF(box.right(), rowTop));
    painter.setPen(kInk);
    const double base = box.bottom() - pad;
    painter.setFont(small);
    painter.drawText(QPointF(box.left() + pad, base),
                     info.asOf.isEmpty() ? info.date
                                         : QObject::tr("%1 · data as of %2").arg(info.date, info.asOf));
    painter.setFont(smallBold);
    const QString page = QObject::tr("Page %1 of %2").arg(number.number).arg(number.count);
    const double pw = QFontMetricsF(smallBold).horizontalAdvance(page);
    painter.drawText(QPointF(box.right() - pad - pw, base), page);
    painter.restore();
}

namespace {

// Where the legend and the title block go in a footer `width` wide: side by side when the
// legend fits beside the block; else the legend takes the full width above it.
struct FooterLayout {
    double legendWidth = 0, legendHeight = 0;
    bool stacked = false;
    double height = 0; // without the gap above
};

FooterLayout footerLayout(const render::Legend& legend, double width, bool titleBlock) {
    constexpr double kMaxLegend = kTitleBlockHeight + 40;
    FooterLayout f;
    if (!titleBlock) {
        f.legendWidth = width;
        f.legendHeight = legendHeight(legend, width, kMaxLegend);
        f.height = f.legendHeight;
        return f;
    }
    // Beside the block when all of it fits there (or when it would not fit above it either).
    const double beside = width - kTitleBlockWidth - kGap;
    const double sideNeeds = beside > 0 ? legendHeight(legend, beside, 1e9) : 1e9;
    const double fullNeeds = legendHeight(legend, width, 1e9);
    if (legend.empty() || sideNeeds <= kMaxLegend ||
        (beside > 0 && fullNeeds > kMaxLegend && sideNeeds <= fullNeeds)) {
        f.legendWidth = std::max(0.0, beside);
        f.legendHeight = std::min(sideNeeds, kMaxLegend);
        f.height = std::max(kTitleBlockHeight, f.legendHeight);
    } else {
        const double fullHeight = std::min(fullNeeds, kMaxLegend);
        f.stacked = true;
        f.legendWidth = width;
        f.legendHeight = fullHeight;
        f.height = fullHeight + kGap + kTitleBlockHeight;
    }
    return f;
}

} // namespace

double footerHeight(const render::Legend& legend, double width, bool titleBlock) {
    const FooterLayout f = footerLayout(legend, width, titleBlock);
    return f.height > 0 ? f.height + kGap : 0;
}

void paintFooter(QPainter& painter, const QRectF& footer, const render::Legend& legend, const TitleInfo* info,
                 const PageNumber& number) {
    if (footer.isEmpty())
        return;
    const QRectF inner = footer.adjusted(0, kGap, 0, 0);
    const FooterLayout f = footerLayout(legend, inner.width(), info != nullptr);
    if (info) {
        const QRectF block(inner.right() - kTitleBlockWidth, inner.bottom() - kTitleBlockHeight,
                           kTitleBlockWidth, kTitleBlockHeight);
        paintTitleBlock(painter, block, *info, number);
    }
    paintLegend(painter, QRectF(inner.left(), inner.top(), f.legendWidth, f.legendHeight), legend);
}

} // namespace sightline::exporting
