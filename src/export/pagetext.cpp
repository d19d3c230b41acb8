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

QString elide(const QString& text, const QFont& font, double width) {
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

QStringList wrapText(const QString& text, const QFont& font, double width, int maxLines) {
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
        // A word wider than the line: cut it.
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
    if (maxLines > 0 && lines.size() > maxLines) {
        QString last = lines[maxLines - 1];
        for (int i = maxLines; i < lines.size(); ++i)
            last += QLatin1Char(' ') + lines[i];
        lines = lines.mid(0, maxLines);
        lines.back() = fm.elidedText(last, Qt::ElideRight, width);
    }
    return lines;
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
