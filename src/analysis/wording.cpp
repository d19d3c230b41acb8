#include "wording.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace sightline::analysis::detail {

std::string_view Wording::measure() const {
    switch (vocabulary_) {
    case core::Vocabulary::Bsc:
        return "KPI";
    case core::Vocabulary::Okr:
        return "key result";
    case core::Vocabulary::Pump:
        break;
    }
    return "measure";
}

std::string_view Wording::measures() const {
    switch (vocabulary_) {
    case core::Vocabulary::Bsc:
        return "KPIs";
    case core::Vocabulary::Okr:
        return "key results";
    case core::Vocabulary::Pump:
        break;
    }
    return "measures";
}

std::string_view Wording::kind(core::NodeKind kind) const {
    switch (kind) {
    case core::NodeKind::Objective:
        return result();
    case core::NodeKind::Measure:
        return measure();
    case core::NodeKind::Initiative:
        break;
    }
    return "initiative";
}

std::string_view Wording::kinds(core::NodeKind kind) const {
    switch (kind) {
    case core::NodeKind::Objective:
        return results();
    case core::NodeKind::Measure:
        return measures();
    case core::NodeKind::Initiative:
        break;
    }
    return "initiatives";
}

std::string number(double value) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value == 0.0 ? 0.0 : value);
    return std::string(buf, r.ptr);
}

std::string approx(double value) {
    if (value == 0.0 || !std::isfinite(value))
        return number(value);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const int decimals = std::clamp(3 - magnitude, 0, 6);
    const double scale = std::pow(10.0, decimals);
    return number(std::round(value * scale) / scale);
}

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace sightline::analysis::detail
