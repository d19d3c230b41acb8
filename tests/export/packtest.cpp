// The board pack a board accepts (issue 16): scorecard, summarised findings, the data date,
// team pages, one-page views, and the page, byte and time budgets.
#include "../editor/bigmap.h"
#include "exporthelpers.h"
#include "pdfcheck.h"
#include "sightline/export/boardpack.h"
#include "sightline/export/exporter.h"
#include "sightline/export/exportscene.h"
#include "sightline/export/mapfilters.h"
#include "sightline/export/measurepage.h"
#include "sightline/export/scorecardpage.h"
#include "sightline/render/valueformat.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::exporting;
using namespace exporttest;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

ExportOptions packOptions() {
    ExportOptions o;
    o.page = PageFormat::A3;
    o.landscape = true;
    o.pack = true;
    o.date = "2026-11-30";
    return o;
}

int write(const core::MapData& map, const ExportOptions& options, const std::filesystem::path& out) {
    Exporter exporter(map, options);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(out, error));
    return exporter.pageCount();
}

// The text of pages [first, last] (1-based).
QString pagesText(const std::filesystem::path& pdf, int first, int last) {
    const Run r =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
             QString::number(last), QString::fromStdString(pdf.string()), QStringLiteral("-")});
    REQUIRE(r.exit == 0);
    return collapse(r.out);
}

const core::Node* node(const core::MapData& map, const char* id) {
    for (const core::Node& n : map.nodes)
        if (n.id == core::NodeId(id))
            return &n;
    return nullptr;
}

} // namespace

TEST_CASE("the scorecard lists every measure of the goals and first two team levels on page 2",
          "[export][pack]") {
    Scratch dir;
    const core::MapData map = example();
    write(map, packOptions(), dir / "pack.pdf");
    const QString page2 = pagesText(dir / "pack.pdf", 2, 2);
    const core::Map named(map);
    const Scorecard card = buildScorecard(named, 2);
    REQUIRE(card.size() > 3);
    CHECK(page2.startsWith(QStringLiteral("Scorecard")));
    CHECK(page2.contains(ScorecardPage::countsLine(card)));
    for (const ScorecardGroup& g : card.groups) {
        CHECK(page2.contains(collapse(g.heading)));
        for (const ScorecardRow& r : g.rows) {
            INFO(r.title.toStdString());
            // Title, owner, latest value with its period, target, status, data date.
            CHECK(page2.contains(collapse(r.title)));
            CHECK(page2.contains(r.owner));
            CHECK(page2.contains(r.latest + QLatin1Char(' ') + r.period));
            CHECK(page2.contains(r.target));
            CHECK(page2.contains(scorecardStatus(r.status)));
            CHECK(page2.contains(r.dataDate));
        }
    }
    // A measure of a top goal, as the cards would say it.
    const core::Node* margin = node(map, "m-margin");
    REQUIRE(margin);
    CHECK(page2.contains(collapse(q(margin->title))));
    CHECK(page2.contains(render::formatValue(*margin->target, q(margin->unit))));
    // Grouped by goal first, then by team.
    CHECK(card.groups.front().goal);
    CHECK_FALSE(card.groups.back().goal);
}

