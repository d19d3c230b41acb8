#pragma once

#include <QFontMetricsF>
#include <QString>

namespace sightline::render {

// How a measure's numbers are written on cards, in tooltips and in the board pack. Numbers are
// never cut: when the full form does not fit, a compact form is used instead.
enum class NumberForm {
    Full,    // "4,812.5": thousands separators, the decimals the value has (at most 3)
    Compact, // "4.8k", "12.0k", "1.3M", "2.1bn"; below 1,000 as Full with at most 1 decimal
    Short,   // "5k", "12k", "1M"; below 1,000 rounded to a whole number when 100 or more
};

QString formatNumber(double value, NumberForm form = NumberForm::Full);

// A number with its unit: "104 h", "96.5%", "4,800 EUR k", compact "4.8k EUR k".
QString formatValue(double value, const QString& unit, NumberForm form = NumberForm::Full);

// The most precise form of `value` with `unit` (after `prefix`, e.g. "target ") whose width
// in `metrics` is at most `width`; the Short form when none fits (the caller shrinks it).
QString fitValue(const QString& prefix, double value, const QString& unit, const QFontMetricsF& metrics,
                 qreal width);

} // namespace sightline::render
