#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QPainter;

namespace sightline::exporting {

// The fonts of page furniture (title blocks, legends, tables, covers): DejaVu Sans like the
// map, sizes in points (the pages are painted in points).
QFont pageFont(int points, bool bold = false);

// Text broken into lines no wider than `width` (words longer than a line are cut); at most
// `maxLines` lines (0: no limit), the last one elided. Done once when a page is planned, so
// every device draws the same lines.
QStringList wrapText(const QString& text, const QFont& font, double width, int maxLines = 0);

// One line of text, elided to `width`.
QString elide(const QString& text, const QFont& font, double width);

// Draws lines from `top` (the top of the first line), left-aligned at `left`; returns the y
// below the last line.
double drawLines(QPainter& painter, const QStringList& lines, const QFont& font, double left, double top);

// The height of one line of the font.
double lineHeight(const QFont& font);

} // namespace sightline::exporting