TEST_CASE("the scorecard says whether each latest value is approved or provisional", "[export][pack]") {
    core::MapData map = example();
    {
        const Scorecard card = buildScorecard(core::Map(map), 2);
        for (const ScorecardGroup& g : card.groups)
            for (const ScorecardRow& r : g.rows)
                CHECK(r.approval.isEmpty()); // the map records no approvals: no column of "provisional"
    }
    REQUIRE(!map.people.empty());
    map.settings.requireApproval = true;
    core::Node* margin = nullptr;
    for (core::Node& n : map.nodes)
        if (n.id == core::NodeId("m-margin"))
            margin = &n;
    REQUIRE(margin);
    REQUIRE(!margin->values.empty());
    auto latest = std::max_element(margin->values.begin(), margin->values.end(),
                                   [](const auto& a, const auto& b) { return a.date < b.date; });
    latest->approvedBy = map.people.front().id;
    const Scorecard card = buildScorecard(core::Map(map), 2);
    int approved = 0, provisional = 0;
    for (const ScorecardGroup& g : card.groups)
        for (const ScorecardRow& r : g.rows) {
            if (r.measure == core::NodeId("m-margin"))
                CHECK(r.approval == QStringLiteral("approved"));
            approved += r.approval == QStringLiteral("approved");
            provisional += r.approval == QStringLiteral("provisional");
        }
    CHECK(approved == 1);
    CHECK(provisional == static_cast<int>(card.size()) - 1);
    Scratch dir;
    write(map, packOptions(), dir / "pack.pdf");
    const QString page2 = pagesText(dir / "pack.pdf", 2, 2);
    CHECK(page2.contains(QStringLiteral("approved")));
    CHECK(page2.contains(QStringLiteral("provisional")));
}

TEST_CASE("findings are summarised per rule: count, three most important, and N more", "[export][pack]") {
    Scratch dir;
    const core::MapData map = testing::bigMap(3000);
    ExportOptions o = packOptions();
    o.teamLevels = 1;
    write(map, o, dir / "summary.pdf");
    const QString text = pdfText(dir / "summary.pdf");
    static const QRegularExpression more(QStringLiteral("and (\\d+) more \\(every finding"));
    auto m = more.match(text);
    REQUIRE(m.hasMatch());
    // "N open" in the rule's heading is 3 + the number left out, for the first summarised rule.
    static const QRegularExpression heading(QStringLiteral("\\): (\\d+) open"));
    bool matched = false;
    for (auto it = heading.globalMatch(text); it.hasNext();) {
        const int open = it.next().captured(1).toInt();
        if (open == 3 + m.captured(1).toInt())
            matched = true;
    }
    CHECK(matched);

    o.allFindings = true;
    write(map, o, dir / "all.pdf");
    const QString all = pdfText(dir / "all.pdf");
    CHECK_FALSE(all.contains(QStringLiteral("every finding: export")));
    CHECK(all.size() > text.size() * 2);
}

TEST_CASE("as of a date, later approvals and breaks did not exist yet", "[export][asof]") {
    core::MapData map = example();
    REQUIRE(!map.people.empty());
    core::Node* margin = nullptr;
    for (core::Node& n : map.nodes)
        if (n.id == core::NodeId("m-margin"))
            margin = &n;
    REQUIRE(margin);
    REQUIRE(margin->values.size() >= 3);
    const core::Date june = *core::Date::parse("2026-06-30");
    for (core::MeasureValue& v : margin->values) {
        v.approvedBy = map.people.front().id;
        v.approvedOn = v.date == june ? core::Date::parse("2026-07-03") : core::Date::parse("2026-06-30");
    }
    const core::Date lastBreak = margin->values.back().date;
    margin->xmr.breaks = {lastBreak};
    const core::MapData then = dataAsOf(map, june);
    const core::Node* before = node(then, "m-margin");
    REQUIRE(before);
    for (const core::MeasureValue& v : before->values) {
        CHECK(v.date <= june);
        CHECK(v.approvedBy.has_value() == (v.date != june)); // June's approval came on 3 July
    }
    CHECK((lastBreak > june) == before->xmr.breaks.empty());
}

