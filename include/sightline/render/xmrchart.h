#pragma once

#include "sightline/analysis/xmr.h"
#include "sightline/core/node.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <optional>
#include <vector>

class QPainter;

namespace sightline::render {

// The colours of a point's kind (NHS "Making Data Count": improvement blue, concern orange,
// neutral purple, routine variation grey), shared by the charts, the card icons and legends.
QColor pointKindColour(analysis::PointKind kind);
// "Improvement", "Concern", "Signal (no better or worse)", "Routine variation", "No limits".
QString pointKindLabel(analysis::PointKind kind);
// "Consistently meets the target", "Hit and miss", "Consistently misses the target", "Unknown".
QString capabilityLabel(analysis::Capability capability);

// How an XmR chart is drawn (the Measure dock and the board pack's measure pages).
struct XmrChartOptions {
    bool movingRange = true;             // the moving-range chart under the X chart
    bool requireApproval = false;        // the map's requireApproval: unapproved values drawn hollow
    bool notes = true;                   // note markers over the points that have a note, with the text
    std::optional<std::size_t> selected; // a point (index in XmrChart::points) ringed
    QFont font = defaultFont();          // axis labels and notes; lines scale with its size

    static QFont defaultFont();
};

// Where a chart puts things, in the painter's coordinates: what the Measure dock hit-tests and
// what tests sample. yOf/mrYOf map a value to a height, xOf a date to a position.
struct XmrChartGeometry {
    QRectF xPlot;             // the X chart (values, limits, target, forecast)
    QRectF mrPlot;            // the moving-range chart; empty without it
    double low = 0, high = 1; // value range of the X chart
    double mrHigh = 1;        // top of the moving-range chart
    long long firstDay = 0, lastDay = 1;
    std::vector<QPointF> points; // each XmrResult point's centre

    qreal xOf(const core::Date& date) const;
    qreal yOf(double value) const;
    qreal mrYOf(double movingRange) const;
    // The point within `radius` of `pos` (the nearest), if any.
    std::optional<std::size_t> pointAt(QPointF pos, qreal radius) const;
};

XmrChartGeometry xmrChartGeometry(const QRectF& rect, const analysis::XmrChart& xmr,
                                  const core::Node& measure, const XmrChartOptions& options = {});

// The XmR chart of `measure` (xmr = analysis::computeXmr of it) in `rect`: the X chart with each
// segment's central line and natural process limits (a light band; beyond the locked baseline
// the lines are dotted), a dashed line at each break, the target, the forecast (dashed), the
// values with their signal points coloured by kind and note markers; under it the
// moving-range chart with each segment's average moving range and upper range limit.
void paintXmrChart(QPainter& painter, const QRectF& rect, const analysis::XmrChart& xmr,
                   const core::Node& measure, const XmrChartOptions& options = {});

// A sparkline for cards and tables: the last `maxPoints` values, the limits band of each
// segment among them, signal points coloured by kind, unapproved values hollow when
// `requireApproval`. Draws nothing without values.
struct SparklineOptions {
    int maxPoints = 24;
    bool requireApproval = false;
};
XmrChartGeometry sparklineGeometry(const QRectF& rect, const analysis::XmrChart& xmr,
                                   const SparklineOptions& options = {});
void paintXmrSparkline(QPainter& painter, const QRectF& rect, const analysis::XmrChart& xmr,
                       const core::Node& measure, const SparklineOptions& options = {});

// The summary icons (square `rect`): variation (a disc in the latest point's kind colour, an
// arrow up or down for a signal above or below the central line, a wave for routine
// variation) and capability (a ring: tick when it consistently meets the target, cross when it
// consistently misses, a level line for hit and miss; a dashed ring when unknown).
void paintVariationIcon(QPainter& painter, const QRectF& rect, const analysis::XmrChart& xmr);
void paintCapabilityIcon(QPainter& painter, const QRectF& rect, analysis::Capability capability);

} // namespace sightline::render
