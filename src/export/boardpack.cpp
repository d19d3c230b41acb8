#include "sightline/export/boardpack.h"

#include "sightline/analysis/analyzer.h"
#include "sightline/analysis/rules.h"
#include "sightline/analysis/sightreport.h"
#include "sightline/export/coverpage.h"
#include "sightline/export/exportscene.h"
#include "sightline/export/mappages.h"
#include "sightline/export/pagetext.h"
#include "sightline/export/table.h"
#include "sightline/export/tablepage.h"
#include "sightline/export/teampage.h"
#include "sightline/render/vocabulary.h"

#include <QObject>
#include <algorithm>
#include <array>
#include <unordered_map>

namespace sightline::exporting {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// The pages of a board pack share their paper, margins and title.
struct PackFrame {
    const ExportScene& scene;
    const ExportOptions& options;
    PageFormat page;
    TitleInfo title;

    QSizeF paper() const { return paperSize(page, options.landscape); }
    double margin() const { return mmToPoints(options.marginMm); }
    // A page with the title block (no legend) in the footer.
    PageFrame tableFrame() const {
        const double width = paper().width() - 2 * margin();
        return pageFrame(paper(), margin(), footerHeight({}, width, true));
    }
};

class NodeNames {
public:
    explicit NodeNames(const core::MapData& map) : map_(map) {
        for (std::size_t i = 0; i < map.nodes.size(); ++i)
            index_.emplace(map.nodes[i].id, i);
    }
    const core::Node* node(const core::NodeId& id) const {
        auto it = index_.find(id);
        return it == index_.end() ? nullptr : &map_.nodes[it->second];
    }
    QString title(const core::NodeId& id) const {
        const core::Node* n = node(id);
        return n ? QStringLiteral("%1 (%2)").arg(qs(n->title), qs(id.str())) : qs(id.str());
    }
    QString list(const std::vector<core::NodeId>& ids) const {
        QStringList out;
        for (const core::NodeId& id : ids)
            out << title(id);
        return out.join(QStringLiteral("; "));
    }
    QString teams(const std::vector<core::TeamId>& ids) const {
        QStringList out;
        for (const core::TeamId& id : ids) {
            QString name = qs(id.str());
            for (const core::Team& t : map_.teams)
                if (t.id == id)
                    name = qs(t.name);
            out << name;
        }
        return out.join(QStringLiteral(", "));
    }

private:
    const core::MapData& map_;
    std::unordered_map<core::NodeId, std::size_t> index_;
};

QString severityLabel(analysis::Severity s) {
    switch (s) {
    case analysis::Severity::Error:
        return QObject::tr("error");
    case analysis::Severity::Warning:
        return QObject::tr("warning");
    case analysis::Severity::Info:
        return QObject::tr("info");
    }
    return {};
}

QString ruleSummary(const std::string& rule) {
    QString summary = qs(rule);
    if (auto r = analysis::ruleFromId(rule))
        summary = QString::fromUtf8(analysis::ruleInfo(*r).summary.data(),
                                    static_cast<qsizetype>(analysis::ruleInfo(*r).summary.size()));
    if (!summary.isEmpty()) // a heading: capital first letter
        summary[0] = summary[0].toUpper();
    return summary;
}

std::shared_ptr<Table> findingsTable(const analysis::Report& report, const NodeNames& names, double width) {
    auto table = std::make_shared<Table>(
        std::vector<QString>{QObject::tr("Nodes"), QObject::tr("Teams"), QObject::tr("Finding")},
        std::vector<double>{0.36, 0.16, 0.48}, width);
    std::string rule;
    int open = 0;
    for (const analysis::Finding& f : report.findings)
        open += f.waived ? 0 : 1;
    if (open == 0)
        table->addNote(QObject::tr("No open findings."));
    // Open findings, grouped by rule (the report is sorted by severity, then rule).
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const analysis::Finding& f = report.findings[i];
        if (f.waived)
            continue;
        if (f.rule != rule) {
            rule = f.rule;
            int n = 0;
            for (const analysis::Finding& g : report.findings)
                n += (!g.waived && g.rule == rule) ? 1 : 0;
            table->addGroup(QObject::tr("%1 (%2, %3): %4 open")
                                .arg(ruleSummary(rule), qs(rule), severityLabel(f.severity))
                                .arg(n));
        }
        table->addRow({names.list(f.nodes), names.teams(f.teams), qs(f.message)});
    }
    int waived = report.counts.waived;
    if (waived > 0) {
        table->addGroup(
            QObject::tr("Waived findings (%1), with the reasons recorded in the map").arg(waived));
        for (const analysis::Finding& f : report.findings)
            if (f.waived)
                table->addRow(
                    {names.list(f.nodes), names.teams(f.teams),
                     QObject::tr("Waived: %1 (%2: %3)").arg(qs(f.waiverReason), qs(f.rule), qs(f.message))});
    }
    return table;
}

