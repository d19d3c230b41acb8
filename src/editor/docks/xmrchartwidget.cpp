#include "xmrchartwidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sightline::editor {

XmrChartWidget::XmrChartWidget(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("xmrChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(false);
}

void XmrChartWidget::setChart(const core::Node& measure, analysis::XmrChart chart, bool requireApproval) {
    measure_ = measure;
    chart_ = std::move(chart);
    options_.requireApproval = requireApproval;
    if (options_.selected && *options_.selected >= chart_.points.size())
        options_.selected.reset();
    update();
}

void XmrChartWidget::clear() {
    measure_.reset();
    chart_ = {};
    options_.selected.reset();
    update();
}

void XmrChartWidget::setSelected(std::optional<std::size_t> point) {
    options_.selected = point && *point < chart_.points.size() ? point : std::nullopt;
    update();
}

QRectF XmrChartWidget::chartRect() const {
    return QRectF(rect()).adjusted(6, 6, -6, -6);
}

render::XmrChartGeometry XmrChartWidget::geometry() const {
    if (!measure_)
        return {};
    return render::xmrChartGeometry(chartRect(), chart_, *measure_, options_);
}

void XmrChartWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!measure_) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Select a measure to see its XmR chart."));
        return;
    }
    render::paintXmrChart(p, chartRect(), chart_, *measure_, options_);
}

void XmrChartWidget::mousePressEvent(QMouseEvent* event) {
    if (!measure_ || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (auto i = geometry().pointAt(event->position(), 10)) {
        setSelected(*i);
        Q_EMIT pointChosen(*i);
    }
}

bool XmrChartWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && measure_) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (auto i = geometry().pointAt(help->pos(), 10))
            QToolTip::showText(help->globalPos(), describe(*i), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString XmrChartWidget::describe(std::size_t i) const {
    const analysis::XmrPoint& p = chart_.points[i];
    QString text = QStringLiteral("<b>%1</b>: %2")
                       .arg(QString::fromStdString(p.date.toString()), QString::number(p.value, 'g', 10));
    text += QStringLiteral("<br>%1").arg(render::pointKindLabel(p.kind));
    QStringList names;
    for (analysis::Signal s : p.signals.list(measure_->xmr.rules))
        names << QString::fromUtf8(analysis::toString(s).data(),
                                   static_cast<int>(analysis::toString(s).size()));
    if (!names.isEmpty())
        text += QStringLiteral(" (%1)").arg(names.join(QStringLiteral(", ")));
    if (p.source < measure_->values.size()) {
        const core::MeasureValue& v = measure_->values[p.source];
        if (!v.note.empty())
            text += QStringLiteral("<br>%1").arg(QString::fromStdString(v.note).toHtmlEscaped());
        if (v.approvedBy)
            text += tr("<br>Approved by %1")
                        .arg(personName_ ? personName_(*v.approvedBy)
                                         : QString::fromStdString(v.approvedBy->str()));
        else if (options_.requireApproval)
            text += tr("<br>Provisional: not approved yet");
    }
    return text;
}

} // namespace sightline::editor