TEST_CASE("--as-of ignores later values everywhere; the title block says data as of",
          "[export][pack][asof]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o = packOptions();
    o.asOf = "2026-06-30";
    write(map, o, dir / "june.pdf");
    const QString text = pdfText(dir / "june.pdf");
    CHECK(text.contains(QStringLiteral("2026-11-30 · data as of 2026-06-30")));
    CHECK(text.contains(QStringLiteral("Data as of 2026-06-30")));
    // No value after June anywhere: the scorecard's data dates are June's or earlier.
    CHECK_FALSE(text.contains(QStringLiteral("2026-10-31")));
    CHECK_FALSE(text.contains(QStringLiteral("Oct 2026")));
    const core::Node* margin = node(map, "m-margin");
    REQUIRE(margin);
    const core::MeasureValue* june = nullptr;
    for (const core::MeasureValue& v : margin->values)
        if (v.date == *core::Date::parse("2026-06-30"))
            june = &v;
    REQUIRE(june);
    CHECK(pagesText(dir / "june.pdf", 2, 2)
              .contains(render::formatValue(june->value, q(margin->unit)) + QStringLiteral(" Jun 2026")));
    // The print date alone changes no value.
    o.asOf.clear();
    write(map, o, dir / "all.pdf");
    CHECK(pdfText(dir / "all.pdf").contains(QStringLiteral("Oct 2026")));
    // A bad data date is refused.
    o.asOf = "June";
    Exporter bad(map, o);
    std::string error;
    CHECK_FALSE(bad.prepare(error));
    CHECK(error.find("June") != std::string::npos);
}

TEST_CASE("team pages for the teams chosen, titles at least 6 pt", "[export][pack]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o = packOptions();
    o.packTeams = {core::TeamId("ops"), core::TeamId("maint")};
    write(map, o, dir / "two.pdf");
    QStringList outline = pdfOutline(dir / "two.pdf");
    CHECK(outline.filter(QRegularExpression(QStringLiteral("^  "))).size() == 2);
    CHECK(outline.contains(
        QStringLiteral("  Operations@") +
        outline.filter(QStringLiteral("  Operations@")).value(0).section(QLatin1Char('@'), 1)));
    o.packTeams.clear();
    o.teamLevels = 1;
    write(map, o, dir / "one.pdf");
    outline = pdfOutline(dir / "one.pdf");
    int roots = 0;
    for (const core::Team& t : map.teams)
        roots += t.parent ? 0 : 1;
    CHECK(outline.filter(QRegularExpression(QStringLiteral("^  "))).size() == roots);
    // On a team page the team's own titles print at 6 pt or more.
    const core::Map named(map);
    const auto words = pdfWords(dir / "two.pdf");
    for (const core::Node& n : map.nodes) {
        if (n.team != core::TeamId("ops") || n.kind == core::NodeKind::Initiative)
            continue;
        const QString first = q(n.title).section(QLatin1Char(' '), 0, 0);
        double biggest = 0;
        for (const PdfWord& w : words)
            if (w.page > 3 && w.text == first)
                biggest = std::max(biggest, w.points);
        INFO(n.title);
        CHECK(biggest >= 5.95);
    }
}

TEST_CASE("the example's A3 pack: at most 16 pages, no text cut, at most 5% of words under 6 pt",
          "[export][pack][budget]") {
    Scratch dir;
    const core::MapData map = example();
    const int pages = write(map, packOptions(), dir / "pack.pdf");
    CHECK(pages <= 16);
    const QString text = pdfText(dir / "pack.pdf");
    CHECK_FALSE(text.contains(QStringLiteral("…")));
    const auto words = pdfWords(dir / "pack.pdf");
    REQUIRE(words.size() > 500);
    std::size_t small = 0;
    for (const PdfWord& w : words)
        small += w.points < 5.95 ? 1 : 0;
    INFO(small << " of " << words.size() << " words under 6 pt");
    CHECK(small * 20 <= words.size());
    // The scorecard is in the first three pages.
    CHECK(pagesText(dir / "pack.pdf", 1, 3).contains(QStringLiteral("Scorecard")));
}

TEST_CASE("the 3,000-node pack meets its budget: 40 pages, 15 MB, 10 x a one-page export",
          "[export][pack][budget]") {
    Scratch dir;
    const core::MapData map = testing::bigMap(3000);
    ExportOptions fit;
    fit.page = PageFormat::Fit;
    fit.date = "2026-11-30";
    QElapsedTimer clock;
    clock.start();
    write(map, fit, dir / "fit.pdf");
    const qint64 fitMs = std::max<qint64>(1, clock.elapsed());
    clock.restart();
    const int pages = write(map, packOptions(), dir / "pack.pdf");
    const qint64 packMs = clock.elapsed();
    const auto bytes = std::filesystem::file_size(dir / "pack.pdf");
    INFO(pages << " pages, " << bytes << " bytes, " << packMs << " ms (fit " << fitMs << " ms)");
    CHECK(pages <= 40);
    CHECK(bytes <= 15u * 1000 * 1000);
    CHECK(packMs <= 10 * fitMs);
    CHECK_FALSE(pdfText(dir / "pack.pdf").contains(QStringLiteral("…")));
}

