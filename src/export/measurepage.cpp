#include "sightline/export/measurepage.h"

#include "sightline/export/pagetext.h"
#include "sightline/export/scorecard.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/style.h"
#include "sightline/render/valueformat.h"
#include "sightline/render/xmrchart.h"

#include <QObject>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace sightline::exporting {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5b, 0x65, 0x72);
const QColor kFrame(0xdd, 0xe1, 0xe7);

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// Worse first: behind, routine (hit and miss), improving, met, then no data.
int attention(render::MeasureStatus s) {
    switch (s) {
    case render::MeasureStatus::Behind:
        return 0;
    case render::MeasureStatus::Routine:
        return 1;
    case render::MeasureStatus::Improving:
        return 2;
    case render::MeasureStatus::Met:
        return 3;
    case render::MeasureStatus::NoData:
        return 4;
    }
    return 4;
}

void paintChart(QPainter& painter, const QRectF& box, const MeasureChart& c) {
    const QFont titleFont = pageFont(8, true), font = pageFont(7), bold = pageFont(7, true);
    painter.save();
    painter.setPen(QPen(kFrame, 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    const double pad = 5;
    const double w = box.width() - 2 * pad;
    double y = box.top() + pad;
    painter.setPen(kInk);
    y = drawFitted(painter, fitText(c.title, titleFont, w), box.left() + pad, y);
    painter.setPen(kMuted);
    y = drawFitted(painter, fitText(c.caption, font, w, 1), box.left() + pad, y);
    const QColor colour = render::statusColour(c.status, render::Style());
    painter.setPen(c.status == render::MeasureStatus::NoData ? kMuted : colour.darker(125));
    const FittedText latest = fitText(c.latest, bold, w * 0.55, 1);
    drawFitted(painter, latest, box.left() + pad, y + 1);
    painter.setPen(kMuted);
    const FittedText target =
        fitText(c.target + QStringLiteral(" · ") + scorecardStatus(c.status), font, w * 0.45, 1);
    const double tw = QFontMetricsF(font).horizontalAdvance(target.lines.value(0)) * target.scale;
    drawFitted(painter, target, box.right() - pad - tw, y + 1);
    y += lineHeight(bold) + 4;
    // The measure's XmR chart, as the Measure dock draws it (render/xmrchart.h).
    const QRectF plot(box.left() + pad, y, w, box.bottom() - pad - y);
    if (plot.height() > 10 && c.node && !c.node->values.empty()) {
        render::XmrChartOptions options;
        options.movingRange = plot.height() > 90; // the mR chart when the box has room for both
        options.notes = false;
        options.requireApproval = c.requireApproval;
        options.font = pageFont(6);
        painter.setRenderHint(QPainter::Antialiasing, true);
        render::paintXmrChart(painter, plot, c.xmr, *c.node, options);
    }
    painter.restore();
}

} // namespace

std::vector<MeasureChart> measureCharts(const core::Map& map) {
    std::vector<MeasureChart> out;
    for (const core::Node& n : map.nodes()) {
        if (n.kind != core::NodeKind::Measure)
            continue;
        MeasureChart c;
        c.measure = n.id;
        c.title = qs(n.title);
        QStringList caption;
        if (n.team)
            if (const core::Team* t = map.team(*n.team))
                caption << qs(t->name);
        if (n.owner)
            if (const core::Person* p = map.person(*n.owner))
                caption << qs(p->name);
        c.caption = caption.join(QStringLiteral(" · "));
        const QString unit = qs(n.unit);
        std::vector<const core::MeasureValue*> values;
        for (const core::MeasureValue& v : n.values)
            values.push_back(&v);
        std::stable_sort(values.begin(), values.end(), [](auto* a, auto* b) { return a->date < b->date; });
        const std::size_t from = values.size() > kChartPoints ? values.size() - kChartPoints : 0;
        for (std::size_t i = from; i < values.size(); ++i)
            c.values.emplace_back(values[i]->date, values[i]->value);
        c.latest = values.empty()
                       ? QObject::tr("no data")
                       : QStringLiteral("%1 (%2)").arg(render::formatValue(values.back()->value, unit),
                                                       periodLabel(values.back()->date, n.cadence));
        c.target = n.target ? QObject::tr("target %1").arg(render::formatValue(*n.target, unit))
                            : QObject::tr("no target");
        c.targetValue = n.target;
        c.xmr = analysis::computeXmr(n, map.settings());
        c.status = render::measureStanding(n, c.xmr).status;
        c.node = std::make_shared<const core::Node>(n);
        c.requireApproval = map.settings().requireApproval;
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const MeasureChart& a, const MeasureChart& b) {
        return attention(a.status) < attention(b.status);
    });
    return out;
}

MeasurePage::MeasurePage(PageFrame frame, QString heading, QString intro, std::vector<MeasureChart> charts,
                         TitleInfo title)
    : frame_(std::move(frame)), heading_(std::move(heading)), intro_(std::move(intro)),
      charts_(std::move(charts)), title_(std::move(title)) {}

void MeasurePage::paint(QPainter& painter, const PageNumber& number) {
    const QRectF body = frame_.body;
    painter.save();
    painter.setPen(kInk);
    double y =
        drawFitted(painter, fitText(heading_, pageFont(16, true), body.width(), 1), body.left(), body.top()) +
        6;
    if (!intro_.isEmpty()) {
        painter.setPen(kMuted);
        y = drawFitted(painter, fitText(intro_, pageFont(9), body.width()), body.left(), y) + 6;
    }
    const double gap = 8;
    const QRectF grid(body.left(), y + 2, body.width(), frame_.map.bottom() - y - 2);
    const double cw = (grid.width() - gap * (kChartColumns - 1)) / kChartColumns;
    const double ch = (grid.height() - gap * (kChartRows - 1)) / kChartRows;
    for (std::size_t i = 0; i < charts_.size(); ++i) {
        const int col = static_cast<int>(i) % kChartColumns, row = static_cast<int>(i) / kChartColumns;
        paintChart(painter, QRectF(grid.left() + col * (cw + gap), grid.top() + row * (ch + gap), cw, ch),
                   charts_[i]);
    }
    painter.restore();
    paintFooter(painter, frame_.footer, {}, &title_, number);
}

} // namespace sightline::exporting
