#include "sightline/render/legend.h"

#include "sightline/render/highlightlooks.h"
#include "sightline/render/nodecolours.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <set>

namespace sightline::render {

namespace {

constexpr qreal kPad = 10, kRow = 20, kSwatch = 22, kGap = 8, kSectionGap = 8;

QString nodeTitle(const core::Map& map, const std::optional<core::NodeId>& id) {
    if (!id)
        return {};
    if (const core::Node* n = map.node(*id))
        return QString::fromStdString(n->title);
    return QString::fromStdString(id->str());
}

void capSection(LegendSection& section, const QColor& muted) {
    const int n = static_cast<int>(section.entries.size());
    if (n <= kMaxLegendEntries)
        return;
    section.entries.resize(kMaxLegendEntries - 1);
    section.entries.push_back(
        {muted, QStringLiteral("… %1 more").arg(n - (kMaxLegendEntries - 1)), LegendEntry::Swatch::Fill});
}

LegendSection colourSection(const core::Map& map, ColourMode mode, const Style& style) {
    LegendSection s;
    switch (mode) {
    case ColourMode::Team: {
        s.title = QStringLiteral("Colour: team");
        std::set<core::TeamId> used;
        bool noTeam = false;
        for (const core::Node& n : map.nodes()) {
            if (n.team)
                used.insert(*n.team);
            else
                noTeam = true;
        }
        for (const core::Team& t : map.teams())
            if (used.count(t.id))
                s.entries.push_back({style.teamColor(map, t.id), QString::fromStdString(t.name)});
        if (noTeam)
            s.entries.push_back({style.noTeam, QStringLiteral("No team")});
        break;
    }
    case ColourMode::Perspective: {
        s.title = QStringLiteral("Colour: perspective");
        for (std::size_t i = 0; i < map.perspectives().size(); ++i)
            s.entries.push_back({perspectiveColour(i), QString::fromStdString(map.perspectives()[i].name)});
        s.entries.push_back({style.noTeam, QStringLiteral("No perspective")});
        break;
    }
    case ColourMode::Level: {
        s.title = QStringLiteral("Colour: team level");
        int deepest = -1;
        for (const core::Team& t : map.teams())
            deepest = std::max(deepest, map.teamLevel(t.id));
        for (int level = 0; level <= deepest; ++level)
            s.entries.push_back({levelColour(level), level == 0 ? QStringLiteral("Level 0: the organisation")
                                                                : QStringLiteral("Level %1").arg(level)});
        s.entries.push_back({style.noTeam, QStringLiteral("No team")});
        break;
    }
    case ColourMode::MeasureStatus:
        s.title = QStringLiteral("Colour: measure status (latest value against target)");
        for (MeasureStatus st :
             {MeasureStatus::Met, MeasureStatus::Improving, MeasureStatus::Behind, MeasureStatus::NoData})
            s.entries.push_back({statusColour(st, style), statusLabel(st)});
        break;
    }
    capSection(s, style.mutedText);
    return s;
}

} // namespace

QColor emphasisColour(int emphasis) {
    switch (static_cast<Emphasis>(emphasis)) {
    case Emphasis::Focus:
        return QColor(0xe6, 0x51, 0x00);
    case Emphasis::Path:
        return QColor(0xff, 0xa7, 0x26);
    case Emphasis::Goal:
        return QColor(0xf9, 0xa8, 0x25);
    case Emphasis::Source:
        return QColor(0x4a, 0x14, 0x8c);
    case Emphasis::Improves:
        return QColor(0x00, 0x89, 0x7b);
    case Emphasis::Worsens:
        return QColor(0xd5, 0x00, 0xf9);
    case Emphasis::Mixed:
        return QColor(0x8e, 0x24, 0xaa);
    case Emphasis::Normal:
    case Emphasis::Faded:
        break;
    }
    return QColor(0x9e, 0xa7, 0xb3);
}

Legend buildLegend(const core::Map& map, const Highlight& h, const Style& style) {
    Legend legend;
    // Under a focus the team colours say little that the focus does not: the legend stays short.
    if (!(h.active() && h.colour == ColourMode::Team))
        legend.push_back(colourSection(map, h.colour, style));
    using S = LegendEntry::Swatch;
    auto colour = [](Emphasis e) { return emphasisColour(static_cast<int>(e)); };
    if (h.focus == FocusMode::LineOfSight) {
        LegendSection s;
        QString who;
        if (h.team) {
            const core::Team* t = map.team(*h.team);
            who = t ? QString::fromStdString(t->name) : QString::fromStdString(h.team->str());
        } else {
            who = nodeTitle(map, h.node);
        }
        s.title = h.goal ? QStringLiteral("Path: %1 → %2").arg(who, nodeTitle(map, h.goal))
                         : QStringLiteral("Line of sight: %1").arg(who);
        s.entries.push_back(
            {colour(Emphasis::Focus),
             h.team ? QStringLiteral("The team's own nodes") : QStringLiteral("The focused node"), S::Ring});
        s.entries.push_back({colour(Emphasis::Path), QStringLiteral("On a path to a top goal"), S::Ring});
        s.entries.push_back({colour(Emphasis::Goal), QStringLiteral("Top goal reached"), S::Ring});
        s.entries.push_back({colour(Emphasis::Path), QStringLiteral("Link on a path"), S::Line});
        s.entries.push_back({style.neutral, QStringLiteral("Not on a path (faded)"), S::Faded});
        legend.push_back(std::move(s));
    } else if (h.focus == FocusMode::Ripple) {
        LegendSection s;
        s.title = QStringLiteral("Ripple: what improving “%1” affects").arg(nodeTitle(map, h.node));
        s.entries.push_back({colour(Emphasis::Source), QStringLiteral("Where the change starts"), S::Ring});
        s.entries.push_back(
            {colour(Emphasis::Improves), QStringLiteral("Improves (strong: near, faint: far)"), S::Ring});
        s.entries.push_back(
            {colour(Emphasis::Worsens), QStringLiteral("May get worse (negative path)"), S::Ring});
        s.entries.push_back(
            {colour(Emphasis::Mixed), QStringLiteral("Both better and worse paths"), S::Ring});
        s.entries.push_back(
            {colour(Emphasis::Worsens), QStringLiteral("Effect carried with a minus sign"), S::DashedLine});
        s.entries.push_back({style.neutral, QStringLiteral("Not affected (faded)"), S::Faded});
        legend.push_back(std::move(s));
    }
    return legend;
}

QSizeF legendSize(const Legend& legend, const Style& style) {
    QFont title = style.smallFont;
    title.setBold(true);
    const QFontMetricsF tm(title), em(style.smallFont);
    qreal width = 0, height = kPad;
    for (const LegendSection& s : legend) {
        width = std::max(width, tm.horizontalAdvance(s.title));
        height += kRow;
        for (const LegendEntry& e : s.entries) {
            width = std::max(width, kSwatch + kGap + em.horizontalAdvance(e.label));
            height += kRow;
        }
        height += kSectionGap;
    }
    return {width + 2 * kPad, height - kSectionGap + kPad};
}

void paintLegend(QPainter& p, const Legend& legend, QPointF topLeft, const Style& style) {
    if (legend.empty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QSizeF size = legendSize(legend, style);
    p.setPen(QPen(style.cardBorder, 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(topLeft, size), 6, 6);
    QFont title = style.smallFont;
    title.setBold(true);
    qreal y = topLeft.y() + kPad;
    const qreal x = topLeft.x() + kPad;
    for (const LegendSection& s : legend) {
        p.setFont(title);
        p.setPen(style.text);
        p.drawText(QRectF(x, y, size.width() - 2 * kPad, kRow), Qt::AlignLeft | Qt::AlignVCenter, s.title);
        y += kRow;
        p.setFont(style.smallFont);
        for (const LegendEntry& e : s.entries) {
            const QRectF sw(x + 2, y + 4, kSwatch - 4, kRow - 8);
            switch (e.swatch) {
            case LegendEntry::Swatch::Fill:
                p.setPen(QPen(e.colour, 1.5));
                p.setBrush(Style::tint(e.colour, 0.35));
                p.drawRoundedRect(sw, 4, 4);
                break;
            case LegendEntry::Swatch::Ring:
                p.setPen(QPen(e.colour, 3.5));
                p.setBrush(Qt::white);
                p.drawRoundedRect(sw, 4, 4);
                break;
            case LegendEntry::Swatch::Line:
            case LegendEntry::Swatch::DashedLine: {
                QPen pen(e.colour, 3.5, e.swatch == LegendEntry::Swatch::Line ? Qt::SolidLine : Qt::DashLine);
                p.setPen(pen);
                p.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
                break;
            }
            case LegendEntry::Swatch::Faded:
                p.setPen(QPen(QColor(0xc9, 0xcf, 0xd8), 1));
                p.setBrush(QColor(0xee, 0xf0, 0xf3));
                p.drawRoundedRect(sw, 4, 4);
                break;
            }
            p.setPen(style.text);
            p.drawText(QRectF(x + kSwatch + kGap, y, size.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter,
                       e.label);
            y += kRow;
        }
        y += kSectionGap;
    }
    p.restore();
}

} // namespace sightline::render
