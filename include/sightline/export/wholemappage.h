#pragma once

#include "sightline/export/mappage.h"

#include <QRectF>
#include <QString>
#include <vector>

namespace sightline::exporting {

// Titles printed smaller than this are not drawn on a whole-map page: those nodes stay as
// small unlabelled shapes, and the top levels get labels of their own at a readable size.
inline constexpr double kReadablePoints = 6.0;

// A label of the whole-map page: a node's title set at a readable size over the node.
struct PrintLabel {
    core::NodeId node;
    QRectF box; // page points
    QStringList lines;
    bool goal = false;
};

// The whole map on one page with semantic zoom for print: when the scale that fits the page
// prints titles under kReadablePoints, the map is drawn without text and the titles of the
// top levels (the top goals, then the results of the first team levels) are set over their
// nodes at a readable size, each where it does not cover another label; deeper levels stay
// small unlabelled shapes. At a readable scale it is a plain map page.
class WholeMapPage : public MapPage {
public:
    WholeMapPage(ExportScene& scene, render::Highlight highlight, Setup setup);
    void paint(QPainter& painter, const PageNumber& number) override;

    // The labels the page sets (empty when every title is readable at the page's scale).
    const std::vector<PrintLabel>& labels() const { return labels_; }

private:
    void placeLabels();

    std::vector<PrintLabel> labels_;
    double scale_ = 1;
};

} // namespace sightline::exporting
