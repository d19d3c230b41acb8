// The XmR chart painter and the sparkline: each part is found at the pixels where its numbers
// put it; the measure card follows its measure's chart.
#include "sightline/analysis/xmr.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/measurecarditem.h"
#include "sightline/render/measurestatus.h"
#include "sightline/render/xmrchart.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline;
using core::Direction;
using core::NodeId;
using render::MeasureStatus;

namespace {

// The last day of month `i` counted from January 2024.
core::Date month(int i) {
    const auto first = *core::Date::fromYmd(2024 + (i + 1) / 12, (i + 1) % 12 + 1, 1);
    return first.addDays(-1);
}

core::Node measure(Direction direction, std::vector<double> values, std::optional<double> target = {}) {
    core::Node n;
    n.id = NodeId("m");
    n.kind = core::NodeKind::Measure;
    n.title = "Unplanned downtime";
    n.direction = direction;
    n.target = target;
    for (std::size_t i = 0; i < values.size(); ++i)
        n.values.push_back({month(static_cast<int>(i)), values[i], ""});
    return n;
}

// 10, 12, 10, 12, ...: central line 11, average moving range 2, limits 5.68 and 16.32.
std::vector<double> zigzag(double low, int count) {
    std::vector<double> v;
    for (int i = 0; i < count; ++i)
        v.push_back(i % 2 ? low + 2 : low);
    return v;
}

QImage draw(const core::Node& n, const analysis::XmrChart& xmr, const render::XmrChartOptions& options,
            QSize size = {900, 520}) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    render::paintXmrChart(p, QRectF(QPointF(0, 0), QSizeF(size)), xmr, n, options);
    p.end();
    return image;
}

int distance(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Whether a pixel within two rows of (x, y) has (nearly) colour c.
bool near(const QImage& image, qreal x, qreal y, QColor c, int tolerance = 12) {
    for (int dy = -2; dy <= 2; ++dy) {
        const QPoint at(static_cast<int>(std::floor(x)), static_cast<int>(std::floor(y)) + dy);
        if (image.rect().contains(at) && distance(image.pixelColor(at), c) <= tolerance)
            return true;
    }
    return false;
}

// Whether pixel p is colour c blended over `under` (antialiasing) with at least 40% coverage.
bool blend(QColor p, QColor c, QColor under) {
    const int pc[] = {p.red(), p.green(), p.blue()}, cc[] = {c.red(), c.green(), c.blue()},
              uc[] = {under.red(), under.green(), under.blue()};
    double lo = 2, hi = -1;
    for (int k = 0; k < 3; ++k) {
        if (std::abs(cc[k] - uc[k]) < 40)
            continue;
        const double a = double(pc[k] - uc[k]) / double(cc[k] - uc[k]);
        lo = std::min(lo, a);
        hi = std::max(hi, a);
    }
    return lo >= 0.4 && hi <= 1.1 && hi - lo < 0.15;
}

// Whether a line of colour c crosses column x within two rows of y, drawn over `under`.
bool lineOver(const QImage& image, qreal x, qreal y, QColor c, QColor under) {
    for (int dy = -2; dy <= 2; ++dy) {
        const QPoint at(static_cast<int>(std::floor(x)), static_cast<int>(std::floor(y)) + dy);
        if (image.rect().contains(at) && blend(image.pixelColor(at), c, under))
            return true;
    }
    return false;
}

const QColor kCentre(0x33, 0x3d, 0x48), kLimit(0x4f, 0x6d, 0x8f), kBand(0xe8, 0xf0, 0xf8);
const QColor kTarget(0xc6, 0x28, 0x28), kForecast(0x00, 0x83, 0x8f);

// A line over the white plot or over the limits band.
bool line(const QImage& image, qreal x, qreal y, QColor c) {
    return lineOver(image, x, y, c, Qt::white) || lineOver(image, x, y, c, kBand);
}

// Whether some pixel within `radius` of `centre` is colour c over white (antialiased).
bool around(const QImage& image, QPointF centre, int radius, QColor c) {
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint at = centre.toPoint() + QPoint(dx, dy);
            if (image.rect().contains(at) && blend(image.pixelColor(at), c, Qt::white))
                return true;
        }
    return false;
}

} // namespace

