#pragma once

#include "sightline/export/page.h"
#include "sightline/export/pageplan.h"
#include "sightline/export/titleblock.h"

#include <memory>

namespace sightline::exporting {

class Table;

// A page with a heading and a slice of a table (the findings summary, or the continuation
// of a team's leverage ranking), and the title block.
class TablePage : public Page {
public:
    TablePage(PageFrame frame, QString heading, QString intro, std::shared_ptr<const Table> table,
              std::size_t from, std::size_t to, TitleInfo title);

    QSizeF paper() const override { return frame_.paper; }
    void paint(QPainter& painter, const PageNumber& number) override;

    // The height the heading and intro take from the top of the body.
    static double headingHeight(const QString& intro, double width);

private:
    PageFrame frame_;
    QString heading_, intro_;
    std::shared_ptr<const Table> table_;
    std::size_t from_, to_;
    TitleInfo title_;
};

} // namespace sightline::exporting
