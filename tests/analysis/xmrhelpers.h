#pragma once

#include "sightline/analysis/xmr.h"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>
#include <vector>

namespace sightline::testing {

// Values on consecutive days from 2020-01-02 (NHSRplotthedots' test dates).
inline std::vector<analysis::XmrSample> series(const std::vector<double>& values) {
    std::vector<analysis::XmrSample> out;
    const long long first = core::Date::fromYmd(2020, 1, 2)->toDays();
    for (std::size_t i = 0; i < values.size(); ++i)
        out.push_back({core::Date::fromDays(first + static_cast<long long>(i)), values[i]});
    return out;
}

inline core::Date dayOf(std::size_t index) {
    return core::Date::fromDays(core::Date::fromYmd(2020, 1, 2)->toDays() + static_cast<long long>(index));
}

inline analysis::XmrChart xmr(const std::vector<double>& values, const analysis::XmrConfig& config = {},
                              std::vector<core::Date> breaks = {}) {
    const auto s = series(values);
    return analysis::computeXmr(s, breaks, config);
}

inline analysis::XmrConfig pump() {
    return {};
}
inline analysis::XmrConfig nhs() {
    analysis::XmrConfig c;
    c.rules = core::XmrRules::Nhs;
    return c;
}
inline analysis::XmrConfig locked(analysis::XmrConfig c, int baseline) {
    c.baselinePoints = baseline;
    return c;
}

// '1' for each point flagged with the signal, '0' otherwise.
inline std::string flags(const analysis::XmrChart& chart, analysis::Signal signal) {
    std::string s;
    for (const auto& p : chart.points)
        s += p.signals.contains(signal) ? '1' : '0';
    return s;
}

// One letter a point: '.' none, 'c' common cause, 'i' improvement, 'x' concern, 'n' neutral.
inline std::string kinds(const analysis::XmrChart& chart) {
    std::string s;
    for (const auto& p : chart.points) {
        switch (p.kind) {
        case analysis::PointKind::None:
            s += '.';
            break;
        case analysis::PointKind::CommonCause:
            s += 'c';
            break;
        case analysis::PointKind::Improvement:
            s += 'i';
            break;
        case analysis::PointKind::Concern:
            s += 'x';
            break;
        case analysis::PointKind::Neutral:
            s += 'n';
            break;
        }
    }
    return s;
}

// '+' high, '-' low, ' ' none: the side of each point's first signal.
inline std::string sides(const analysis::XmrChart& chart) {
    std::string s;
    for (const auto& p : chart.points)
        s += p.side == analysis::Side::High ? '+' : p.side == analysis::Side::Low ? '-' : ' ';
    return s;
}

// Six values that lock CL = 11 and mR̄ = 2 (UNPL 16.32, LNPL 5.68, halfway lines 13.66 and
// 8.34, nhs "close" beyond 14.5467 and 7.4533), the last one low.
inline std::vector<double> lockedBaseline(std::initializer_list<double> then) {
    std::vector<double> v{12, 10, 12, 10, 12, 10};
    v.insert(v.end(), then.begin(), then.end());
    return v;
}

} // namespace sightline::testing