TEST_CASE("the XmR chart draws each segment's central line and limits where they are computed",
          "[render][xmr]") {
    // Two segments: 10/12 for a year, then 20/22 from a break.
    std::vector<double> values = zigzag(10, 12);
    for (double v : zigzag(20, 12))
        values.push_back(v);
    core::Node n = measure(Direction::Up, values);
    n.xmr.breaks = {month(12)};
    const analysis::XmrChart xmr = analysis::computeXmr(n, core::Settings{});
    REQUIRE(xmr.segments.size() == 2);
    REQUIRE(xmr.segments[0].hasLimits);
    CHECK(xmr.segments[0].cl == Approx(11));
    CHECK(xmr.segments[1].cl == Approx(21));

    render::XmrChartOptions options;
    options.notes = false;
    const QImage image = draw(n, xmr, options);
    const QRectF rect(0, 0, 900, 520);
    const render::XmrChartGeometry g = render::xmrChartGeometry(rect, xmr, n, options);
    REQUIRE(g.points.size() == 24);
    // A quarter of the way from the 4th to the 5th value of each segment: the value line is far
    // from the rows sampled.
    const qreal x1 = (3 * g.points[3].x() + g.points[4].x()) / 4;
    const qreal x2 = (3 * g.points[15].x() + g.points[16].x()) / 4;
    CHECK(line(image, x1, g.yOf(11), kCentre));
    CHECK(line(image, x1, g.yOf(xmr.segments[0].unpl), kLimit));
    CHECK(line(image, x1, g.yOf(xmr.segments[0].lnpl), kLimit));
    CHECK(near(image, x1, g.yOf(14.5), kBand, 6)); // inside the limits: the band
    CHECK(line(image, x2, g.yOf(21), kCentre));
    CHECK(line(image, x2, g.yOf(xmr.segments[1].unpl), kLimit));
    // Not drawn where they are not computed: the first segment's central line is not in the second.
    CHECK_FALSE(line(image, x2, g.yOf(11), kCentre));
    CHECK(near(image, x2, g.yOf(11), Qt::white, 6));
    CHECK_FALSE(line(image, x1, g.yOf(21), kCentre));
    // The break: a line between the 12th and 13th values.
    const qreal xb = (g.points[11].x() + g.points[12].x()) / 2;
    const QColor muted(0x5b, 0x65, 0x72);
    bool breakLine = false;
    for (qreal y = g.xPlot.top() + 30; y < g.xPlot.bottom() - 5 && !breakLine; y += 1)
        breakLine = lineOver(image, xb, y, muted, Qt::white) || lineOver(image, xb - 1, y, muted, Qt::white);
    CHECK(breakLine);
    // The moving-range chart: the first segment's average moving range (2) under the X chart,
    // sampled before the second value (the first value has no moving range).
    REQUIRE(g.mrPlot.top() > g.xPlot.bottom());
    const qreal x0 = (g.points[0].x() + g.points[1].x()) / 2;
    CHECK(line(image, x0, g.mrYOf(2), kCentre));
    CHECK(near(image, x0, g.mrYOf(4), Qt::white, 6));
    // Routine variation: grey points.
    CHECK(distance(image.pixelColor(g.points[5].toPoint()),
                   render::pointKindColour(analysis::PointKind::CommonCause)) < 40);
    CHECK(line(image, x1, g.mrYOf(xmr.segments[0].url), kLimit));
}

TEST_CASE("the XmR chart draws the target, the forecast and signal points by kind", "[render][xmr]") {
    std::vector<double> values = zigzag(10, 11);
    values.push_back(30); // far above the limits: a signal
    core::Node up = measure(Direction::Up, values, 25.0);
    up.forecast = {{month(12), 18.0, ""}, {month(14), 19.0, ""}};
    const analysis::XmrChart xmr = analysis::computeXmr(up, core::Settings{});
    REQUIRE(xmr.points.back().kind == analysis::PointKind::Improvement);
    render::XmrChartOptions options;
    options.notes = false;
    const QImage image = draw(up, xmr, options);
    const render::XmrChartGeometry g = render::xmrChartGeometry(QRectF(0, 0, 900, 520), xmr, up, options);
    // The target across the plot, at its value.
    const qreal xt = (g.points[2].x() + g.points[3].x()) / 2;
    CHECK(around(image, QPointF(xt, g.yOf(25)), 12, kTarget)); // a dash-dot period is about 12 px
    CHECK_FALSE(around(image, QPointF(xt, g.yOf(20)), 12, kTarget));
    // The forecast marker at its date and value, in the forecast colour.
    CHECK(around(image, QPointF(g.xOf(month(14)), g.yOf(19)), 3, kForecast));
    CHECK_FALSE(around(image, QPointF(g.xOf(month(14)), g.yOf(15)), 3, kForecast));
    // The signal point in the improvement colour; the same series with direction down: concern.
    const QPointF last = g.points.back();
    CHECK(distance(image.pixelColor(last.toPoint()),
                   render::pointKindColour(analysis::PointKind::Improvement)) < 40);
    core::Node down = up;
    down.direction = Direction::Down;
    const analysis::XmrChart xmrDown = analysis::computeXmr(down, core::Settings{});
    const QImage downImage = draw(down, xmrDown, options);
    CHECK(distance(downImage.pixelColor(last.toPoint()),
                   render::pointKindColour(analysis::PointKind::Concern)) < 40);
    // Eleven values in a row under the central line: a long run, each a concern for "up".
    CHECK(xmr.points[5].signals.contains(analysis::Signal::LongRun));
    CHECK(distance(image.pixelColor(g.points[5].toPoint()),
                   render::pointKindColour(analysis::PointKind::Concern)) < 40);
}

