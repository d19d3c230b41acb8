#include "sightline/render/valueformat.h"

#include <QLocale>
#include <array>
#include <cmath>

namespace sightline::render {

namespace {

// The fewest decimals (up to `most`) that write `value` exactly enough.
int decimalsOf(double value, int most) {
    const double magnitude = std::max(1.0, std::abs(value));
    for (int d = 0; d < most; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::abs(std::round(value * scale) / scale - value) < 1e-9 * magnitude)
            return d;
    }
    return most;
}

QString grouped(double value, int decimals) {
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (std::round(std::abs(value) * std::pow(10.0, decimals)) == 0)
        value = 0; // no "-0"
    return english.toString(value, 'f', decimals);
}

struct Scale {
    double factor;
    const char* suffix;
};
// Largest first.
constexpr std::array<Scale, 4> kScales{{{1e12, "tn"}, {1e9, "bn"}, {1e6, "M"}, {1e3, "k"}}};

// Whether `value` written with `decimals` rounds to 1,000 or more.
bool roundsToThousand(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(std::abs(value) * scale) >= 1000.0 * scale;
}

QString compact(double value, int decimals) {
    const double a = std::abs(value);
    if (a < 1000 && !roundsToThousand(value, decimals == 0 && a >= 100 ? 0 : 1)) {
        if (a < 1 && a > 0)
            return QString::number(value, 'g', 2);
        if (decimals == 0 && a >= 100)
            return grouped(value, 0);
        return grouped(value, decimalsOf(value, 1));
    }
    std::size_t i = kScales.size() - 1;
    while (i > 0 && a >= kScales[i - 1].factor)
        --i;
    if (i > 0 && roundsToThousand(value / kScales[i].factor, decimals))
        --i; // 999,960 is "1.0M", not "1,000.0k"
    return grouped(value / kScales[i].factor, decimals) + QLatin1String(kScales[i].suffix);
}

} // namespace

QString formatNumber(double value, NumberForm form) {
    if (!std::isfinite(value))
        return QString::number(value);
    switch (form) {
    case NumberForm::Full: {
        const double a = std::abs(value);
        if (a > 0 && a < 0.01)
            return QString::number(value, 'g', 4);
        return grouped(value, decimalsOf(value, a >= 100 ? 2 : 3));
    }
    case NumberForm::Compact:
        return compact(value, 1);
    case NumberForm::Short:
        return compact(value, 0);
    }
    return QString::number(value);
}

QString formatValue(double value, const QString& unit, NumberForm form) {
    const QString v = formatNumber(value, form);
    if (unit.isEmpty())
        return v;
    if (unit == QLatin1String("%"))
        return v + unit;
    return v + QLatin1Char(' ') + unit;
}

QString fitValue(const QString& prefix, double value, const QString& unit, const QFontMetricsF& metrics,
                 qreal width) {
    for (NumberForm form : {NumberForm::Full, NumberForm::Compact}) {
        const QString text = prefix + formatValue(value, unit, form);
        if (metrics.horizontalAdvance(text) <= width)
            return text;
    }
    return prefix + formatValue(value, unit, NumberForm::Short);
}

} // namespace sightline::render
