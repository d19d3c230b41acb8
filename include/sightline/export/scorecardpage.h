#pragma once

#include "sightline/export/page.h"
#include "sightline/export/scorecard.h"
#include "sightline/export/titleblock.h"

#include <QFont>
#include <QStringList>
#include <memory>

namespace sightline::exporting {

// The scorecard laid out for pages: one row per group heading and per measure (its title
// wrapped whole), at the largest font size (8, 7 or 6 points) that puts it on one page;
// larger scorecards continue on further pages at 6 points.
class ScorecardLayout {
public:
    ScorecardLayout(Scorecard card, double width, double firstPageHeight);

    struct Row {
        int group = -1;    // index into the scorecard's groups
        int measure = -1;  // index into that group's rows; -1 for the group heading
        QStringList title; // wrapped
        QStringList owner; // wrapped
        double height = 0;
    };

    const Scorecard& card() const { return card_; }
    int points() const { return points_; }
    std::size_t size() const { return rows_.size(); }
    double headerHeight() const;
    // Rows [from, result) fit under the header in `height`; at least one.
    std::size_t fit(std::size_t from, double height) const;
    double paint(QPainter& painter, const QRectF& area, std::size_t from, std::size_t to) const;

private:
    void layOut(int points);
    double tableHeight() const;

    Scorecard card_;
    double width_;
    int points_ = 8;
    QFont font_, bold_, small_;
    std::vector<double> widths_;
    std::vector<Row> rows_;
};

// A page of the scorecard: the heading, the counts per status and the table (or a part of it).
class ScorecardPage : public Page {
public:
    ScorecardPage(PageFrame frame, QString intro, std::shared_ptr<const ScorecardLayout> layout,
                  std::size_t from, std::size_t to, TitleInfo title, bool continued);

    QSizeF paper() const override { return frame_.paper; }
    void paint(QPainter& painter, const PageNumber& number) override;

    // The intro line: "24 measures: 8 met, 6 improving, 7 behind, 3 without data."
    static QString countsLine(const Scorecard& card);

private:
    PageFrame frame_;
    QString intro_;
    std::shared_ptr<const ScorecardLayout> layout_;
    std::size_t from_, to_;
    TitleInfo title_;
    bool continued_;
};

// Draws a trend line of `values` into `box`, the target as a dotted line when it falls inside
// the range, the latest point in `colour`.
void paintSparkline(QPainter& painter, const QRectF& box, const std::vector<double>& values,
                    std::optional<double> target, const QColor& colour);

} // namespace sightline::exporting
