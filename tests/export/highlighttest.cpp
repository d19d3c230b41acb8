// Exports draw the render layer's focus and colour modes (render::Highlight) exactly as a
// MapScene shows them, with the render layer's legend; progress and cancel while writing.

#include "exporthelpers.h"
#include "sightline/export/exporter.h"
#include "sightline/export/exportscene.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::exporting;
using namespace exporttest;

namespace {

QString s(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

// A PNG of the map alone (no legend, no title block, no margins) at 1:1 scale, in `highlight`.
ExportOptions mapOnlyPng(const render::Highlight& highlight) {
    ExportOptions o;
    o.format = Format::Png;
    o.page = PageFormat::Fit;
    o.dpi = 72;
    o.marginMm = 0;
    o.legend = false;
    o.titleBlock = false;
    o.layoutUnplaced = false; // nodes where a canvas puts them
    o.highlight = highlight;
    return o;
}

// What a MapScene of its own (another Map, another scene: as the canvas's) draws into the
// page's map area with the same Highlight, the way the exporter paints a page.
QImage drawScene(const core::MapData& data, const render::Highlight& highlight, const MapTile& tile,
                 QSize size) {
    core::Map map(data);
    render::MapScene scene(map, core::ViewKind::Results, exportStyle());
    scene.setHandlesVisible(false);
    scene.setBackgroundBrush(Qt::NoBrush);
    scene.clearSelection();
    scene.setHighlight(highlight);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.setClipRect(tile.target, Qt::IntersectClip);
    scene.render(&p, tile.target, tile.source, Qt::IgnoreAspectRatio);
    p.end();
    return image;
}

// How dark a part of an image is on average (0: white, 765: black).
double darkness(const QImage& image, const QRect& area) {
    double sum = 0;
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x, ++n) {
            const QRgb c = image.pixel(x, y);
            sum += 765 - qRed(c) - qGreen(c) - qBlue(c);
        }
    return n ? sum / n : 0;
}

} // namespace

TEST_CASE("a ripple-focused PNG fades exactly what a MapScene with the same Highlight fades",
          "[export][highlight]") {
    Scratch dir;
    const core::MapData map = example();
    const auto ripple = render::Highlight::rippleOf(core::NodeId("o-maint-cost"), render::ColourMode::Level);
    Exporter exporter(map, mapOnlyPng(ripple));
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(dir / "ripple.png", error));
    const QImage png = QImage(s(dir / "ripple.png")).convertToFormat(QImage::Format_ARGB32);
    REQUIRE_FALSE(png.isNull());
    const MapTile* tile = exporter.mapTile(0);
    REQUIRE(tile != nullptr);

    // Same pixels as the scene drawn on its own (from the positions the export drew: spread
    // when full titles need room).
    const core::MapData& drawn = exporter.scene().data();
    const QImage scene = drawScene(drawn, ripple, *tile, png.size()).convertToFormat(QImage::Format_ARGB32);
    CHECK(scene == png);

    // And the fading is there: a node the ripple does not reach is much fainter than in the
    // unfocused export, one it reaches is not.
    Exporter plain(map, mapOnlyPng(render::Highlight::none(render::ColourMode::Level)));
    REQUIRE(plain.prepare(error));
    const render::MapScene& es = exporter.scene().scene();
    const render::HighlightLooks& looks = es.looks();
    REQUIRE(looks.active());
    // The ripple page zooms to what it affects; draw the unfocused map over the same area.
    const QImage whole =
        drawScene(drawn, render::Highlight::none(render::ColourMode::Level), *tile, png.size())
            .convertToFormat(QImage::Format_ARGB32);
    auto area = [&](const char* id) {
        const render::MapNodeItem* item = es.nodeItem(core::NodeId(id));
        REQUIRE(item != nullptr);
        const QRectF r = item->sceneBoundingRect();
        const double k = tile->target.width() / tile->source.width();
        return QRectF(tile->target.topLeft() + (r.topLeft() - tile->source.topLeft()) * k, r.size() * k)
            .toAlignedRect();
    };
    int faded = 0, checked = 0;
    for (const core::Node& n : map.nodes) {
        if (n.kind != core::NodeKind::Objective)
            continue;
        const QRect r = area(n.id.str().c_str());
        if (!png.rect().contains(r))
            continue;
        const bool fades = looks.node(n.id).emphasis == render::Emphasis::Faded;
        const double before = darkness(whole, r), after = darkness(png, r);
        INFO(n.id.str() << " faded " << fades << ": " << before << " -> " << after);
        if (fades) {
            CHECK(after < before * 0.5);
            ++faded;
        } else {
            CHECK(after > before * 0.8);
        }
        ++checked;
    }
    CHECK(faded > 0);
    CHECK(checked > faded);
}

