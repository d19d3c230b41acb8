#include "sightline/export/scorecardpage.h"

#include "sightline/export/pagetext.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/style.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace sightline::exporting {

namespace {

constexpr double kPad = 3;
const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x5b, 0x65, 0x72);
const QColor kRule(0xdd, 0xe1, 0xe7);
const QColor kHeaderFill(0xe9, 0xed, 0xf2);
const QColor kGroupFill(0xf3, 0xf5, 0xf8);

enum Column { Measure, Owner, Latest, Target, Status, Trend, DataDate, Approval, kColumns };
constexpr double kShares[kColumns] = {0.27, 0.11, 0.15, 0.09, 0.09, 0.11, 0.09, 0.09};

QString header(int column) {
    switch (column) {
    case Measure:
        return QObject::tr("Measure");
    case Owner:
        return QObject::tr("Owner");
    case Latest:
        return QObject::tr("Latest (period)");
    case Target:
        return QObject::tr("Target");
    case Status:
        return QObject::tr("Status");
    case Trend:
        return QObject::tr("Trend");
    case DataDate:
        return QObject::tr("Data date");
    case Approval:
        return QObject::tr("Approval");
    }
    return {};
}

QColor statusColour(render::MeasureStatus s) {
    return render::statusColour(s, render::Style());
}

} // namespace

ScorecardLayout::ScorecardLayout(Scorecard card, double width, double firstPageHeight)
    : card_(std::move(card)), width_(width) {
    for (double s : kShares)
        widths_.push_back(width * s);
    for (int points : {8, 7, 6}) {
        layOut(points);
        if (tableHeight() <= firstPageHeight)
            return;
    }
}

void ScorecardLayout::layOut(int points) {
    points_ = points;
    font_ = pageFont(points);
    bold_ = pageFont(points, true);
    small_ = pageFont(std::max(6, points - 1));
    rows_.clear();
    const double line = lineHeight(font_);
    for (std::size_t g = 0; g < card_.groups.size(); ++g) {
        const ScorecardGroup& group = card_.groups[g];
        Row heading;
        heading.group = static_cast<int>(g);
        heading.title = wrapText(group.heading, bold_, width_ - 2 * kPad);
        heading.height = static_cast<double>(heading.title.size()) * lineHeight(bold_) + 2 * kPad + 2;
        rows_.push_back(std::move(heading));
        for (std::size_t m = 0; m < group.rows.size(); ++m) {
            const ScorecardRow& r = group.rows[m];
            Row row;
            row.group = static_cast<int>(g);
            row.measure = static_cast<int>(m);
            row.title = wrapText(r.title, font_, widths_[Measure] - 2 * kPad);
            row.owner = wrapText(r.owner, font_, widths_[Owner] - 2 * kPad);
            const qsizetype lines = std::max<qsizetype>({row.title.size(), row.owner.size(), 1});
            row.height = static_cast<double>(lines) * line + 2 * kPad;
            rows_.push_back(std::move(row));
        }
    }
}

double ScorecardLayout::headerHeight() const {
    return lineHeight(bold_) + 2 * kPad;
}

double ScorecardLayout::tableHeight() const {
    double h = headerHeight();
    for (const Row& r : rows_)
        h += r.height;
    return h;
}

std::size_t ScorecardLayout::fit(std::size_t from, double height) const {
    double used = headerHeight();
    std::size_t to = from;
    while (to < rows_.size() && used + rows_[to].height <= height) {
        used += rows_[to].height;
        ++to;
    }
    // A group heading does not end a page.
    if (to > from + 1 && to < rows_.size() && rows_[to - 1].measure < 0)
        --to;
    return std::max(to, std::min(from + 1, rows_.size()));
}

