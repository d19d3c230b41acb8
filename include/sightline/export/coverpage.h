#pragma once

#include "sightline/export/page.h"
#include "sightline/export/pageplan.h"

#include <QString>
#include <utility>
#include <vector>

namespace sightline::exporting {

// The board pack's first page: the map's title and description, the date, the counts of the
// map and its findings, and the contents with page numbers.
class CoverPage : public Page {
public:
    struct Content {
        QString title;
        QString subtitle; // "Board pack · PuMP results map"
        QString description;
        QString date;
        std::vector<std::pair<QString, QString>> counts; // label, value
        std::vector<std::pair<QString, int>> contents;   // section, first page
    };

    CoverPage(PageFrame frame, Content content);

    QSizeF paper() const override { return frame_.paper; }
    void paint(QPainter& painter, const PageNumber& number) override;

private:
    PageFrame frame_;
    Content content_;
};

} // namespace sightline::exporting