TEST_CASE("a PDF coloured by perspective lists the perspectives in its legend", "[export][highlight]") {
    Scratch dir;
    auto read = io::readMapJsonFile(std::filesystem::path(SIGHTLINE_EXAMPLES) / "bank-strategy-map.json");
    REQUIRE(read.ok());
    const core::MapData& map = *read.map;
    ExportOptions o;
    o.format = Format::Pdf;
    o.page = PageFormat::A3;
    o.landscape = true;
    o.view = core::ViewKind::Strategy;
    o.highlight = render::Highlight::none(render::ColourMode::Perspective);
    Exporter exporter(map, o);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(dir / "bank.pdf", error));
    const QString text = pdfText(dir / "bank.pdf");
    CHECK(text.contains(QStringLiteral("Colour: perspective")));
    CHECK(text.contains(QStringLiteral("colour: perspective"))); // the title block
    REQUIRE_FALSE(map.perspectives.empty());
    for (const core::Perspective& p : map.perspectives) {
        INFO(p.name);
        CHECK(text.contains(QString::fromStdString(p.name)));
    }
    // By team, the legend names the teams instead.
    o.highlight = render::Highlight::none(render::ColourMode::Team);
    Exporter byTeam(map, o);
    REQUIRE(byTeam.prepare(error));
    REQUIRE(byTeam.write(dir / "teams.pdf", error));
    const QString teams = pdfText(dir / "teams.pdf");
    CHECK_FALSE(teams.contains(QStringLiteral("Colour: perspective")));
    CHECK(teams.contains(QStringLiteral("Colour: team")));
}

TEST_CASE("a ripple PDF explains the ripple in its legend and title block", "[export][highlight]") {
    Scratch dir;
    ExportOptions o;
    o.format = Format::Pdf;
    o.page = PageFormat::A3;
    o.date = "2026-11-26";
    o.highlight = render::Highlight::rippleOf(core::NodeId("o-maint-cost"), render::ColourMode::Level);
    Exporter exporter(example(), o);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(dir / "ripple.pdf", error));
    const QString text = pdfText(dir / "ripple.pdf");
    CHECK(text.contains(QStringLiteral("Ripple: Maintenance cost per machine hour falls")));
    CHECK(text.contains(QStringLiteral("May get worse (negative path)")));
    CHECK(text.contains(QStringLiteral("Colour: team level")));
    CHECK(text.contains(QStringLiteral("Level 0: the organisation")));

    o.highlight = render::Highlight::rippleOf(core::NodeId("no-such-node"));
    Exporter bad(example(), o);
    CHECK_FALSE(bad.prepare(error));
    CHECK(error.find("no-such-node") != std::string::npos);
}

TEST_CASE("a cancelled board pack leaves no file, and an existing one untouched", "[export][cancel]") {
    Scratch dir;
    ExportOptions o;
    o.format = Format::Pdf;
    o.pack = true;
    o.page = PageFormat::A3;
    Exporter exporter(example(), o);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.pageCount() > 5);
    std::vector<int> seen;
    auto cancelAt3 = [&](int done, int total) {
        CHECK(total == exporter.pageCount());
        seen.push_back(done);
        return done < 3;
    };
    CHECK_FALSE(exporter.write(dir / "pack.pdf", error, cancelAt3));
    CHECK(exporter.cancelled());
    CHECK(error.find("cancelled") != std::string::npos);
    CHECK(seen == std::vector<int>{0, 1, 2, 3});
    CHECK(dir.files().isEmpty());

    {
        QFile old(s(dir / "pack.pdf"));
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("last month's pack");
    }
    CHECK_FALSE(exporter.write(dir / "pack.pdf", error, cancelAt3));
    CHECK(dir.files() == QStringList{QStringLiteral("pack.pdf")});
    QFile old(s(dir / "pack.pdf"));
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "last month's pack");
    old.close();

    // Not cancelled: every page is reported, then the end.
    seen.clear();
    CHECK(exporter.write(dir / "pack.pdf", error, [&](int done, int) {
        seen.push_back(done);
        return true;
    }));
    CHECK(static_cast<int>(seen.size()) == exporter.pageCount() + 1);
    CHECK(seen.back() == exporter.pageCount());
    CHECK(pdfInfo(dir / "pack.pdf", "Pages") == QString::number(exporter.pageCount()));
}

