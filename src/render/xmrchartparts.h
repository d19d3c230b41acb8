#pragma once

#include "sightline/render/xmrchart.h"
#include "xmrseries.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <functional>
#include <vector>

class QPainter;

namespace sightline::render::detail {

inline const QColor kMuted{0x5b, 0x65, 0x72};
inline const QColor kGrid{0xe3, 0xe7, 0xec};
inline const QColor kBand{0xe8, 0xf0, 0xf8};
inline const QColor kLimit{0x4f, 0x6d, 0x8f};
inline const QColor kCentre{0x33, 0x3d, 0x48};
inline const QColor kLine{0x7b, 0x86, 0x96};
inline const QColor kTarget{0xc6, 0x28, 0x28};
inline const QColor kForecast{0x00, 0x83, 0x8f};

// Round tick values over [low, high], about `count` of them.
struct Ticks {
    std::vector<double> values;
    double step = 1;
};
Ticks niceTicks(double low, double high, int count);
// A tick or limit value with as many decimals as `step` needs.
QString number(double value, double step);

// One chart point: a disc in its kind's colour (signals larger), hollow when provisional.
void drawPoint(QPainter& painter, QPointF at, qreal radius, const SeriesPoint& point);

// The parts of paintXmrChart, each drawn over the previous ones.
struct ChartPainter {
    QPainter& p;
    const XmrChartGeometry& g;
    const Series& s;
    QFont font;

    void frame(const QRectF& plot, double low, double high, const QString& title) const;
    void limits() const;
    void breaks() const;
    void target(const std::string& unit) const;
    void forecast() const;
    void values(std::optional<std::size_t> selected) const;
    void notes() const;
    void limitLabels() const;
    void movingRanges() const;
    void dateAxis(const QRectF& plot, const std::function<QString(const core::Date&)>& label) const;

    // x where segment `i` starts and ends (half-way to the neighbouring segments' points).
    std::pair<qreal, qreal> segmentSpan(std::size_t i) const;
    qreal scale() const { return font.pixelSize() > 0 ? font.pixelSize() / 10.0 : 1.0; }
};

} // namespace sightline::render::detail
