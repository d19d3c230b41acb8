#include "sightline/export/tablepage.h"

#include "sightline/export/pagetext.h"
#include "sightline/export/table.h"

#include <QPainter>

namespace sightline::exporting {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5b, 0x65, 0x72);

} // namespace

TablePage::TablePage(PageFrame frame, QString heading, QString intro, std::shared_ptr<const Table> table,
                     std::size_t from, std::size_t to, TitleInfo title)
    : frame_(std::move(frame)), heading_(std::move(heading)), intro_(std::move(intro)),
      table_(std::move(table)), from_(from), to_(to), title_(std::move(title)) {}

double TablePage::headingHeight(const QString& intro, double width) {
    double h = lineHeight(pageFont(16, true)) + 6;
    if (!intro.isEmpty())
        h += fitText(intro, pageFont(9), width).height() + 6;
    return h + 4;
}

void TablePage::paint(QPainter& painter, const PageNumber& number) {
    const QRectF body = frame_.body;
    painter.save();
    painter.setPen(kInk);
    const QFont heading = pageFont(16, true);
    double y = drawFitted(painter, fitText(heading_, heading, body.width(), 1), body.left(), body.top()) + 6;
    if (!intro_.isEmpty()) {
        painter.setPen(kMuted);
        const QFont f = pageFont(9);
        y = drawFitted(painter, fitText(intro_, f, body.width()), body.left(), y) + 6;
    }
    y += 4;
    if (table_)
        table_->paint(painter, QRectF(body.left(), y, body.width(), frame_.map.bottom() - y), from_, to_);
    painter.restore();
    paintFooter(painter, frame_.footer, {}, &title_, number);
}

} // namespace sightline::exporting
