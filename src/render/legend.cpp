#include "sightline/render/legend.h"

#include "sightline/render/highlightlooks.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/vocabulary.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
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
        {muted, QStringLiteral("and %1 more").arg(n - (kMaxLegendEntries - 1)), LegendEntry::Swatch::Fill});
}

bool inScope(const std::vector<bool>& scope, std::size_t i) {
    return scope.empty() || (i < scope.size() && scope[i]);
}

// Keeps the Fill entries in a colour some node in scope is drawn in (before capping).
void keepColoursInUse(LegendSection& section, const core::Map& map, ColourMode mode, const Style& style,
                      const std::vector<bool>& nodes) {
    std::set<QRgb> used;
    const auto& all = map.nodes();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (inScope(nodes, i))
            used.insert(nodeColour(map, all[i], mode, style).rgba());
    std::erase_if(section.entries, [&](const LegendEntry& e) {
        return e.swatch == LegendEntry::Swatch::Fill && !used.count(e.colour.rgba());
    });
}

LegendSection colourSection(const core::Map& map, ColourMode mode, const Style& style,
                            const std::vector<bool>* scope = nullptr) {
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
                s.entries.push_back({style.teamColour(map, t.id), QString::fromStdString(t.name)});
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
        s.title = QStringLiteral("Colour: measure status (XmR signals and capability; latest value against "
                                 "target where too few values)");
        for (MeasureStatus st : {MeasureStatus::Met, MeasureStatus::Improving, MeasureStatus::Routine,
                                 MeasureStatus::Behind, MeasureStatus::NoData})
            s.entries.push_back({statusColour(st, style), statusLabel(st)});
        break;
    }
    if (scope)
        keepColoursInUse(s, map, mode, style, *scope);
    capSection(s, style.mutedText);
    return s;
}

// The key to the shapes and link kinds the nodes and links in scope use, in the map's
// vocabulary.
LegendSection symbolSection(const core::Map& map, const Style& style, const LegendScope& scope) {
    using S = LegendEntry::Swatch;
    const core::Vocabulary voc = map.properties().vocabulary;
    bool goal = false, measure = false, orphan = false, initiative = false;
    std::set<MeasureStatus> statuses;
    const auto& nodes = map.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!inScope(scope.nodes, i))
            continue;
        const core::Node& n = nodes[i];
        goal = goal || (n.kind == core::NodeKind::Objective && n.goal);
        initiative = initiative || n.kind == core::NodeKind::Initiative;
        if (n.kind == core::NodeKind::Measure) {
            measure = true;
            statuses.insert(measureStatus(n, map.settings()));
            bool measures = false;
            for (const core::LinkId& lid : map.outLinks(n.id))
                if (const core::Link* l = map.link(lid))
                    measures = measures || l->kind == core::LinkKind::Measures;
            orphan = orphan || !measures;
        }
    }
    bool drives = false, negative = false, supports = false, rollup = false;
    const auto& links = map.links();
    for (std::size_t i = 0; i < links.size(); ++i) {
        if (!inScope(scope.links, i))
            continue;
        const core::Link& l = links[i];
        const bool neg = l.kind == core::LinkKind::Drives && l.polarity == core::Polarity::Negative;
        drives = drives || (l.kind == core::LinkKind::Drives && !neg);
        negative = negative || neg;
        supports = supports || l.kind == core::LinkKind::Supports;
        rollup = rollup || l.kind == core::LinkKind::Rollup;
    }
    LegendSection s;
    s.title = QStringLiteral("Shapes and links");
    if (goal)
        s.entries.push_back({style.teamColour(map, std::nullopt).darker(110), goalLabel(voc), S::Goal});
    if (measure) {
        const QString kind = kindLabel(voc, core::NodeKind::Measure);
        for (MeasureStatus st : statuses)
            s.entries.push_back({statusColour(st, style),
                                 QStringLiteral("%1: %2").arg(kind, statusLabel(st).toLower()), S::Card});
        if (orphan)
            s.entries.push_back({style.orphanBorder,
                                 QStringLiteral("%1 that measures no %2")
                                     .arg(kind, kindLabel(voc, core::NodeKind::Objective).toLower()),
                                 S::OrphanCard});
    }
    if (initiative)
        s.entries.push_back(
            {style.initiativeBorder, kindLabel(voc, core::NodeKind::Initiative), S::Initiative});
    if (drives)
        s.entries.push_back({style.link, linkKindLabel(voc, core::LinkKind::Drives), S::Arrow});
    if (negative)
        s.entries.push_back({style.negativeLink, QStringLiteral("Hurts (negative effect)"), S::DashedArrow});
    if (supports)
        s.entries.push_back(
            {style.supportsLink, linkKindLabel(voc, core::LinkKind::Supports), S::DottedArrow});
    if (rollup)
        s.entries.push_back({style.rollupLink, linkKindLabel(voc, core::LinkKind::Rollup), S::Rollup});
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
    return buildLegend(map, h, style, LegendScope{});
}

