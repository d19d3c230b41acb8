#include "textlines.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace sightline::render::detail {

namespace {

QStaticText staticLine(const QString& s) {
    QStaticText t(s);
    t.setTextFormat(Qt::PlainText);
    t.setPerformanceHint(QStaticText::AggressiveCaching);
    return t;
}

} // namespace

TextBlock layoutText(const QString& text, const QFont& font, qreal width, int maxLines, bool elideLong) {
    TextBlock block;
    block.font = font;
    const QFontMetricsF fm(font);
    block.lineHeight = fm.lineSpacing();
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString current;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate = current.isEmpty() ? words[i] : current + QLatin1Char(' ') + words[i];
        if (fm.horizontalAdvance(candidate) <= width || current.isEmpty()) {
            current = candidate;
            continue;
        }
        if (static_cast<int>(lines.size()) >= maxLines - 1)
            break; // no line left: the rest goes on the last line, elided
        lines << current;
        current = words[i];
    }
    for (; i < words.size(); ++i)
        current += QLatin1Char(' ') + words[i];
    if (!current.isEmpty())
        lines << current;
    for (QString& l : lines) {
        // A line too wide: elided, unless it is one long word and long words may overflow
        // (the last line still is when words were left over for it).
        const bool leftOver = static_cast<int>(lines.size()) >= maxLines && &l == &lines.back();
        if (fm.horizontalAdvance(l) > width && (elideLong || leftOver))
            l = fm.elidedText(l, Qt::ElideRight, width);
        block.lines.push_back(staticLine(l));
        block.widths.push_back(fm.horizontalAdvance(l));
    }
    return block;
}

TextBlock fitLine(const QString& text, const QFont& font, qreal width) {
    TextBlock block;
    block.font = font;
    const QFontMetricsF fm(font);
    block.lineHeight = fm.lineSpacing();
    const qreal w = fm.horizontalAdvance(text);
    block.lines.push_back(staticLine(text));
    block.widths.push_back(w);
    if (w > width && width > 0)
        block.scale = width / w;
    return block;
}

qreal TextBlock::width() const {
    qreal w = 0;
    for (qreal x : widths)
        w = std::max(w, x);
    return w * scale;
}

void TextBlock::drawCentred(QPainter* painter, qreal centreX, qreal top) const {
    painter->setFont(font);
    if (scale != 1.0) {
        painter->save();
        painter->translate(centreX, top);
        painter->scale(scale, scale);
        TextBlock unscaled = *this;
        unscaled.scale = 1.0;
        unscaled.drawCentred(painter, 0, 0);
        painter->restore();
        return;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        painter->drawStaticText(QPointF(centreX - widths[i] / 2, top + lineHeight * static_cast<qreal>(i)),
                                lines[i]);
}

void TextBlock::drawLeft(QPainter* painter, qreal left, qreal top) const {
    painter->setFont(font);
    if (scale != 1.0) {
        painter->save();
        painter->translate(left, top);
        painter->scale(scale, scale);
        TextBlock unscaled = *this;
        unscaled.scale = 1.0;
        unscaled.drawLeft(painter, 0, 0);
        painter->restore();
        return;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        painter->drawStaticText(QPointF(left, top + lineHeight * static_cast<qreal>(i)), lines[i]);
}

} // namespace sightline::render::detail