std::shared_ptr<Table> leverageTable(const analysis::TeamSight& sight, const NodeNames& names,
                                     core::Vocabulary voc, double width) {
    auto table = std::make_shared<Table>(std::vector<QString>{QObject::tr("Rank"), QObject::tr("Node"),
                                                              QObject::tr("Kind"), QObject::tr("Leverage"),
                                                              QObject::tr("Line of sight to")},
                                         std::vector<double>{0.06, 0.40, 0.12, 0.10, 0.32}, width);
    int rank = 0;
    for (const analysis::NodeSight& n : sight.nodes) {
        const core::Node* node = names.node(n.node);
        QStringList goals;
        for (const analysis::SightPath& p : n.paths) {
            const core::Node* g = names.node(p.goal);
            const int steps = static_cast<int>(p.links.size());
            const QString goal = g ? qs(g->title) : qs(p.goal.str());
            goals << (steps == 1 ? QObject::tr("%1 (1 step)").arg(goal)
                                 : QObject::tr("%1 (%2 steps)").arg(goal).arg(steps));
        }
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

void buildBoardPack(ExportScene& scene, const ExportOptions& options, const std::string& date,
                    std::vector<std::unique_ptr<Page>>& pages, std::vector<OutlineEntry>& outline) {
    const core::MapData& data = scene.data();
    const core::Vocabulary voc = data.properties.vocabulary;
    PackFrame pack{scene, options, options.page == PageFormat::Fit ? PageFormat::A3 : options.page, {}};
    pack.title.mapTitle = qs(data.properties.title);
    pack.title.view = render::viewLabel(scene.view());
    pack.title.date = qs(date);
    const NodeNames names(data);
    std::vector<std::pair<QString, int>> contents;
    // Page numbers count the cover, which is put in front at the end.
    auto nextPage = [&] { return static_cast<int>(pages.size()) + 2; };
    auto bookmark = [&](const QString& title, int level) {
        outline.push_back({title.toStdString(), static_cast<int>(pages.size()) + 1, level});
        if (level == 0)
            contents.emplace_back(title, nextPage());
    };

    // The whole map, on one page: the overview the board looks at first (the team pages that
    // follow carry the detail at a readable size; a separate map export tiles when asked).
    bookmark(QObject::tr("Whole map"), 0);
    const render::ColourMode colour = options.highlight.colour;
    for (auto& p :
         mapPages(scene, render::Highlight::none(colour), options, pack.page, pack.title, nextPage(), false))
        pages.push_back(std::move(p));

    // Findings.
    analysis::Options analysisOptions;
    analysisOptions.asOf = core::Date::parse(date).value_or(core::Date());
    const analysis::Report report = analysis::analyze(data, analysisOptions);
    {
        const PageFrame frame = pack.tableFrame();
        const QString intro =
            QObject::tr("As of %1: %2 errors, %3 warnings, %4 for information open; %5 waived.")
                .arg(qs(date))
                .arg(report.counts.error)
                .arg(report.counts.warning)
                .arg(report.counts.info)
                .arg(report.counts.waived);
        const auto table = findingsTable(report, names, frame.body.width());
        bookmark(QObject::tr("Findings"), 0);
        TitleInfo title = pack.title;
        title.focus = QObject::tr("Findings");
        std::size_t row = 0;
        bool first = true;
        do {
            const QString heading = first ? QObject::tr("Findings") : QObject::tr("Findings (continued)");
            const double available =
                frame.map.height() - TablePage::headingHeight(first ? intro : QString(), frame.body.width());
            const std::size_t to = table->fit(row, available);
            pages.push_back(std::make_unique<TablePage>(frame, heading, first ? intro : QString(), table, row,
                                                        to, title));
            row = to;
            first = false;
        } while (row < table->size());
    }

    // One page per team (and continuation pages for long rankings).
    const analysis::SightReport sight = analysis::sightReport(data);
    bool teamsMarked = false;
    for (const analysis::TeamSight& ts : sight.teams) {
        const core::Team* team = nullptr;
        for (const core::Team& t : data.teams)
            if (t.id == ts.team)
                team = &t;
        if (!team)
            continue;
        if (!teamsMarked) {
            bookmark(QObject::tr("Teams"), 0);
            teamsMarked = true;
        }
        bookmark(qs(team->name), 1);
        const render::Highlight focus = render::Highlight::teamSight(ts.team, colour);
        scene.setHighlight(focus);
        const double width = pack.paper().width() - 2 * pack.margin();
        const render::Legend legend = options.legend ? scene.legend() : render::Legend{};
        const PageFrame frame = pageFrame(pack.paper(), pack.margin(), footerHeight(legend, width, true));
        const QString heading = QObject::tr("%1: line of sight").arg(qs(team->name));
        const QString intro =
            (ts.hasLineOfSight
                 ? QObject::tr("The team's results reach the top goals.")
                 : QObject::tr("The team has no line of sight: none of its results reaches a top goal.")) +
            QLatin1Char(' ') +
            (ts.nodes.size() == 1
                 ? QObject::tr("Its one node, with its leverage (how much improving it moves the top goals):")
                 : QObject::tr(
                       "Its %1 nodes, ranked by leverage (how much improving each moves the top goals):")
                       .arg(ts.nodes.size()));
        const double headH = TablePage::headingHeight(intro, frame.body.width());
        const double top = frame.map.top() + headH;
        const auto table = leverageTable(ts, names, voc, frame.body.width());
        // The table takes what it needs, up to 40% of the page; the map the rest.
        const double space = frame.map.bottom() - top;
        const double tableH = std::min(space * 0.4, table->height() + 8);
        const QRectF mapArea(frame.map.left(), top, frame.map.width(), space - tableH - 8);
        const QRectF tableArea(frame.map.left(), mapArea.bottom() + 8, frame.map.width(), tableH);
        std::size_t row = table->fit(0, tableArea.height());
        TitleInfo title = pack.title;
        title.focus = focusLabel(scene.map(), focus);
        pages.push_back(std::make_unique<TeamPage>(scene, focus, frame, heading, intro, mapArea, tableArea,
                                                   table, row, title, options.legend));
        const PageFrame more = pack.tableFrame();
        while (row < table->size()) {
            const std::size_t to =
                table->fit(row, more.map.height() - TablePage::headingHeight(QString(), more.body.width()));
            pages.push_back(std::make_unique<TablePage>(
                more, QObject::tr("%1: nodes by leverage (continued)").arg(qs(team->name)), QString(), table,
                row, to, title));
            row = to;
        }
    }

    // The cover, in front.
    CoverPage::Content cover;
    cover.title = qs(data.properties.title);
    cover.subtitle = QObject::tr("Board pack · %1").arg(render::vocabularyName(voc));
    cover.description = qs(data.properties.description);
    cover.date = qs(date);
    std::array<int, 3> kinds{};
    for (const core::Node& n : data.nodes)
        ++kinds[static_cast<std::size_t>(n.kind)];
    cover.counts = {
        {QObject::tr("Teams"), QString::number(data.teams.size())},
        {QObject::tr("People"), QString::number(data.people.size())},
        {render::kindLabelPlural(voc, core::NodeKind::Objective), QString::number(kinds[0])},
        {render::kindLabelPlural(voc, core::NodeKind::Measure), QString::number(kinds[1])},
        {render::kindLabelPlural(voc, core::NodeKind::Initiative), QString::number(kinds[2])},
        {QObject::tr("Links"), QString::number(data.links.size())},
        {QObject::tr("Top goals"), QString::number(sight.goals.size())},
        {QObject::tr("Open errors"), QString::number(report.counts.error)},
        {QObject::tr("Open warnings"), QString::number(report.counts.warning)},
        {QObject::tr("Open for information"), QString::number(report.counts.info)},
        {QObject::tr("Waived findings"), QString::number(report.counts.waived)},
    };
    cover.contents = contents;
    const PageFrame coverFrame = pageFrame(pack.paper(), pack.margin(), 0);
    pages.insert(pages.begin(), std::make_unique<CoverPage>(coverFrame, std::move(cover)));
    outline.insert(outline.begin(), OutlineEntry{QObject::tr("Cover").toStdString(), 0, 0});
}

} // namespace sightline::exporting
