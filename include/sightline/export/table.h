#pragma once

#include <QFont>
#include <QRectF>
#include <QStringList>
#include <vector>

class QPainter;

namespace sightline::exporting {

// A table laid out once for pages: columns by share of the width, rows with their cells
// already wrapped, so that pagination and every device agree.
class Table {
public:
    enum class RowStyle { Normal, Group, Note };
    struct Row {
        RowStyle style = RowStyle::Normal;
        std::vector<QStringList> cells; // wrapped lines per column (a Group or Note row: one cell)
        double height = 0;
    };

    // `shares`: each column's share of `width`.
    Table(std::vector<QString> headers, std::vector<double> shares, double width);

    // A row of one text per column.
    void addRow(const std::vector<QString>& cells);
    // A row across all columns, bold on a tint (a group heading), or muted (a note).
    void addGroup(const QString& text);
    void addNote(const QString& text);

    std::size_t size() const { return rows_.size(); }
    double headerHeight() const;
    // The header and every row.
    double height() const;
    // Rows [from, result) fit in `height` with the header; at least one row. A group heading
    // is not left alone at the bottom of a page.
    std::size_t fit(std::size_t from, double height) const;
    // Draws the header and rows [from, to) from the top of `area`; returns the y below them.
    double paint(QPainter& painter, const QRectF& area, std::size_t from, std::size_t to) const;

private:
    std::vector<QString> headers_;
    std::vector<double> widths_;
    double width_;
    QFont font_, bold_;
    std::vector<Row> rows_;
};

} // namespace sightline::exporting
