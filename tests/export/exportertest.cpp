#include "sightline/export/exporter.h"

#include "exporthelpers.h"
#include "sightline/export/exportscene.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <unordered_map>

using namespace sightline;
using namespace sightline::exporting;
using namespace exporttest;

namespace {

ExportOptions pdfOptions(PageFormat page = PageFormat::A3, bool landscape = true) {
    ExportOptions o;
    o.format = Format::Pdf;
    o.page = page;
    o.landscape = landscape;
    o.date = "2026-11-26";
    return o;
}

void exportTo(const core::MapData& map, const ExportOptions& options, const std::filesystem::path& out,
              int* pages = nullptr) {
    Exporter exporter(map, options);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(out, error));
    INFO(error);
    if (pages)
        *pages = exporter.pageCount();
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

TEST_CASE("a PDF of the example has every node's title as text, the title block and the legend",
          "[export][pdf]") {
    Scratch dir;
    const core::MapData map = example();
    const auto pdf = dir / "map.pdf";
    ExportOptions options = pdfOptions(PageFormat::A3, false);
    options.allowTiling = false; // scaled to fit one page (tiling has its own test)
    exportTo(map, options, pdf);
    CHECK(pdfInfo(pdf, "Pages") == "1");
    CHECK(pdfInfo(pdf, "Page size") == QStringLiteral("842 x 1191 pts (A3)"));
    const QString text = pdfText(pdf);
    for (const core::Node& n : map.nodes) {
        INFO(n.title);
        CHECK(text.contains(collapse(q(n.title))));
    }
    CHECK(text.contains(QStringLiteral("Colour: team")));
    CHECK(text.contains(QStringLiteral("Shapes and links")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    CHECK(text.contains(QStringLiteral("2026-11-26")));
    CHECK(text.contains(QStringLiteral("Whole map")));
    // Every team that has nodes is in the legend.
    for (const core::Team& t : map.teams)
        CHECK(text.contains(collapse(q(t.name))));
    // Fonts are embedded.
    const Run fonts = run(QStringLiteral("pdffonts"), {QString::fromStdString(pdf.string())});
    REQUIRE(fonts.exit == 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 6);
        INFO(lines[i].toStdString());
        CHECK(cols[cols.size() - 5] == QStringLiteral("yes")); // the "emb" column
    }
    CHECK(fonts.out.contains(QStringLiteral("DejaVuSans")));
}

TEST_CASE("page size and orientation are as asked", "[export][pdf]") {
    Scratch dir;
    const core::MapData map = example();
    struct Case {
        PageFormat page;
        bool landscape;
        const char* size;
    } cases[] = {{PageFormat::A4, false, "595 x 842 pts (A4)"},
                 {PageFormat::A4, true, "842 x 595 pts (A4)"},
                 {PageFormat::A3, false, "842 x 1191 pts (A3)"},
                 {PageFormat::Letter, false, "612 x 792 pts (letter)"},
                 {PageFormat::Letter, true, "792 x 612 pts (letter)"}};
    for (const Case& c : cases) {
        const auto pdf = dir / "page.pdf";
        exportTo(map, pdfOptions(c.page, c.landscape), pdf);
        CHECK(pdfInfo(pdf, "Page size") == QString::fromLatin1(c.size));
    }
    // Fit: the page takes the map's shape.
    const auto fit = dir / "fit.pdf";
    ExportOptions o = pdfOptions(PageFormat::Fit, false);
    Exporter exporter(map, o);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(fit, error));
    const QSizeF size = exporter.pageSize(0);
    CHECK(pdfInfo(fit, "Page size")
              .startsWith(QStringLiteral("%1 x %2 pts").arg(size.width()).arg(size.height())));
}

TEST_CASE("a focus on a team's line of sight is named in the title block", "[export][pdf]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o = pdfOptions();
    o.highlight = render::Highlight::teamSight(core::TeamId("ops"));
    const auto pdf = dir / "ops.pdf";
    exportTo(map, o, pdf);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Line of sight: Operations")));
    CHECK(text.contains(QStringLiteral("Not on a path (faded)")));

    o.highlight = render::Highlight::teamSight(core::TeamId("nobody"));
    Exporter bad(map, o);
    std::string error;
    CHECK_FALSE(bad.prepare(error));
    CHECK(error.find("nobody") != std::string::npos);
}

TEST_CASE("a big map too small to read on one page is tiled, with overlap marks", "[export][pdf]") {
    Scratch dir;
    auto read = io::readMapJsonFile(std::filesystem::path(SIGHTLINE_TEST_DATA) / "genmap-300.json");
    REQUIRE(read.ok());
    ExportOptions o = pdfOptions(PageFormat::A4, false);
    o.view = core::ViewKind::Hierarchy;
    const auto pdf = dir / "big.pdf";
    int pages = 0;
    exportTo(*read.map, o, pdf, &pages);
    CHECK(pages > 1);
    CHECK(pdfInfo(pdf, "Pages") == QString::number(pages));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("continues on page 2")));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    for (const core::Node& n : read.map->nodes) {
        INFO(n.title);
        CHECK(text.contains(collapse(q(n.title))));
    }
    // Not tiled when it is allowed not to be.
    o.allowTiling = false;
    exportTo(*read.map, o, pdf, &pages);
    CHECK(pages == 1);
}

