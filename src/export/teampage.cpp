#include "sightline/export/teampage.h"

#include "sightline/export/exportscene.h"
#include "sightline/export/pagetext.h"
#include "sightline/export/table.h"

#include <QPainter>

namespace sightline::exporting {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5b, 0x65, 0x72);
const QColor kFrame(0xdd, 0xe1, 0xe7);

} // namespace

TeamPage::TeamPage(std::shared_ptr<ExportScene> scene, render::Highlight highlight, PageFrame frame,
                   QString heading, QString intro, QRectF mapArea, double scale, QRectF tableArea,
                   std::shared_ptr<const Table> table, std::size_t rows, TitleInfo title, bool legend)
    : scene_(std::move(scene)), highlight_(std::move(highlight)), scale_(scale), frame_(std::move(frame)),
      heading_(std::move(heading)), intro_(std::move(intro)), mapArea_(mapArea), tableArea_(tableArea),
      table_(std::move(table)), rows_(rows), title_(std::move(title)), legend_(legend) {}

void TeamPage::paint(QPainter& painter, const PageNumber& number) {
    const QRectF body = frame_.body;
    painter.save();
    painter.setPen(kInk);
    const QFont heading = pageFont(16, true);
    double y = drawFitted(painter, fitText(heading_, heading, body.width(), 1), body.left(), body.top()) + 6;
    painter.setPen(kMuted);
    drawFitted(painter, fitText(intro_, pageFont(9), body.width()), body.left(), y);
    painter.restore();

    scene_->setHighlight(highlight_);
    // The focused part at the planned scale, centred; the rest of the scene fills the frame.
    const QRectF area = mapArea_.adjusted(4, 4, -4, -4);
    const QRectF focus = scene_->contentBounds();
    QRectF source(0, 0, area.width() / scale_, area.height() / scale_);
    source.moveCenter(focus.center());
    painter.save();
    painter.setPen(QPen(kFrame, 0.6));
    painter.drawRect(mapArea_);
    painter.restore();
    scene_->paint(painter, area, source);
    if (table_)
        table_->paint(painter, tableArea_, 0, rows_);
    paintFooter(painter, frame_.footer, legend_ ? scene_->legend() : render::Legend{}, &title_, number);
}

} // namespace sightline::exporting