TEST_CASE("--one-page puts a single view on one sheet and warns under 4 pt", "[export][onepage]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o;
    o.page = PageFormat::A4;
    o.onePage = true;
    Exporter small(map, o);
    std::string error;
    REQUIRE(small.prepare(error));
    CHECK(small.pageCount() == 1);
    REQUIRE(small.warnings().size() == 1);
    CHECK(small.warnings().front().find("under 4 pt") != std::string::npos);
    o.page = PageFormat::A3;
    o.landscape = true;
    const int pages = write(map, o, dir / "a3.pdf");
    CHECK(pages == 1);
    CHECK(pdfInfo(dir / "a3.pdf", "Pages") == "1");
    // Without it the same view is tiled.
    o.onePage = false;
    Exporter tiled(map, o);
    REQUIRE(tiled.prepare(error));
    CHECK(tiled.pageCount() > 1);
}

TEST_CASE("dashed and dotted links are dash patterns in the PDF, faded or not", "[export][pdf][dash]") {
    Scratch dir;
    const core::MapData map = example();
    int dashed = 0;
    for (const core::Link& l : map.links)
        dashed += (l.polarity == core::Polarity::Negative || l.kind == core::LinkKind::Supports) ? 1 : 0;
    REQUIRE(dashed > 0);
    // The whole map drawn on one PDF page, without a focus and with a ripple that fades most
    // links (a faded dashed line used to be written as one polygon per dash).
    for (const render::Highlight& h :
         {render::Highlight::none(), render::Highlight::rippleOf(core::NodeId("o-maint-cost"))}) {
        ExportScene scene(map, core::ViewKind::Results, true);
        scene.setHighlight(h);
        const auto pdf = dir / "map.pdf";
        {
            QPdfWriter writer(QString::fromStdString(pdf.string()));
            writer.setPageSize(QPageSize(QPageSize::A3));
            QPainter painter(&writer);
            const QRectF bounds = scene.mapBounds();
            const QRectF page(0, 0, writer.width(), writer.width() * bounds.height() / bounds.width());
            scene.paint(painter, page, bounds);
        }
        INFO(render::focusToString(h));
        CHECK(dashPatterns(pdfContent(pdf)) >= dashed);
    }
}

TEST_CASE("the measure pages are small multiples of XmR charts, concerns first", "[export][pack][xmr]") {
    Scratch dir;
    const core::MapData map = example();
    write(map, packOptions(), dir / "pack.pdf");
    const core::Map named(map);
    const std::vector<MeasureChart> charts = measureCharts(named);
    REQUIRE(charts.size() > 4);
    // Every chart carries its measure and the XmR chart the Measure dock draws.
    for (const MeasureChart& c : charts) {
        REQUIRE(c.node);
        CHECK(c.node->id == c.measure);
        CHECK(c.xmr.points.size() == c.node->values.size());
    }
    // Behind (a signal of concern, or consistently missing) comes before routine and the rest.
    CHECK(charts.front().status == render::MeasureStatus::Behind);
    // The first measure page shows the charts' natural process limits and moving ranges.
    const QString text = pdfText(dir / "pack.pdf");
    const int at = text.indexOf(QStringLiteral("Measures"));
    REQUIRE(at >= 0);
    const QString pages = text.mid(at);
    CHECK(pages.contains(QStringLiteral("UNPL")));
    CHECK(pages.contains(QStringLiteral("LNPL")));
    CHECK(pages.contains(QStringLiteral("Moving range")));
    CHECK(pages.contains(collapse(q(charts.front().node->title))));
}
