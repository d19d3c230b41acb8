#include "sightline/export/legend.h"

#include "sightline/export/exportscene.h"
#include "sightline/export/pagetext.h"
#include "sightline/render/style.h"
#include "sightline/render/vocabulary.h"

#include <QObject>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sightline::exporting {

namespace {

constexpr double kRow = 11;
constexpr double kHeading = 12;
constexpr int kFontSize = 7;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

void paintSymbol(QPainter& p, const QRectF& r, const LegendItem& item) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPointF c = r.center();
    switch (item.symbol) {
    case LegendItem::Symbol::Bubble:
        p.setPen(QPen(item.color, 1.2));
        p.setBrush(render::Style::tint(item.color, 0.14));
        p.drawRoundedRect(r.adjusted(0.5, 1.5, -0.5, -1.5), 3, 3);
        break;
    case LegendItem::Symbol::Goal:
        p.setPen(QPen(item.color.darker(135), 1.2));
        p.setBrush(item.color);
        p.drawRoundedRect(r.adjusted(0.5, 1.5, -0.5, -1.5), 3, 3);
        break;
    case LegendItem::Symbol::Card:
    case LegendItem::Symbol::OrphanCard: {
        QPen pen(item.color, 1);
        if (item.symbol == LegendItem::Symbol::OrphanCard)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::white);
        p.drawRect(r.adjusted(0.5, 2, -0.5, -2));
        break;
    }
    case LegendItem::Symbol::Initiative: {
        const QRectF b = r.adjusted(0.5, 2, -0.5, -2);
        QPainterPath path;
        path.moveTo(b.left(), b.top());
        path.lineTo(b.right() - 3, b.top());
        path.lineTo(b.right(), b.center().y());
        path.lineTo(b.right() - 3, b.bottom());
        path.lineTo(b.left(), b.bottom());
        path.lineTo(b.left() + 3, b.center().y());
        path.closeSubpath();
        p.setPen(QPen(item.color, 1));
        p.setBrush(QColor(0xee, 0xf1, 0xf6));
        p.drawPath(path);
        break;
    }
    case LegendItem::Symbol::Arrow:
    case LegendItem::Symbol::NegativeArrow:
    case LegendItem::Symbol::Dotted:
    case LegendItem::Symbol::Attached:
    case LegendItem::Symbol::Rollup: {
        QPen pen(item.color, 1.3);
        if (item.symbol == LegendItem::Symbol::NegativeArrow)
            pen.setStyle(Qt::DashLine);
        if (item.symbol == LegendItem::Symbol::Dotted)
            pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        const QPointF a(r.left() + 1, c.y()), b(r.right() - 1, c.y());
        p.drawLine(a, b);
        if (item.symbol != LegendItem::Symbol::Attached) {
            p.setPen(QPen(item.color, 1.3));
            p.drawLine(b, b + QPointF(-3.5, -2.5));
            p.drawLine(b, b + QPointF(-3.5, 2.5));
        }
        break;
    }
    case LegendItem::Symbol::Faded:
        p.setOpacity(0.16);
        p.setPen(QPen(item.color, 1.2));
        p.setBrush(render::Style::tint(item.color, 0.14));
        p.drawRoundedRect(r.adjusted(0.5, 1.5, -0.5, -1.5), 3, 3);
        break;
    }
    p.restore();
}

} // namespace

