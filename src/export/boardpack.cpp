#include "sightline/export/boardpack.h"

#include "packfindings.h"
#include "packframe.h"
#include "packnames.h"
#include "packteams.h"
#include "sightline/analysis/analyzer.h"
#include "sightline/analysis/sightreport.h"
#include "sightline/export/coverpage.h"
#include "sightline/export/exportscene.h"
#include "sightline/export/mappages.h"
#include "sightline/export/measurepage.h"
#include "sightline/export/scorecardpage.h"
#include "sightline/export/tablepage.h"
#include "sightline/render/vocabulary.h"

#include <QObject>
#include <algorithm>
#include <array>
#include <functional>

namespace sightline::exporting {

namespace {

void addScorecard(const core::Map& map, const PackFrame& pack, std::vector<std::unique_ptr<Page>>& pages) {
    Scorecard card = buildScorecard(map, pack.options.teamLevels);
    const PageFrame frame = pack.tableFrame();
    QString intro =
        QObject::tr("Every measure of the top goals and of the first %1 team levels, by goal and by team. ")
            .arg(pack.options.teamLevels) +
        ScorecardPage::countsLine(card) +
        QObject::tr(
            " Status: read from each measure's XmR chart (a signal of improvement or concern, else whether "
            "it "
            "consistently meets its target); with too few values for limits, the latest value against the "
            "target.");
    if (!pack.title.asOf.isEmpty())
        intro += QObject::tr(" Data as of %1.").arg(pack.title.asOf);
    const double first = frame.map.height() - TablePage::headingHeight(intro, frame.body.width());
    auto layout = std::make_shared<ScorecardLayout>(std::move(card), frame.body.width(), first);
    TitleInfo title = pack.title;
    title.focus = QObject::tr("Scorecard");
    std::size_t row = 0;
    bool continued = false;
    do {
        const double height =
            frame.map.height() - TablePage::headingHeight(continued ? QString() : intro, frame.body.width());
        const std::size_t to = layout->fit(row, height);
        pages.push_back(std::make_unique<ScorecardPage>(frame, continued ? QString() : intro, layout, row, to,
                                                        title, continued));
        row = to;
        continued = true;
    } while (row < layout->size());
}

void addMeasures(const core::Map& map, const PackFrame& pack, std::vector<std::unique_ptr<Page>>& pages) {
    std::vector<MeasureChart> charts = measureCharts(map);
    if (charts.empty())
        return;
    const std::size_t perPage = static_cast<std::size_t>(kChartColumns * kChartRows);
    const std::size_t most = perPage * kMaxMeasurePages;
    const std::size_t shown = std::min(charts.size(), most);
    QString intro =
        QObject::tr("Each measure's XmR chart: its values with the central line and natural process limits "
                    "(shaded), the target, and the moving ranges; signals of concern orange, of improvement "
                    "blue. Those that need attention first (behind, routine, improving, met, without data).");
    if (shown < charts.size())
        intro += QObject::tr(" The first %1 of %2 measures; every measure's chart: sightline-cli xmr.")
                     .arg(shown)
                     .arg(charts.size());
    TitleInfo title = pack.title;
    title.focus = QObject::tr("Measures");
    const PageFrame frame = pack.tableFrame();
    for (std::size_t from = 0; from < shown; from += perPage) {
        std::vector<MeasureChart> page(charts.begin() + static_cast<std::ptrdiff_t>(from),
                                       charts.begin() +
                                           static_cast<std::ptrdiff_t>(std::min(shown, from + perPage)));
        pages.push_back(std::make_unique<MeasurePage>(
            frame, from == 0 ? QObject::tr("Measures") : QObject::tr("Measures (continued)"),
            from == 0 ? intro : QString(), std::move(page), title));
    }
}

void addFindings(const core::Map& map, const analysis::Report& report, const NodeNames& names,
                 const PackFrame& pack, std::vector<std::unique_ptr<Page>>& pages) {
    const PageFrame frame = pack.tableFrame();
    QString intro = QObject::tr("%1: %2 errors, %3 warnings, %4 for information open; %5 waived.")
                        .arg(pack.title.asOf.isEmpty() ? QObject::tr("As of %1").arg(pack.title.date)
                                                       : QObject::tr("Data as of %1").arg(pack.title.asOf))
                        .arg(report.counts.error)
                        .arg(report.counts.warning)
                        .arg(report.counts.info)
                        .arg(report.counts.waived);
    if (!pack.options.allFindings)
        intro += QObject::tr(" Per rule, the %1 most important (about the highest teams first).")
                     .arg(kFindingsPerRule);
    const auto table = findingsTable(map, report, names, pack.options.allFindings, frame.body.width());
    TitleInfo title = pack.title;
    title.focus = QObject::tr("Findings");
    std::size_t row = 0;
    bool first = true;
    do {
        const QString heading = first ? QObject::tr("Findings") : QObject::tr("Findings (continued)");
        const double available =
            frame.map.height() - TablePage::headingHeight(first ? intro : QString(), frame.body.width());
        const std::size_t to = table->fit(row, available);
        pages.push_back(
            std::make_unique<TablePage>(frame, heading, first ? intro : QString(), table, row, to, title));
        row = to;
        first = false;
    } while (row < table->size());
}

} // namespace

std::vector<core::TeamId> packTeams(const core::Map& map, const ExportOptions& options) {
    if (!options.packTeams.empty())
        return options.packTeams;
    std::vector<core::TeamId> out;
    std::function<void(const std::optional<core::TeamId>&, int)> visit =
        [&](const std::optional<core::TeamId>& parent, int depth) {
            if (depth >= options.teamLevels)
                return;
            for (const core::Team& t : map.teams())
                if (t.parent == parent) {
                    out.push_back(t.id);
                    visit(t.id, depth + 1);
                }
        };
    visit(std::nullopt, 0);
    return out;
}

void buildBoardPack(ExportScene& scene, const ExportOptions& options, const TitleInfo& title,
                    std::vector<std::unique_ptr<Page>>& pages, std::vector<OutlineEntry>& outline) {
    const core::MapData& data = scene.data();
    const core::Map& map = scene.map();
    const core::Vocabulary voc = data.properties.vocabulary;
    PackFrame pack{options, options.page == PageFormat::Fit ? PageFormat::A3 : options.page, title};
    const NodeNames names(data);
    std::vector<std::pair<QString, int>> contents;
    // Page numbers count the cover, which is put in front at the end.
    auto nextPage = [&] { return static_cast<int>(pages.size()) + 2; };
    auto bookmark = [&](const QString& text, int level) {
        outline.push_back({text.toStdString(), static_cast<int>(pages.size()) + 1, level});
        if (level == 0)
            contents.emplace_back(text, nextPage());
    };

    // The scorecard: what the board reads first.
    bookmark(QObject::tr("Scorecard"), 0);
    addScorecard(map, pack, pages);

    // The whole map on one page: the top levels labelled at a readable size, the rest as shapes.
    bookmark(QObject::tr("Whole map"), 0);
    const render::ColourMode colour = options.highlight.colour;
    ExportOptions whole = options;
    whole.onePage = true;
    for (auto& p : mapPages(scene, render::Highlight::none(colour), whole, pack.page, pack.title, nextPage(),
                            false, true))
        pages.push_back(std::move(p));

    // Measures as small multiples, those that need attention first.
    bookmark(QObject::tr("Measures"), 0);
    addMeasures(map, pack, pages);

    // Findings, summarised per rule.
    analysis::Options analysisOptions;
    analysisOptions.asOf = core::Date::parse((title.asOf.isEmpty() ? title.date : title.asOf).toStdString())
                               .value_or(core::Date());
    const analysis::Report report = analysis::analyze(data, analysisOptions);
    bookmark(QObject::tr("Findings"), 0);
    addFindings(map, report, names, pack, pages);

    // A page per chosen team (and continuation pages).
    const analysis::SightReport sight = analysis::sightReport(data);
    const std::vector<core::TeamId> teams = packTeams(map, options);
    if (!teams.empty())
        bookmark(QObject::tr("Teams"), 0);
    for (const core::TeamId& id : teams)
        for (const analysis::TeamSight& ts : sight.teams)
            if (ts.team == id) {
                bookmark(names.team(id), 1);
                addTeamPages(data, ts, names, pack, nextPage(), pages);
            }

    // The cover, in front.
    CoverPage::Content cover;
    cover.title = qs(data.properties.title);
    cover.subtitle = QObject::tr("Board pack · %1").arg(render::vocabularyName(voc));
    cover.description = qs(data.properties.description);
    cover.date =
        title.asOf.isEmpty() ? title.date : QObject::tr("%1 · data as of %2").arg(title.date, title.asOf);
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