Legend buildLegend(const core::Map& map, const Highlight& h, const Style& style, const LegendScope& scope) {
    Legend legend;
    const bool scoped = scope.symbols || !scope.nodes.empty() || !scope.links.empty();
    // Under a focus the team colours say little that the focus does not: the legend stays short.
    if (!(h.active() && h.colour == ColourMode::Team))
        legend.push_back(colourSection(map, h.colour, style, scoped ? &scope.nodes : nullptr));
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
        // Paths through a negative link are drawn as harmful (linkitem, sightdock): say so where
        // the map has any.
        const auto& links = map.links();
        if (std::any_of(links.begin(), links.end(), [](const core::Link& l) {
                return l.kind == core::LinkKind::Drives && l.polarity == core::Polarity::Negative;
            }))
            s.entries.push_back({colour(Emphasis::Worsens),
                                 QStringLiteral("Harmful: a path through a negative link"), S::DashedLine});
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
    if (scope.symbols)
        if (LegendSection key = symbolSection(map, style, scope); !key.entries.empty())
            legend.push_back(std::move(key));
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
            paintLegendSwatch(p, e, QRectF(x + 2, y + 4, kSwatch - 4, kRow - 8));
            p.setPen(style.text);
            p.drawText(QRectF(x + kSwatch + kGap, y, size.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter,
                       e.label);
            y += kRow;
        }
        y += kSectionGap;
    }
    p.restore();
}

void paintLegendSwatch(QPainter& p, const LegendEntry& e, const QRectF& sw) {
    using S = LegendEntry::Swatch;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const qreal line = std::clamp<qreal>(sw.height() * 0.3, 1.0, 3.5);
    switch (e.swatch) {
    case S::Fill:
        p.setPen(QPen(e.colour, 1.5));
        p.setBrush(Style::tint(e.colour, 0.35));
        p.drawRoundedRect(sw, 4, 4);
        break;
    case S::Ring:
        p.setPen(QPen(e.colour, line));
        p.setBrush(Qt::white);
        p.drawRoundedRect(sw, 4, 4);
        break;
    case S::Line:
    case S::DashedLine:
        p.setPen(QPen(e.colour, line, e.swatch == S::Line ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
        break;
    case S::Faded:
        p.setPen(QPen(QColor(0xc9, 0xcf, 0xd8), 1));
        p.setBrush(QColor(0xee, 0xf0, 0xf3));
        p.drawRoundedRect(sw, 4, 4);
        break;
    case S::Goal:
        p.setPen(QPen(e.colour.darker(135), 1.2));
        p.setBrush(e.colour);
        p.drawRoundedRect(sw, 3, 3);
        break;
    case S::Card:
    case S::OrphanCard:
        p.setPen(QPen(e.colour, 1.2, e.swatch == S::OrphanCard ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::white);
        p.drawRect(sw.adjusted(0, 1, 0, -1));
        break;
    case S::Initiative: {
        const QRectF b = sw.adjusted(0, 1, 0, -1);
        const qreal tip = std::min<qreal>(3, b.width() / 4);
        QPainterPath path;
        path.moveTo(b.left(), b.top());
        path.lineTo(b.right() - tip, b.top());
        path.lineTo(b.right(), b.center().y());
        path.lineTo(b.right() - tip, b.bottom());
        path.lineTo(b.left(), b.bottom());
        path.lineTo(b.left() + tip, b.center().y());
        path.closeSubpath();
        p.setPen(QPen(e.colour, 1));
        p.setBrush(QColor(0xee, 0xf1, 0xf6));
        p.drawPath(path);
        break;
    }
    case S::Arrow:
    case S::DashedArrow:
    case S::DottedArrow:
    case S::Rollup: {
        const Qt::PenStyle dash = e.swatch == S::DashedArrow   ? Qt::DashLine
                                  : e.swatch == S::DottedArrow ? Qt::DotLine
                                                               : Qt::SolidLine;
        const qreal w = 1.3;
        const QPointF a(sw.left() + 1, sw.center().y()), b(sw.right() - 1, sw.center().y());
        p.setPen(QPen(e.colour, w, dash));
        p.drawLine(a, b);
        p.setPen(QPen(e.colour, w));
        const qreal head = std::min<qreal>(3.5, sw.height() / 2);
        p.drawLine(b, b + QPointF(-head, -head * 0.7));
        p.drawLine(b, b + QPointF(-head, head * 0.7));
        if (e.swatch == S::Rollup) // the sum sign of a rollup
            p.drawText(QRectF(a.x(), sw.top() - sw.height(), b.x() - a.x(), sw.height()), Qt::AlignCenter,
                       QStringLiteral("Σ"));
        break;
    }
    }
    p.restore();
}

} // namespace sightline::render
