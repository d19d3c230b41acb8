#pragma once

#include "sightline/analysis/xmr.h"
#include "sightline/core/map.h"
#include "sightline/export/page.h"
#include "sightline/export/titleblock.h"
#include "sightline/render/measurestatus.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sightline::exporting {

// One measure's chart on the measure pages.
struct MeasureChart {
    core::NodeId measure;
    QString title;
    QString caption; // "Operations · Erik Lindqvist"
    QString latest;  // "4,812 EUR k (Oct 2026)" or "no data"
    QString target;  // "target 4,800 EUR k" or "no target"
    render::MeasureStatus status = render::MeasureStatus::NoData;
    std::vector<std::pair<core::Date, double>> values; // date order, the last kChartPoints
    std::optional<double> targetValue;
    // The measure and its XmR chart (analysis::computeXmr), drawn by render::paintXmrChart as on
    // the Measure dock: limits, signals by kind, target, forecast, breaks.
    std::shared_ptr<const core::Node> node;
    analysis::XmrChart xmr;
    bool requireApproval = false;
};

inline constexpr std::size_t kChartPoints = 24;
// Charts per measure page (columns x rows) and the most measure pages a pack has.
inline constexpr int kChartColumns = 4;
inline constexpr int kChartRows = 3;
inline constexpr int kMaxMeasurePages = 6;

// The measures of the map as charts, those that need attention first (behind, then
// improving, then met, then without data), then in the map's order.
std::vector<MeasureChart> measureCharts(const core::Map& map);

// A page of small multiples: up to kChartColumns x kChartRows measures, each its run of values
// with the target, its latest value and status; every title whole.
class MeasurePage : public Page {
public:
    MeasurePage(PageFrame frame, QString heading, QString intro, std::vector<MeasureChart> charts,
                TitleInfo title);

    QSizeF paper() const override { return frame_.paper; }
    void paint(QPainter& painter, const PageNumber& number) override;

private:
    PageFrame frame_;
    QString heading_, intro_;
    std::vector<MeasureChart> charts_;
    TitleInfo title_;
};

} // namespace sightline::exporting
