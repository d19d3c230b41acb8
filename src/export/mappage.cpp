#include "sightline/export/mappage.h"

#include "sightline/export/exportscene.h"
#include "sightline/export/legend.h"
#include "sightline/export/pagetext.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>

namespace sightline::exporting {

namespace {

const QColor kMark(0x5b, 0x65, 0x72);
constexpr double kTick = 7;

} // namespace

MapPage::MapPage(ExportScene& scene, render::Highlight highlight, Setup setup)
    : scene_(scene), highlight_(std::move(highlight)), setup_(std::move(setup)) {}

void MapPage::paint(QPainter& painter, const PageNumber& number) {
    scene_.setHighlight(highlight_);
    const MapTile& tile = setup_.tile;
    scene_.paint(painter, tile.target, tile.source);
    if (setup_.rows * setup_.columns > 1)
        paintOverlapMarks(painter);
    // A tile's legend names the colours on that tile.
    const QRectF* within = setup_.rows * setup_.columns > 1 ? &tile.source : nullptr;
    const render::Legend legend = setup_.legend ? scene_.legend(within) : render::Legend{};
    paintFooter(painter, setup_.frame.footer, legend, setup_.titleBlock ? &setup_.title : nullptr, number);
}

void MapPage::paintOverlapMarks(QPainter& painter) const {
    const MapTile& t = setup_.tile;
    const QRectF a = t.target;
    const double o = setup_.overlap;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(kMark, 0.6);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(a);
    // Where the shared strip with a neighbour begins: ticks outside the map area on both ends
    // of that line, and the neighbour's page number in the margin.
    const QFont font = pageFont(6);
    painter.setFont(font);
    auto pageOf = [&](int row, int column) { return setup_.firstTilePage + row * setup_.columns + column; };
    auto vertical = [&](double x) {
        painter.drawLine(QPointF(x, a.top() - kTick), QPointF(x, a.top() - 1));
        painter.drawLine(QPointF(x, a.bottom() + 1), QPointF(x, a.bottom() + kTick));
    };
    auto horizontal = [&](double y) {
        painter.drawLine(QPointF(a.left() - kTick, y), QPointF(a.left() - 1, y));
        painter.drawLine(QPointF(a.right() + 1, y), QPointF(a.right() + kTick, y));
    };
    const QFontMetricsF fm(font);
    if (t.column + 1 < setup_.columns) {
        vertical(a.right() - o);
        const QString s = QObject::tr("continues on page %1 ›").arg(pageOf(t.row, t.column + 1));
        painter.save();
        painter.translate(a.right() + 3, a.center().y() - fm.horizontalAdvance(s) / 2);
        painter.rotate(90);
        painter.drawText(QPointF(0, -1), s);
        painter.restore();
    }
    if (t.column > 0) {
        vertical(a.left() + o);
        const QString s = QObject::tr("‹ continues on page %1").arg(pageOf(t.row, t.column - 1));
        painter.save();
        painter.translate(a.left() - 3, a.center().y() + fm.horizontalAdvance(s) / 2);
        painter.rotate(-90);
        painter.drawText(QPointF(0, -1), s);
        painter.restore();
    }
    if (t.row + 1 < setup_.rows) {
        horizontal(a.bottom() - o);
        const QString s = QObject::tr("continues on page %1 ▾").arg(pageOf(t.row + 1, t.column));
        painter.drawText(QPointF(a.center().x() - fm.horizontalAdvance(s) / 2, a.bottom() + fm.ascent() + 1),
                         s);
    }
    if (t.row > 0) {
        horizontal(a.top() + o);
        const QString s = QObject::tr("continues on page %1 ▴").arg(pageOf(t.row - 1, t.column));
        painter.drawText(QPointF(a.center().x() - fm.horizontalAdvance(s) / 2, a.top() - fm.descent() - 2),
                         s);
    }
    painter.restore();
}

} // namespace sightline::exporting
