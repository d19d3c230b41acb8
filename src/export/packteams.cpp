#include "packteams.h"

#include "packnames.h"
#include "sightline/export/exportscene.h"
#include "sightline/export/mapfilters.h"
#include "sightline/export/mappage.h"
#include "sightline/export/mappages.h"
#include "sightline/export/table.h"
#include "sightline/export/tablepage.h"
#include "sightline/export/teampage.h"
#include "sightline/export/wholemappage.h"
#include "sightline/render/vocabulary.h"

#include <QObject>
#include <algorithm>

namespace sightline::exporting {

namespace {

// "Operating margin grows (2 steps)", or with a negative link on the way
// "harmful: Operating margin grows (2 steps; 'cheaper parts wear faster')".
QString pathText(const core::MapData& map, const analysis::SightPath& p, const NodeNames& names) {
    const core::Node* g = names.node(p.goal);
    const QString goal = g ? qs(g->title) : qs(p.goal.str());
    const int steps = static_cast<int>(p.links.size());
    QString text =
        steps == 1 ? QObject::tr("%1 (1 step)").arg(goal) : QObject::tr("%1 (%2 steps)").arg(goal).arg(steps);
    QStringList notes;
    bool harmful = false;
    for (const core::LinkId& id : p.links)
        for (const core::Link& l : map.links)
            if (l.id == id && l.polarity == core::Polarity::Negative) {
                harmful = true;
                if (!l.note.empty())
                    notes << QStringLiteral("“%1”").arg(qs(l.note));
            }
    if (!harmful)
        return text;
    text = QObject::tr("harmful: %1").arg(text);
    if (!notes.isEmpty())
        text += QStringLiteral(" — ") + notes.join(QStringLiteral("; "));
    return text;
}

std::shared_ptr<Table> leverageTable(const core::MapData& map, const analysis::TeamSight& sight,
                                     const NodeNames& names, double width) {
    const core::Vocabulary voc = map.properties.vocabulary;
    auto table = std::make_shared<Table>(std::vector<QString>{QObject::tr("Rank"), QObject::tr("Node"),
                                                              QObject::tr("Kind"), QObject::tr("Leverage"),
                                                              QObject::tr("Line of sight to")},
                                         std::vector<double>{0.06, 0.36, 0.10, 0.09, 0.39}, width);
    int rank = 0;
    for (const analysis::NodeSight& n : sight.nodes) {
        const core::Node* node = names.node(n.node);
        QStringList goals;
        for (const analysis::SightPath& p : n.paths)
            goals << pathText(map, p, names);
        table->addRow({QString::number(++rank), node ? qs(node->title) : qs(n.node.str()),
                       node ? render::kindLabel(voc, node->kind) : QString(),
                       QString::number(n.leverage, 'f', 3),
                       goals.isEmpty() ? QObject::tr("none") : goals.join(QStringLiteral("; "))});
    }
    if (sight.nodes.empty())
        table->addNote(QObject::tr("The team has no nodes on the map."));
    return table;
}

} // namespace

void addTeamPages(const core::MapData& map, const analysis::TeamSight& sight, const NodeNames& names,
                  const PackFrame& pack, int firstPage, std::vector<std::unique_ptr<Page>>& pages) {
    const ExportOptions& options = pack.options;
    const QString teamName = names.team(sight.team);
    const render::Highlight focus = render::Highlight::teamSight(sight.team, options.highlight.colour);
    auto scene = std::make_shared<ExportScene>(pathOnlyMap(map, focus), core::ViewKind::Hierarchy, true);
    scene->setHighlight(focus);
    const render::Legend legend = options.legend ? scene->legend() : render::Legend{};
    const PageFrame frame = pageFrame(pack.paper(), pack.margin(), footerHeight(legend, pack.width(), true));
    const QString heading = QObject::tr("%1: line of sight").arg(teamName);
    const QString intro =
        (sight.hasLineOfSight
             ? QObject::tr("The team's results reach the top goals; only its paths to them are "
                           "shown.")
             : QObject::tr("The team has no line of sight: none of its results reaches a top goal.")) +
        QLatin1Char(' ') +
        (sight.nodes.size() == 1
             ? QObject::tr("Its one node, with its leverage (how much improving it moves the top goals):")
             : QObject::tr("Its %1 nodes, ranked by leverage (how much improving each moves the top goals):")
                   .arg(sight.nodes.size()));
    TitleInfo title = pack.title;
    title.view = QObject::tr("Line of sight, paths only");
    title.focus = focusLabel(scene->map(), focus);
    const double top = frame.map.top() + TablePage::headingHeight(intro, frame.body.width());
    const auto table = leverageTable(map, sight, names, frame.body.width());
    const double space = frame.map.bottom() - top;
    const QRectF bounds = scene->contentBounds();
    auto fit = [&](double height) {
        return std::min({(frame.map.width() - 8) / std::max(1.0, bounds.width()),
                         (height - 8) / std::max(1.0, bounds.height()), 1.5});
    };
    const double titleSize = titlePixels(scene->style());
    const double smallest = scene->style().smallFont.pixelSize();
    // With the table under the map when every text prints readable so; else the map takes the
    // page and the table follows.
    double tableH = std::min(space * 0.4, table->height() + 8);
    double scale = fit(space - tableH - 8);
    if (scale * smallest < kReadablePoints) {
        tableH = 0;
        scale = fit(space);
    }
    std::size_t row = 0;
    if (scale * titleSize >= kTeamTitlePoints) {
        const QRectF mapArea(frame.map.left(), top, frame.map.width(), space - (tableH > 0 ? tableH + 8 : 0));
        const QRectF tableArea(frame.map.left(), mapArea.bottom() + 8, frame.map.width(), tableH);
        row = tableH > 0 ? table->fit(0, tableArea.height()) : 0;
        pages.push_back(std::make_unique<TeamPage>(scene, focus, frame, heading, intro, mapArea, scale,
                                                   tableArea, tableH > 0 ? table : nullptr, row, title,
                                                   options.legend));
    } else {
        // A hierarchy too big for one page at a readable scale: tiled at that scale.
        ExportOptions tiled = options;
        tiled.onePage = false;
        tiled.allowTiling = true;
        tiled.minTitlePoints = kTeamTitlePoints;
        for (auto& p : mapPages(*scene, focus, tiled, pack.page, title, firstPage, true)) {
            static_cast<MapPage&>(*p).keep(scene);
            pages.push_back(std::move(p));
        }
    }
    const PageFrame more = pack.tableFrame();
    while (row < table->size()) {
        const bool first = row == 0;
        const QString intro2 = first ? intro : QString();
        const std::size_t to =
            table->fit(row, more.map.height() - TablePage::headingHeight(intro2, more.body.width()));
        pages.push_back(std::make_unique<TablePage>(
            more,
            first ? QObject::tr("%1: nodes by leverage").arg(teamName)
                  : QObject::tr("%1: nodes by leverage (continued)").arg(teamName),
            intro2, table, row, to, title));
        row = to;
    }
}

} // namespace sightline::exporting
