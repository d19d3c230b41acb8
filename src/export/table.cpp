#include "sightline/export/table.h"

#include "sightline/export/pagetext.h"

#include <QPainter>
#include <algorithm>

namespace sightline::exporting {

namespace {

constexpr double kPad = 3;
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5b, 0x65, 0x72);
const QColor kRule(0xdd, 0xe1, 0xe7);
const QColor kHeaderFill(0xe9, 0xed, 0xf2);
const QColor kGroupFill(0xf3, 0xf5, 0xf8);

} // namespace

Table::Table(std::vector<QString> headers, std::vector<double> shares, double width)
    : headers_(std::move(headers)), width_(width), font_(pageFont(8)), bold_(pageFont(8, true)) {
    double total = 0;
    for (double s : shares)
        total += s;
    for (double s : shares)
        widths_.push_back(width * s / (total > 0 ? total : 1));
}

void Table::addRow(const std::vector<QString>& cells) {
    Row row;
    std::size_t lines = 1;
    for (std::size_t i = 0; i < widths_.size(); ++i) {
        const QString text = i < cells.size() ? cells[i] : QString();
        row.cells.push_back(wrapText(text, font_, widths_[i] - 2 * kPad));
        lines = std::max<std::size_t>(lines, row.cells.back().size());
    }
    row.height = static_cast<double>(lines) * lineHeight(font_) + 2 * kPad;
    rows_.push_back(std::move(row));
}

void Table::addGroup(const QString& text) {
    Row row;
    row.style = RowStyle::Group;
    row.cells.push_back(wrapText(text, bold_, width_ - 2 * kPad));
    row.height =
        static_cast<double>(std::max<qsizetype>(1, row.cells[0].size())) * lineHeight(bold_) + 2 * kPad + 2;
    rows_.push_back(std::move(row));
}

void Table::addNote(const QString& text) {
    Row row;
    row.style = RowStyle::Note;
    row.cells.push_back(wrapText(text, font_, width_ - 2 * kPad));
    row.height =
        static_cast<double>(std::max<qsizetype>(1, row.cells[0].size())) * lineHeight(font_) + 2 * kPad;
    rows_.push_back(std::move(row));
}

double Table::headerHeight() const {
    return lineHeight(bold_) + 2 * kPad;
}

std::size_t Table::fit(std::size_t from, double height) const {
    double used = headerHeight();
    std::size_t to = from;
    while (to < rows_.size() && used + rows_[to].height <= height) {
        used += rows_[to].height;
        ++to;
    }
    if (to > from + 1 && to < rows_.size() && rows_[to - 1].style == RowStyle::Group)
        --to;
    return std::max(to, std::min(from + 1, rows_.size()));
}

double Table::height() const {
    double h = headerHeight();
    for (const Row& r : rows_)
        h += r.height;
    return h;
}

double Table::paint(QPainter& painter, const QRectF& area, std::size_t from, std::size_t to) const {
    painter.save();
    double y = area.top();
    // Header.
    const double hh = headerHeight();
    painter.fillRect(QRectF(area.left(), y, width_, hh), kHeaderFill);
    painter.setPen(kInk);
    double x = area.left();
    for (std::size_t i = 0; i < widths_.size(); ++i) {
        drawFitted(painter, fitText(headers_[i], bold_, widths_[i] - 2 * kPad, 1), x + kPad, y + kPad);
        x += widths_[i];
    }
    y += hh;
    for (std::size_t r = from; r < to && r < rows_.size(); ++r) {
        const Row& row = rows_[r];
        if (row.style == RowStyle::Group) {
            painter.fillRect(QRectF(area.left(), y + 2, width_, row.height - 2), kGroupFill);
            painter.setPen(kInk);
            drawLines(painter, row.cells[0], bold_, area.left() + kPad, y + kPad + 2);
        } else if (row.style == RowStyle::Note) {
            painter.setPen(kMuted);
            drawLines(painter, row.cells[0], font_, area.left() + kPad, y + kPad);
        } else {
            painter.setPen(kInk);
            x = area.left();
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                drawLines(painter, row.cells[i], font_, x + kPad, y + kPad);
                x += widths_[i];
            }
        }
        y += row.height;
        painter.setPen(QPen(kRule, 0.5));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + width_, y));
    }
    painter.restore();
    return y;
}

} // namespace sightline::exporting