TEST_CASE("sightline-cli export --focus and --colour draw the editor's focus and colour modes",
          "[export][cli][highlight]") {
    Scratch dir;
    const QString map = s(examplePath());
    Run r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "ripple.pdf"),
                 QStringLiteral("--focus"), QStringLiteral("ripple:o-maint-cost"), QStringLiteral("--colour"),
                 QStringLiteral("level")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    QString text = pdfText(dir / "ripple.pdf");
    CHECK(text.contains(QStringLiteral("Ripple: Maintenance cost per machine hour falls")));
    CHECK(text.contains(QStringLiteral("Colour: team level")));

    // --team ID is --focus team:ID: the same pixels.
    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "team.png"),
             QStringLiteral("--team"), QStringLiteral("maint"), QStringLiteral("--dpi"),
             QStringLiteral("40")});
    REQUIRE(r.exit == 0);
    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "focus.png"),
             QStringLiteral("--focus"), QStringLiteral("team:maint"), QStringLiteral("--dpi"),
             QStringLiteral("40")});
    REQUIRE(r.exit == 0);
    CHECK(QImage(s(dir / "team.png")) == QImage(s(dir / "focus.png")));
    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "status.png"),
             QStringLiteral("--focus"), QStringLiteral("team:maint"), QStringLiteral("--colour"),
             QStringLiteral("status"), QStringLiteral("--dpi"), QStringLiteral("40")});
    REQUIRE(r.exit == 0);
    CHECK_FALSE(QImage(s(dir / "status.png")) == QImage(s(dir / "focus.png")));

    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "path.svg"),
             QStringLiteral("--focus"), QStringLiteral("path:o-maint-cost:g-margin"),
             QStringLiteral("--colour"), QStringLiteral("perspective")});
    CHECK(r.exit == 0);
    CHECK(QFile::exists(s(dir / "path.svg")));
}

TEST_CASE("sightline-cli export refuses a bad --focus or --colour with exit 2, naming it", "[export][cli]") {
    Scratch dir;
    const QString map = s(examplePath());
    const QString out = s(dir / "out.pdf");
    auto refused = [&](const QStringList& args, const QStringList& said) {
        const Run r = cli(QStringList{QStringLiteral("export"), map, QStringLiteral("-o"), out} + args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + " -> " + r.err.toStdString());
        CHECK(r.exit == 2);
        for (const QString& w : said)
            CHECK(r.err.contains(w));
        CHECK(dir.files().isEmpty());
    };
    refused({QStringLiteral("--focus"), QStringLiteral("sideways")}, {QStringLiteral("--focus sideways")});
    refused({QStringLiteral("--focus"), QStringLiteral("team:nobody")},
            {QStringLiteral("--focus team:nobody"), QStringLiteral("no team \"nobody\"")});
    refused({QStringLiteral("--focus"), QStringLiteral("node:zz")},
            {QStringLiteral("--focus node:zz"), QStringLiteral("no node \"zz\"")});
    refused({QStringLiteral("--focus"), QStringLiteral("ripple:zz")}, {QStringLiteral("ripple:zz")});
    refused({QStringLiteral("--focus"), QStringLiteral("path:o-maint-cost")}, {QStringLiteral("--focus")});
    refused({QStringLiteral("--focus"), QStringLiteral("path:o-maint-cost:nowhere")},
            {QStringLiteral("no node \"nowhere\"")});
    refused({QStringLiteral("--team"), QStringLiteral("nobody")}, {QStringLiteral("--team nobody")});
    refused({QStringLiteral("--colour"), QStringLiteral("pink")},
            {QStringLiteral("--colour"), QStringLiteral("pink")});
    refused({QStringLiteral("--team"), QStringLiteral("maint"), QStringLiteral("--focus"),
             QStringLiteral("node:o-maint-cost")},
            {QStringLiteral("--team"), QStringLiteral("--focus")});
}

TEST_CASE("the board pack's team pages are each team's line of sight, in the chosen colour mode",
          "[export][pack][highlight]") {
    Scratch dir;
    ExportOptions o;
    o.format = Format::Pdf;
    o.pack = true;
    o.page = PageFormat::A3;
    o.highlight = render::Highlight::rippleOf(core::NodeId("o-maint-cost"), render::ColourMode::Level);
    Exporter exporter(example(), o);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(dir / "pack.pdf", error));
    const QString text = pdfText(dir / "pack.pdf");
    // The whole map has no focus (the options' ripple is not the pack's); each team page is
    // its team's line of sight, coloured by level as asked.
    CHECK(text.contains(QStringLiteral("Whole map · colour: level")));
    CHECK_FALSE(text.contains(QStringLiteral("Ripple:")));
    CHECK(text.contains(QStringLiteral("Line of sight: Operations")));
    CHECK(text.contains(QStringLiteral("Colour: team level")));
    CHECK(text.contains(QStringLiteral("The team's own nodes")));
}
