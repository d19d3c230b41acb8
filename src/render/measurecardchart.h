#pragma once

#include "sightline/analysis/xmr.h"
#include "sightline/core/node.h"
#include "sightline/core/settings.h"

#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace sightline::render {

class Style;

namespace detail {

// The chart band of a measure card, between its title and its value: the sparkline of the last
// values with the limits band, the variation and capability icons and the date of the latest
// value ("no limits yet" in place of the icons while there are too few values for limits).
void paintCardChart(QPainter& painter, const QRectF& band, const core::Node& measure,
                    const analysis::XmrChart& xmr, const core::Settings& settings, const Style& style);

// The card's status and XmR summary in words, for its tooltip.
QStringList cardSummary(const analysis::XmrChart& xmr, const QString& status, bool latestValueOnly);

} // namespace detail
} // namespace sightline::render
