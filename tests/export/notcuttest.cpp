// Numbers and titles are never cut short with an ellipsis, in any export (issue 16, point 1).
#include "exporthelpers.h"
#include "sightline/export/exporter.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::exporting;
using namespace exporttest;

namespace {

const QString kEllipsis = QStringLiteral("…");

void write(const core::MapData& map, const ExportOptions& options, const std::filesystem::path& out) {
    Exporter exporter(map, options);
    std::string error;
    REQUIRE(exporter.prepare(error));
    REQUIRE(exporter.write(out, error));
}

// Each measure's title, value and target as the cards write them in full.
void checkMeasures(const core::MapData& map, const QString& text) {
    for (const core::Node& n : map.nodes) {
        if (n.kind != core::NodeKind::Measure)
            continue;
        INFO(n.title);
        CHECK(text.contains(collapse(QString::fromStdString(n.title))));
    }
}

} // namespace

TEST_CASE("the example's A3 board pack cuts no text and shows every measure title whole",
          "[export][pack][text]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions o;
    o.page = PageFormat::A3;
    o.landscape = true;
    o.pack = true;
    o.date = "2026-11-30";
    write(map, o, dir / "pack.pdf");
    const QString text = pdfText(dir / "pack.pdf");
    CHECK_FALSE(text.contains(kEllipsis));
    CHECK_FALSE(text.contains(QStringLiteral("...")));
    checkMeasures(map, text);
    // The example: a target of 4,800 EUR k was printed "target 480...".
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d…"))));
}

TEST_CASE("PDF and SVG of the example cut no number and no title", "[export][text]") {
    Scratch dir;
    const core::MapData map = example();
    ExportOptions pdf;
    pdf.page = PageFormat::A4;
    pdf.allowTiling = false;
    write(map, pdf, dir / "map.pdf");
    const QString text = pdfText(dir / "map.pdf");
    CHECK_FALSE(text.contains(kEllipsis));
    checkMeasures(map, text);

    ExportOptions svg;
    svg.format = Format::Svg;
    svg.page = PageFormat::Fit;
    write(map, svg, dir / "map.svg");
    QFile file(QString::fromStdString((dir / "map.svg").string()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    CHECK_FALSE(xml.contains(kEllipsis));
    CHECK_FALSE(xml.contains(QStringLiteral("&#8230;")));
}
