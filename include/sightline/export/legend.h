#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace sightline::exporting {

class ExportScene;

// One line of a page's legend: a small symbol and what it means.
struct LegendItem {
    enum class Symbol {
        Bubble,
        Goal,
        Card,
        OrphanCard,
        Initiative,
        Arrow,
        NegativeArrow,
        Dotted,
        Attached,
        Rollup,
        Faded
    };
    Symbol symbol = Symbol::Bubble;
    QColor color;
    QString label;
};

// The legend of what the shown part of the scene uses: team colours, top goals, node kinds in
// the map's vocabulary, measure status colours, link kinds, and the fading of a focus. With
// `within` (scene coordinates), only the teams of the nodes there (a tile of a big map).
std::vector<LegendItem> legendItems(const ExportScene& scene, const QRectF* within = nullptr);

// Legends flow in columns of this width.
inline constexpr double kLegendColumnWidth = 150;

// The height a legend of `items` needs in `width` points.
double legendHeight(const std::vector<LegendItem>& items, double width);

// Draws the legend into `box`; items that do not fit are summed up as "+ N more".
void paintLegend(QPainter& painter, const QRectF& box, const std::vector<LegendItem>& items);

} // namespace sightline::exporting