TEST_CASE("PNG size follows the DPI, background white or transparent", "[export][png]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o;
    o.format = Format::Png;
    o.page = PageFormat::Fit;
    o.dpi = 72;
    Exporter at72(map, o);
    std::string error;
    REQUIRE(at72.prepare(error));
    REQUIRE(at72.write(dir / "72.png", error));
    const QSizeF paper = at72.pageSize(0);
    const QImage a(QString::fromStdString((dir / "72.png").string()));
    CHECK(a.width() == qRound(paper.width()));
    CHECK(a.height() == qRound(paper.height()));
    CHECK(a.pixelColor(1, 1) == QColor(Qt::white));

    o.dpi = 144;
    o.transparent = true;
    Exporter at144(map, o);
    REQUIRE(at144.prepare(error));
    REQUIRE(at144.write(dir / "144.png", error));
    const QImage b(QString::fromStdString((dir / "144.png").string()));
    CHECK(b.width() == qRound(paper.width() * 2));
    CHECK(b.height() == qRound(paper.height() * 2));
    CHECK(b.hasAlphaChannel());
    CHECK(b.pixelColor(1, 1).alpha() == 0);

    // A4 (595 x 842 points) at 300 dpi.
    o.page = PageFormat::A4;
    o.dpi = 300;
    Exporter a4(map, o);
    REQUIRE(a4.prepare(error));
    const QImage page = a4.renderPage(0, 300, false);
    CHECK(page.size() == QSize(2479, 3508));
}

TEST_CASE("an image too large to hold is refused with the largest DPI that works", "[export][png]") {
    ExportOptions o;
    o.format = Format::Png;
    o.page = PageFormat::A3;
    o.dpi = 2400;
    Exporter exporter(example(), o);
    const sightline::core::Status status = exporter.prepare();
    CHECK_FALSE(status);
    CHECK(status.where() == "dpi");
    CHECK(status.message().find(" dpi or less") != std::string::npos);
    CHECK(status.message().find("--") == std::string::npos); // no command-line flag in the message
}

