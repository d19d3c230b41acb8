#include "sightline/export/coverpage.h"

#include "sightline/export/pagetext.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>
#include <algorithm>

namespace sightline::exporting {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5b, 0x65, 0x72);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kRule(0xc9, 0xcf, 0xd8);

} // namespace

CoverPage::CoverPage(PageFrame frame, Content content)
    : frame_(std::move(frame)), content_(std::move(content)) {}

void CoverPage::paint(QPainter& painter, const PageNumber& number) {
    const QRectF body = frame_.body;
    const double w = std::min(body.width(), 640.0);
    const double left = body.left() + (body.width() - w) / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // An accent bar along the top.
    painter.fillRect(QRectF(left, body.top() + body.height() * 0.12, 56, 5), kAccent);
    double y = body.top() + body.height() * 0.12 + 18;
    const QFont title = pageFont(26, true);
    painter.setPen(kInk);
    y = drawFitted(painter, fitText(content_.title, title, w, 3), left, y);
    const QFont sub = pageFont(13);
    painter.setPen(kMuted);
    y = drawLines(painter, {content_.subtitle, content_.date}, sub, left, y + 6);
    const QFont text = pageFont(10);
    if (!content_.description.isEmpty()) {
        painter.setPen(kInk);
        y = drawFitted(painter, fitText(content_.description, text, w, 12), left, y + 16);
    }

    // Counts in two columns of label / value.
    const QFont heading = pageFont(11, true);
    const QFont bold = pageFont(10, true);
    y += 22;
    painter.setPen(kInk);
    y = drawLines(painter, {QObject::tr("The map in numbers")}, heading, left, y);
    painter.setPen(QPen(kRule, 0.6));
    painter.drawLine(QPointF(left, y + 2), QPointF(left + w, y + 2));
    y += 6;
    const double colW = w / 2;
    const std::size_t half = (content_.counts.size() + 1) / 2;
    double bottom = y;
    for (std::size_t i = 0; i < content_.counts.size(); ++i) {
        const double x = left + (i < half ? 0 : colW);
        const double rowY = y + static_cast<double>(i < half ? i : i - half) * lineHeight(text) * 1.3;
        painter.setPen(kMuted);
        drawLines(painter, {content_.counts[i].first}, text, x, rowY);
        painter.setPen(kInk);
        const double vw = QFontMetricsF(bold).horizontalAdvance(content_.counts[i].second);
        drawLines(painter, {content_.counts[i].second}, bold, x + colW - 24 - vw, rowY);
        bottom = std::max(bottom, rowY + lineHeight(text) * 1.3);
    }
    y = bottom + 20;

    // Contents.
    painter.setPen(kInk);
    y = drawLines(painter, {QObject::tr("Contents")}, heading, left, y);
    painter.setPen(QPen(kRule, 0.6));
    painter.drawLine(QPointF(left, y + 2), QPointF(left + w, y + 2));
    y += 6;
    const double rowH = lineHeight(text) * 1.3;
    for (const auto& [section, page] : content_.contents) {
        if (y + rowH > body.bottom() - 20)
            break;
        painter.setPen(kInk);
        drawFitted(painter, fitText(section, text, w - 60, 1), left, y);
        const QString p = QString::number(page);
        const double pw = QFontMetricsF(text).horizontalAdvance(p);
        drawLines(painter, {p}, text, left + w - pw, y);
        y += rowH;
    }

    const QFont small = pageFont(7);
    painter.setPen(kMuted);
    const QString foot = QObject::tr("Page %1 of %2").arg(number.number).arg(number.count);
    painter.setFont(small);
    painter.drawText(QPointF(left + w - QFontMetricsF(small).horizontalAdvance(foot), body.bottom()), foot);
    painter.restore();
}

} // namespace sightline::exporting
