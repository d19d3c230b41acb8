#include "sightline/export/legend.h"

#include "sightline/export/pagetext.h"

#include <QObject>
#include <QPainter>
#include <algorithm>

namespace sightline::exporting {

namespace {

constexpr double kRow = 10.5;
constexpr int kFontSize = 7;
constexpr double kSwatchWidth = 16;
constexpr double kTextGap = 5;
constexpr double kColumnGap = 8;
const QColor kInk(0x1d, 0x23, 0x2b);

// One row of the laid-out legend: a section title line or an entry.
struct Row {
    const render::LegendEntry* entry = nullptr; // null: a title line
    QString text;
    int column = 0;
    int row = 0;
};

struct Layout {
    std::vector<Row> rows; // what fits, in order
    int hidden = 0;        // entries that did not fit
    int rowsUsed = 0;      // the tallest column, in rows
};

// Flows the sections into `columns` columns of at most `perColumn` rows. A section title
// never ends a column (it moves on with its first entry); the last row of the last column
// becomes "+ N more" when entries are left over.
Layout layOut(const render::Legend& legend, int columns, int perColumn, double columnWidth) {
    Layout out;
    const QFont bold = pageFont(kFontSize, true);
    int column = 0, row = 0;
    int total = 0;
    for (const render::LegendSection& s : legend)
        total += static_cast<int>(s.entries.size());
    int placed = 0;
    bool full = false;
    for (const render::LegendSection& s : legend) {
        if (full)
            break;
        const QStringList title = wrapText(s.title, bold, columnWidth);
        const int need = static_cast<int>(title.size()) + (s.entries.empty() ? 0 : 1);
        if (row > 0 && row + need > perColumn) {
            ++column;
            row = 0;
        }
        if (column >= columns || row + need > perColumn) {
            full = true;
            break;
        }
        for (const QString& line : title)
            out.rows.push_back({nullptr, line, column, row++});
        for (const render::LegendEntry& e : s.entries) {
            if (row >= perColumn) {
                ++column;
                row = 0;
            }
            const bool lastSlot = column == columns - 1 && row == perColumn - 1;
            if (column >= columns || (lastSlot && placed + 1 < total)) {
                full = true;
                break;
            }
            out.rows.push_back({&e, e.label, column, row++});
            ++placed;
            out.rowsUsed = std::max(out.rowsUsed, row);
        }
        out.rowsUsed = std::max(out.rowsUsed, row);
    }
    out.hidden = total - placed;
    if (out.hidden > 0) {
        const int c = std::min(column, columns - 1);
        const int r = column >= columns ? perColumn - 1 : std::min(row, perColumn - 1);
        // The summary takes the last slot: what stands there gives way (and a title left
        // without entries with it).
        while (!out.rows.empty() && out.rows.back().column == c &&
               (out.rows.back().row >= r || !out.rows.back().entry)) {
            out.hidden += out.rows.back().entry ? 1 : 0;
            out.rows.pop_back();
        }
        out.rows.push_back({nullptr, QObject::tr("+ %1 more").arg(out.hidden), c, r});
        out.rowsUsed = std::max(out.rowsUsed, r + 1);
    }
    return out;
}

int columnsIn(double width) {
    return std::max(1, static_cast<int>((width + kColumnGap) / (kLegendColumnWidth + kColumnGap)));
}

} // namespace

double legendHeight(const render::Legend& legend, double width, double maxHeight) {
    if (legend.empty())
        return 0;
    const int columns = columnsIn(width);
    const int most = std::max(1, static_cast<int>(maxHeight / kRow));
    // The fewest rows per column that hold everything, at most `most`.
    for (int perColumn = 1; perColumn < most; ++perColumn) {
        const Layout l = layOut(legend, columns, perColumn, kLegendColumnWidth);
        if (l.hidden == 0)
            return l.rowsUsed * kRow + 2;
    }
    return layOut(legend, columns, most, kLegendColumnWidth).rowsUsed * kRow + 2;
}

void paintLegend(QPainter& painter, const QRectF& box, const render::Legend& legend) {
    if (legend.empty() || box.height() < kRow)
        return;
    const int columns = columnsIn(box.width());
    const int perColumn = std::max(1, static_cast<int>((box.height() + 1) / kRow));
    const Layout l = layOut(legend, columns, perColumn, kLegendColumnWidth);
    painter.save();
    const QFont bold = pageFont(kFontSize, true);
    const QFont font = pageFont(kFontSize);
    const double textWidth = kLegendColumnWidth - kSwatchWidth - kTextGap;
    for (const Row& r : l.rows) {
        const double x = box.left() + r.column * (kLegendColumnWidth + kColumnGap);
        const double y = box.top() + r.row * kRow;
        painter.setPen(kInk);
        if (!r.entry) {
            painter.setFont(bold);
            painter.drawText(QPointF(x, y + 8), r.text);
            continue;
        }
        render::paintLegendSwatch(painter, *r.entry, QRectF(x + 1, y + 2, kSwatchWidth - 2, kRow - 4));
        painter.setPen(kInk);
        painter.setFont(font);
        const FittedText text = fitText(r.text, font, textWidth, 1);
        drawFitted(painter, text, x + kSwatchWidth + kTextGap,
                   y + 8 - QFontMetricsF(font).ascent() * text.scale);
    }
    painter.restore();
}

} // namespace sightline::exporting