TEST_CASE("provisional values are hollow when the map requires approval", "[render][xmr]") {
    core::Node n = measure(Direction::Up, zigzag(10, 12));
    for (auto& v : n.values)
        v.approvedBy = core::PersonId("dl");
    n.values.back().approvedBy.reset();
    const analysis::XmrChart xmr = analysis::computeXmr(n, core::Settings{});
    render::XmrChartOptions options;
    options.notes = false;
    options.requireApproval = true;
    const QImage image = draw(n, xmr, options);
    const render::XmrChartGeometry g = render::xmrChartGeometry(QRectF(0, 0, 900, 520), xmr, n, options);
    const QColor grey = render::pointKindColour(analysis::PointKind::CommonCause);
    CHECK(distance(image.pixelColor(g.points[10].toPoint()), grey) < 40);      // approved: filled
    CHECK(distance(image.pixelColor(g.points[11].toPoint()), Qt::white) < 40); // provisional: hollow
    options.requireApproval = false;
    const QImage filled = draw(n, xmr, options);
    CHECK(distance(filled.pixelColor(g.points[11].toPoint()), grey) < 40);
}

TEST_CASE("the sparkline shows the last 24 values with the limits band", "[render][xmr]") {
    core::Node n = measure(Direction::Up, zigzag(10, 30));
    const analysis::XmrChart xmr = analysis::computeXmr(n, core::Settings{});
    const QRectF rect(0, 0, 120, 30);
    const render::XmrChartGeometry g = render::sparklineGeometry(rect, xmr);
    REQUIRE(g.points.size() == 24);
    CHECK(g.firstDay == month(6).toDays());
    QImage image(120, 30, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        render::paintXmrSparkline(p, rect, xmr, n);
    }
    // Right of the last value the band and its central line go on alone.
    REQUIRE(g.points.back().x() < rect.right() - 3);
    CHECK(line(image, rect.right() - 1.5, g.yOf(11), kCentre));
    CHECK(near(image, rect.right() - 1.5, g.yOf(14.5), kBand, 6));
    CHECK(g.yOf(xmr.segments[0].unpl) >= rect.top());
    CHECK(g.yOf(xmr.segments[0].lnpl) <= rect.bottom());
}

TEST_CASE("the measure card shows the status and the chart of its measure", "[render][status]") {
    core::MapData d;
    std::vector<double> jump = zigzag(10, 11);
    jump.push_back(30);
    d.nodes = {measure(Direction::Down, jump, 5.0)};
    core::Map map(std::move(d));
    render::MapScene scene(map, core::ViewKind::Results);
    auto* card = dynamic_cast<render::MeasureCardItem*>(scene.nodeItem(NodeId("m")));
    REQUIRE(card);
    CHECK(card->status() == MeasureStatus::Behind); // a signal of concern
    CHECK(card->xmr().summary.variation == analysis::PointKind::Concern);
    CHECK(card->xmr().points.size() == 12);
    CHECK(card->toolTip().contains(QStringLiteral("(2024-12-31)")));
    CHECK(card->toolTip().contains(QStringLiteral("Latest value: Concern")));
    // An edit reaches the card: a break at the jump leaves too few values for limits.
    core::Node n = *map.node(NodeId("m"));
    n.xmr.breaks = {month(11)};
    REQUIRE(map.updateNode(n));
    CHECK(card->status() == MeasureStatus::Behind);
    CHECK(render::measureStanding(*map.node(NodeId("m")), map.settings()).basis ==
          render::StatusBasis::LatestValue);
    CHECK_FALSE(card->xmr().hasLimits());
}