double ScorecardLayout::paint(QPainter& painter, const QRectF& area, std::size_t from, std::size_t to) const {
    painter.save();
    double y = area.top();
    const double hh = headerHeight();
    painter.fillRect(QRectF(area.left(), y, width_, hh), kHeaderFill);
    painter.setPen(kInk);
    double x = area.left();
    for (int c = 0; c < kColumns; ++c) {
        drawFitted(painter, fitText(header(c), bold_, widths_[c] - 2 * kPad, 1), x + kPad, y + kPad);
        x += widths_[c];
    }
    y += hh;
    const double line = lineHeight(font_);
    for (std::size_t i = from; i < to && i < rows_.size(); ++i) {
        const Row& row = rows_[i];
        const ScorecardGroup& group = card_.groups[static_cast<std::size_t>(row.group)];
        if (row.measure < 0) {
            painter.fillRect(QRectF(area.left(), y + 2, width_, row.height - 2), kGroupFill);
            painter.setPen(kInk);
            drawLines(painter, row.title, bold_, area.left() + kPad, y + kPad + 2);
        } else {
            const ScorecardRow& r = group.rows[static_cast<std::size_t>(row.measure)];
            std::array<double, kColumns + 1> left{};
            left[0] = area.left();
            for (int c = 0; c < kColumns; ++c)
                left[static_cast<std::size_t>(c) + 1] = left[static_cast<std::size_t>(c)] + widths_[c];
            auto cell = [&](int c) { return left[static_cast<std::size_t>(c)] + kPad; };
            auto width = [&](int c) { return widths_[c] - 2 * kPad; };
            const double top = y + kPad;
            painter.setPen(kInk);
            drawLines(painter, row.title, font_, cell(Measure), top);
            drawLines(painter, row.owner, font_, cell(Owner), top);
            if (!r.latest.isEmpty()) {
                // The value, then its period in muted type on the same line.
                const FittedText value = fitText(r.latest, bold_, width(Latest) * 0.62, 1);
                drawFitted(painter, value, cell(Latest), top);
                const double used =
                    QFontMetricsF(bold_).horizontalAdvance(value.lines.value(0)) * value.scale + 3;
                painter.setPen(kMuted);
                drawFitted(painter, fitText(r.period, small_, width(Latest) - used, 1), cell(Latest) + used,
                           top + (lineHeight(font_) - lineHeight(small_)) * 0.7);
            } else {
                painter.setPen(kMuted);
                drawLines(painter, {QObject::tr("no data")}, font_, cell(Latest), top);
            }
            painter.setPen(r.target.isEmpty() ? kMuted : kInk);
            drawFitted(painter,
                       fitText(r.target.isEmpty() ? QObject::tr("none") : r.target, font_, width(Target), 1),
                       cell(Target), top);
            // Status: a dot in its colour and the word.
            const QColor colour = statusColour(r.status);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            const double dot = line * 0.55;
            painter.drawEllipse(QRectF(cell(Status), top + (line - dot) / 2, dot, dot));
            painter.setPen(r.status == render::MeasureStatus::NoData ? kMuted : colour.darker(130));
            drawFitted(painter, fitText(scorecardStatus(r.status), bold_, width(Status) - dot - 3, 1),
                       cell(Status) + dot + 3, top);
            paintSparkline(painter, QRectF(cell(Trend), top + 0.5, width(Trend), line - 1), r.trend,
                           r.targetValue, colour);
            painter.setPen(kInk);
            drawFitted(painter, fitText(r.dataDate, font_, width(DataDate), 1), cell(DataDate), top);
            painter.setPen(r.approval == QLatin1String("approved") ? kInk : kMuted);
            if (!r.approval.isEmpty()) {
                const QString shown = r.approval == QLatin1String("approved") ? QObject::tr("approved")
                                                                              : QObject::tr("provisional");
                drawFitted(painter, fitText(shown, font_, width(Approval), 1), cell(Approval), top);
            }
        }
        y += row.height;
        painter.setPen(QPen(kRule, 0.5));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + width_, y));
    }
    painter.restore();
    return y;
}

void paintSparkline(QPainter& painter, const QRectF& box, const std::vector<double>& values,
                    std::optional<double> target, const QColor& colour) {
    if (values.empty() || box.width() <= 0 || box.height() <= 0)
        return;
    double lo = *std::min_element(values.begin(), values.end());
    double hi = *std::max_element(values.begin(), values.end());
    const bool showTarget = target && *target >= lo - (hi - lo) * 0.5 && *target <= hi + (hi - lo) * 0.5;
    if (showTarget) {
        lo = std::min(lo, *target);
        hi = std::max(hi, *target);
    }
    if (hi - lo < 1e-12) {
        lo -= 1;
        hi += 1;
    }
    const std::size_t n = values.size();
    auto at = [&](std::size_t i, double v) {
        const double x =
            n == 1 ? box.center().x() : box.left() + box.width() * static_cast<double>(i) / (n - 1);
        return QPointF(x, box.bottom() - (v - lo) / (hi - lo) * box.height());
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (showTarget) {
        QPen pen(kMuted, 0.5);
        pen.setDashPattern({1.5, 1.5});
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), at(0, *target).y()), QPointF(box.right(), at(0, *target).y()));
    }
    QPainterPath path(at(0, values[0]));
    for (std::size_t i = 1; i < n; ++i)
        path.lineTo(at(i, values[i]));
    painter.setPen(QPen(kInk, 0.7));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(at(n - 1, values.back()), 1.6, 1.6);
    painter.restore();
}

ScorecardPage::ScorecardPage(PageFrame frame, QString intro, std::shared_ptr<const ScorecardLayout> layout,
                             std::size_t from, std::size_t to, TitleInfo title, bool continued)
    : frame_(std::move(frame)), intro_(std::move(intro)), layout_(std::move(layout)), from_(from), to_(to),
      title_(std::move(title)), continued_(continued) {}

QString ScorecardPage::countsLine(const Scorecard& card) {
    const auto& c = card.counts;
    auto n = [&](render::MeasureStatus s) { return c[static_cast<std::size_t>(s)]; };
    return QObject::tr("%1 measures: %2 met, %3 improving, %4 routine (hit and miss), %5 behind, %6 without "
                       "data.")
        .arg(card.size())
        .arg(n(render::MeasureStatus::Met))
        .arg(n(render::MeasureStatus::Improving))
        .arg(n(render::MeasureStatus::Routine))
        .arg(n(render::MeasureStatus::Behind))
        .arg(n(render::MeasureStatus::NoData));
}

void ScorecardPage::paint(QPainter& painter, const PageNumber& number) {
    const QRectF body = frame_.body;
    painter.save();
    painter.setPen(kInk);
    const QFont heading = pageFont(16, true);
    double y =
        drawFitted(painter,
                   fitText(continued_ ? QObject::tr("Scorecard (continued)") : QObject::tr("Scorecard"),
                           heading, body.width(), 1),
                   body.left(), body.top()) +
        6;
    if (!intro_.isEmpty()) {
        painter.setPen(kMuted);
        y = drawFitted(painter, fitText(intro_, pageFont(9), body.width()), body.left(), y) + 6;
    }
    y += 4;
    layout_->paint(painter, QRectF(body.left(), y, body.width(), frame_.map.bottom() - y), from_, to_);
    painter.restore();
    paintFooter(painter, frame_.footer, {}, &title_, number);
}

} // namespace sightline::exporting
