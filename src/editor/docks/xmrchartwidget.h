#pragma once

#ifndef Q_MOC_RUN
#include "sightline/analysis/xmr.h"
#include "sightline/core/node.h"
#include "sightline/render/xmrchart.h"
#endif

#include <QWidget>
#include <functional>
#include <optional>

namespace sightline::editor {

// The full XmR chart of one measure (render::paintXmrChart), with the point under the mouse
// explained in a tooltip; a click chooses a value (pointChosen), which is drawn ringed.
class XmrChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit XmrChartWidget(QWidget* parent = nullptr);

    // What to draw (a copy of the measure and its chart, refreshed by the dock on each change).
    void setChart(const core::Node& measure, analysis::XmrChart chart, bool requireApproval);
    void clear();
    // How a person (who approved a value) is named in tooltips.
    void setPersonName(std::function<QString(const core::PersonId&)> name) { personName_ = std::move(name); }
    void setSelected(std::optional<std::size_t> point);
    std::optional<std::size_t> selected() const { return options_.selected; }
    // Where the chart puts its parts in this widget (for hit tests and tests).
    render::XmrChartGeometry geometry() const;
    QRectF chartRect() const;
    const analysis::XmrChart& chart() const { return chart_; }

    QSize sizeHint() const override { return {520, 320}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

Q_SIGNALS:
    void pointChosen(std::size_t point);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString describe(std::size_t point) const;

    std::optional<core::Node> measure_;
    analysis::XmrChart chart_;
    render::XmrChartOptions options_;
    std::function<QString(const core::PersonId&)> personName_;
};

} // namespace sightline::editor