TEST_CASE("SVG is well-formed and has every title as text", "[export][svg]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o;
    o.format = Format::Svg;
    o.page = PageFormat::Fit;
    exportTo(map, o, dir / "map.svg");
    QFile file(QString::fromStdString((dir / "map.svg").string()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            svgRoot = true;
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char(' ');
    }
    CHECK_FALSE(xml.hasError());
    CHECK(svgRoot);
    text = collapse(text);
    for (const core::Node& n : map.nodes) {
        INFO(n.title);
        CHECK(text.contains(collapse(q(n.title))));
    }
}

TEST_CASE("the board pack: cover, scorecard, whole map, findings, a page per team, with bookmarks",
          "[export][pack]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o = pdfOptions();
    o.pack = true;
    const auto pdf = dir / "pack.pdf";
    int pages = 0;
    exportTo(map, o, pdf, &pages);
    CHECK(pdfInfo(pdf, "Pages") == QString::number(pages));
    // The teams of the first two levels (root teams and their children), parents first.
    const core::Map named(map);
    std::vector<const core::Team*> teams;
    for (const core::Team& t : map.teams)
        if (!t.parent)
            teams.push_back(&t);
    for (const core::Team& root : map.teams)
        if (!root.parent)
            for (const core::Team& t : map.teams)
                if (t.parent == root.id)
                    teams.push_back(&t);
    const QStringList outline = pdfOutline(pdf);
    REQUIRE(outline.size() == 6 + static_cast<int>(teams.size()));
    CHECK(outline[0] == QStringLiteral("Cover@1"));
    CHECK(outline[1] == QStringLiteral("Scorecard@2"));
    CHECK(outline[2] == QStringLiteral("Whole map@3"));
    CHECK(outline[3] == QStringLiteral("Measures@4"));
    CHECK(outline[4].startsWith(QStringLiteral("Findings@")));
    CHECK(outline[5].startsWith(QStringLiteral("Teams@")));
    for (const core::Team* t : teams)
        CHECK(outline
                  .filter(QRegularExpression(QStringLiteral("^  ") + QRegularExpression::escape(q(t->name)) +
                                             QStringLiteral("@")))
                  .size() == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Board pack")));
    CHECK(text.contains(QStringLiteral("Findings")));
    // The waived finding with its reason.
    REQUIRE_FALSE(map.waivers.empty());
    CHECK(text.contains(collapse(q(map.waivers.front().reason)).left(40)));
    for (const core::Team* t : teams)
        CHECK(text.contains(q(t->name) + QStringLiteral(": line of sight")));
    // A pack is a PDF.
    o.format = Format::Png;
    Exporter png(map, o);
    std::string error;
    CHECK_FALSE(png.prepare(error));
}

TEST_CASE("an export appears whole or not at all", "[export][atomic]") {
    Scratch dir;
    const core::MapData map = example();
    Exporter exporter(map, pdfOptions());
    std::string error;
    REQUIRE(exporter.prepare(error));
    CHECK_FALSE(exporter.write(dir / "missing-folder" / "map.pdf", error));
    CHECK(error.find("missing-folder") != std::string::npos);
    CHECK(dir.files().isEmpty());
    REQUIRE(exporter.write(dir / "map.pdf", error));
    CHECK(dir.files() == QStringList{QStringLiteral("map.pdf")}); // no temporary file left
}

TEST_CASE("nodes without positions are laid out; positions in the view are kept", "[export][layout]") {
    core::MapData map = example();
    {
        Exporter exporter(map, pdfOptions());
        std::string error;
        REQUIRE(exporter.prepare(error));
        CHECK(exporter.laidOut() == map.nodes.size());
    }
    // A view with every position: nothing is laid out.
    for (std::size_t i = 0; i < map.nodes.size(); ++i)
        map.positionsOf(core::ViewKind::Results)[map.nodes[i].id] = {static_cast<double>(i % 8) * 300.0,
                                                                     static_cast<double>(i / 8) * 200.0};
    ExportOptions o = pdfOptions();
    Exporter exporter(map, o);
    std::string error;
    REQUIRE(exporter.prepare(error));
    CHECK(exporter.laidOut() == 0);
}

TEST_CASE("boxes grown to hold their full titles are spread apart, not drawn over each other",
          "[export][layout]") {
    for (core::ViewKind view : core::kAllViews) {
        ExportScene scene(example(), view, true);
        INFO(core::toString(view) << ": spread " << scene.spread());
        CHECK(scene.spread() >= 1.0);
        CHECK(scene.spread() < 3.0);
        // Each bubble with the cards hanging below it, as drawn.
        std::unordered_map<core::NodeId, QRectF> boxes;
        const render::MapScene& s = scene.scene();
        for (const core::Node& n : scene.data().nodes) {
            const core::NodeId owner = s.attachedTo(n.id);
            boxes[owner.empty() ? n.id : owner] |= s.nodeItem(n.id)->sceneBoundingRect();
        }
        int overlaps = 0;
        for (auto a = boxes.begin(); a != boxes.end(); ++a)
            for (auto b = std::next(a); b != boxes.end(); ++b)
                if (a->second.intersects(b->second)) {
                    INFO(a->first.str() << " and " << b->first.str());
                    ++overlaps;
                }
        CHECK(overlaps == 0);
    }
    // A view with every position where nothing overlaps is drawn as it is.
    core::MapData map = example();
    for (std::size_t i = 0; i < map.nodes.size(); ++i)
        map.positionsOf(core::ViewKind::Results)[map.nodes[i].id] = {static_cast<double>(i % 8) * 400.0,
                                                                     static_cast<double>(i / 8) * 400.0};
    CHECK(ExportScene(map, core::ViewKind::Results, true).spread() == 1.0);
}
