#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QPainter;

namespace sightline::exporting {

// The fonts of page furniture (title blocks, legends, tables, covers): DejaVu Sans like the
// map, sizes in points (the pages are painted in points).
QFont pageFont(int points, bool bold = false);

// Text broken into lines no wider than `width` (words longer than a line are broken). Done
// once when a page is planned, so every device draws the same lines.
QStringList wrapText(const QString& text, const QFont& font, double width);

// Text that is never cut short: its lines, and the scale (down to 1/2) at which they are drawn
// so that they take at most `maxLines` lines (0: no limit) of `width`.
struct FittedText {
    QStringList lines;
    QFont font;
    double scale = 1.0;
    double height() const;
};
FittedText fitText(const QString& text, const QFont& font, double width, int maxLines = 0);
// Draws fitted text from `top`; returns the y below its last line.
double drawFitted(QPainter& painter, const FittedText& text, double left, double top);

// Draws lines from `top` (the top of the first line), left-aligned at `left`; returns the y
// below the last line.
double drawLines(QPainter& painter, const QStringList& lines, const QFont& font, double left, double top);

// The height of one line of the font.
double lineHeight(const QFont& font);

} // namespace sightline::exporting
