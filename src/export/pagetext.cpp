#include "sightline/export/pagetext.h"

#include <QFontMetricsF>
#include <QPainter>

namespace sightline::exporting {

QFont pageFont(int points, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(points); // the painter works in points: one pixel of the font is one point
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text stays searchable
    return f;
}

QStringList wrapText(const QString& text, const QFont& font, double width) {
    const QFontMetricsF fm(font);
    QStringList lines;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString current;
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate = current.isEmpty() ? words[i] : current + QLatin1Char(' ') + words[i];
        if (fm.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty())
            lines << current;
        current = words[i];
        // A word wider than the line: broken over lines.
        while (fm.horizontalAdvance(current) > width && current.size() > 1) {
            int n = current.size() - 1;
            while (n > 1 && fm.horizontalAdvance(current.left(n)) > width)
                --n;
            lines << current.left(n);
            current = current.mid(n);
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

double FittedText::height() const {
    return static_cast<double>(lines.size()) * lineHeight(font) * scale;
}

FittedText fitText(const QString& text, const QFont& font, double width, int maxLines) {
    FittedText fitted;
    fitted.font = font;
    if (maxLines <= 0) {
        fitted.lines = wrapText(text, font, width);
        return fitted;
    }
    // The largest scale (in steps of 5%) at which the words fall into `maxLines` lines.
    for (int percent = 100; percent >= 50; percent -= 5) {
        const double scale = percent / 100.0;
        QStringList lines = wrapText(text, font, width / scale);
        if (lines.size() <= maxLines) {
            fitted.lines = std::move(lines);
            fitted.scale = scale;
            return fitted;
        }
    }
    fitted.scale = 0.5;
    fitted.lines = wrapText(text, font, width / fitted.scale);
    return fitted;
}

double drawFitted(QPainter& painter, const FittedText& text, double left, double top) {
    if (text.scale == 1.0)
        return drawLines(painter, text.lines, text.font, left, top);
    painter.save();
    painter.translate(left, top);
    painter.scale(text.scale, text.scale);
    const double bottom = drawLines(painter, text.lines, text.font, 0, 0);
    painter.restore();
    return top + bottom * text.scale;
}

double lineHeight(const QFont& font) {
    return QFontMetricsF(font).lineSpacing();
}

double drawLines(QPainter& painter, const QStringList& lines, const QFont& font, double left, double top) {
    const QFontMetricsF fm(font);
    painter.setFont(font);
    double y = top;
    for (const QString& line : lines) {
        painter.drawText(QPointF(left, y + fm.ascent()), line);
        y += fm.lineSpacing();
    }
    return y;
}

} // namespace sightline::exporting
