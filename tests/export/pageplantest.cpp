#include "sightline/export/pageplan.h"

#include "sightline/export/exportoptions.h"

#include <catch2/catch.hpp>

using namespace sightline::exporting;

TEST_CASE("paper sizes in points, portrait and landscape", "[export][page]") {
    CHECK(paperSize(PageFormat::A4, false) == QSizeF(595, 842));
    CHECK(paperSize(PageFormat::A4, true) == QSizeF(842, 595));
    CHECK(paperSize(PageFormat::A3, false) == QSizeF(842, 1191));
    CHECK(paperSize(PageFormat::Letter, true) == QSizeF(792, 612));
    // Fit: the content at 1:1 with margins and footer.
    CHECK(paperSize(PageFormat::Fit, false, QSizeF(1000, 400), 20, 60) == QSizeF(1040, 500));
}

TEST_CASE("page options from text and file names", "[export][page]") {
    CHECK(pageFormatFromString("a3") == PageFormat::A3);
    CHECK(pageFormatFromString("Letter") == PageFormat::Letter);
    CHECK(pageFormatFromString("FIT") == PageFormat::Fit);
    CHECK_FALSE(pageFormatFromString("A5"));
    CHECK(formatFromPath("board.PDF") == Format::Pdf);
    CHECK(formatFromPath("x/map.svg") == Format::Svg);
    CHECK(formatFromPath("map.png") == Format::Png);
    CHECK_FALSE(formatFromPath("map.jpg"));
    CHECK_FALSE(formatFromPath("pdf"));
}

TEST_CASE("a page frame keeps margins and puts the footer under the map", "[export][page]") {
    const PageFrame f = pageFrame(QSizeF(595, 842), 28, 70);
    CHECK(f.body == QRectF(28, 28, 539, 786));
    CHECK(f.map.bottom() == Approx(f.footer.top()));
    CHECK(f.footer.bottom() == Approx(f.body.bottom()));
    CHECK(f.footer.height() == Approx(70));
}

TEST_CASE("a small map is scaled to fit one page, centred", "[export][page]") {
    const QRectF area(0, 0, 500, 400);
    const MapPlan plan = planMap(QRectF(-100, -50, 1000, 400), area, 0.5, true, 20);
    REQUIRE(plan.tiles.size() == 1);
    CHECK(plan.scale == Approx(0.5));
    CHECK(plan.tiles[0].target.width() == Approx(500));
    CHECK(plan.tiles[0].target.height() == Approx(200));
    CHECK(plan.tiles[0].target.center().y() == Approx(area.center().y()));
    // Never blown up beyond the maximum scale.
    CHECK(planMap(QRectF(0, 0, 10, 10), area, 0.5, true, 20, 2.0).scale == Approx(2.0));
}

TEST_CASE("a map too small to read on one page is tiled at a readable scale", "[export][page]") {
    const QRectF area(30, 30, 500, 400);
    const QRectF bounds(0, 0, 5000, 1500);
    const MapPlan plan = planMap(bounds, area, 0.5, true, 20);
    CHECK(plan.scale == Approx(0.5));
    CHECK(plan.tiled());
    CHECK(static_cast<int>(plan.tiles.size()) == plan.rows * plan.columns);
    // Each tile shows area / scale of the map; neighbours share overlap / scale of it.
    QRectF covered;
    for (const MapTile& t : plan.tiles) {
        CHECK(t.source.width() == Approx(1000));
        CHECK(t.source.height() == Approx(800));
        CHECK(t.target == area);
        covered |= t.source;
    }
    CHECK(covered.contains(bounds));
    CHECK(plan.columns >= 6); // 5000 / (1000 - 40) -> 6
    const MapTile& a = plan.tiles[0];
    const MapTile& b = plan.tiles[1];
    CHECK(b.column == 1);
    CHECK(a.source.right() - b.source.left() == Approx(40)); // 20 points at 0.5
    // Without tiling: one page, whatever the scale.
    const MapPlan one = planMap(bounds, area, 0.5, false, 20);
    CHECK(one.tiles.size() == 1);
    CHECK(one.scale == Approx(0.1));
}