std::vector<LegendItem> legendItems(const ExportScene& scene, const QRectF* within) {
    using S = LegendItem::Symbol;
    std::vector<LegendItem> items;
    const render::Style& style = scene.style();
    const core::Map& map = scene.map();
    const core::Vocabulary voc = map.properties().vocabulary;
    bool noTeam = false;
    for (const core::TeamId& t : scene.teamsShown(&noTeam, within))
        if (const core::Team* team = map.team(t))
            items.push_back({S::Bubble, style.teamColor(map, t), q(team->name)});
    if (noTeam)
        items.push_back({S::Bubble, style.noTeam, QObject::tr("No team")});
    items.push_back({S::Goal, style.teamColor(map, std::nullopt).darker(110), render::goalLabel(voc)});
    if (scene.hasMeasuresShown()) {
        const QString measure = render::kindLabel(voc, core::NodeKind::Measure);
        items.push_back({S::Card, style.good, QObject::tr("%1 meets its target").arg(measure)});
        items.push_back(
            {S::Card, QColor(0xe0, 0x8a, 0x00), QObject::tr("%1 improving, short of target").arg(measure)});
        items.push_back({S::Card, style.bad, QObject::tr("%1 behind").arg(measure)});
        items.push_back({S::Card, style.neutral, QObject::tr("%1 without value or target").arg(measure)});
        items.push_back({S::OrphanCard, style.orphanBorder,
                         QObject::tr("%1 that measures no %2")
                             .arg(measure, render::kindLabel(voc, core::NodeKind::Objective).toLower())});
    }
    if (scene.hasInitiativesShown())
        items.push_back(
            {S::Initiative, style.initiativeBorder, render::kindLabel(voc, core::NodeKind::Initiative)});
    bool negative = false;
    const std::vector<bool> kinds = scene.linkKindsShown(&negative);
    auto used = [&](core::LinkKind k) { return kinds[static_cast<std::size_t>(k)]; };
    if (used(core::LinkKind::Drives))
        items.push_back({S::Arrow, style.link, render::linkKindLabel(voc, core::LinkKind::Drives)});
    if (negative)
        items.push_back({S::NegativeArrow, style.negativeLink, QObject::tr("Hurts (negative effect)")});
    if (used(core::LinkKind::Supports))
        items.push_back(
            {S::Dotted, style.supportsLink, render::linkKindLabel(voc, core::LinkKind::Supports)});
    if (used(core::LinkKind::Rollup))
        items.push_back({S::Rollup, style.rollupLink, render::linkKindLabel(voc, core::LinkKind::Rollup)});
    if (scene.focusTeam())
        items.push_back({S::Faded, style.link, QObject::tr("Not on the line of sight (faded)")});
    return items;
}

double legendHeight(const std::vector<LegendItem>& items, double width) {
    if (items.empty())
        return 0;
    const int columns = std::max(1, static_cast<int>(width / kLegendColumnWidth));
    const int rows = static_cast<int>(std::ceil(static_cast<double>(items.size()) / columns));
    return kHeading + rows * kRow + 2;
}

void paintLegend(QPainter& painter, const QRectF& box, const std::vector<LegendItem>& items) {
    if (items.empty() || box.height() < kHeading + kRow)
        return;
    painter.save();
    const QFont heading = pageFont(kFontSize, true);
    const QFont font = pageFont(kFontSize);
    painter.setPen(QColor(0x1d, 0x23, 0x2b));
    painter.setFont(heading);
    painter.drawText(QPointF(box.left(), box.top() + 8), QObject::tr("Legend"));
    const int columns = std::max(1, static_cast<int>(box.width() / kLegendColumnWidth));
    const int rows = std::max(1, static_cast<int>((box.height() - kHeading) / kRow));
    const std::size_t capacity = static_cast<std::size_t>(columns * rows);
    const std::size_t shown = items.size() <= capacity ? items.size() : capacity - 1;
    painter.setFont(font);
    const double textWidth = kLegendColumnWidth - 26;
    for (std::size_t i = 0; i <= shown && i < items.size(); ++i) {
        const int column = static_cast<int>(i) / rows;
        const int row = static_cast<int>(i) % rows;
        const double x = box.left() + column * kLegendColumnWidth;
        const double y = box.top() + kHeading + row * kRow;
        painter.setPen(QColor(0x1d, 0x23, 0x2b));
        if (i == shown) {
            painter.drawText(QPointF(x, y + 8), QObject::tr("+ %1 more").arg(items.size() - shown));
            break;
        }
        paintSymbol(painter, QRectF(x, y, 18, 10), items[i]);
        painter.setPen(QColor(0x1d, 0x23, 0x2b));
        painter.drawText(QPointF(x + 22, y + 8), elide(items[i].label, font, textWidth));
    }
    painter.restore();
}

} // namespace sightline::exporting
