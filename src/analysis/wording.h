#pragma once

#include "sightline/core/types.h"

#include <string>
#include <string_view>

namespace sightline::analysis::detail {

// The map's own words for its node kinds (domain.md: Result / Measure, Objective / KPI,
// Objective / Key result), lower-case for use inside sentences.
class Wording {
public:
    explicit Wording(core::Vocabulary vocabulary) : vocabulary_(vocabulary) {}

    std::string_view result() const { return vocabulary_ == core::Vocabulary::Pump ? "result" : "objective"; }
    std::string_view results() const {
        return vocabulary_ == core::Vocabulary::Pump ? "results" : "objectives";
    }
    std::string_view measure() const;
    std::string_view measures() const;
    std::string_view kind(core::NodeKind kind) const;
    std::string_view kinds(core::NodeKind kind) const;

private:
    core::Vocabulary vocabulary_;
};

// A number as people write it: the shortest form that reads back as the same double ("126",
// "4.35", "-0.5").
std::string number(double value);

// A computed number rounded for reading aloud: four significant digits, never an exponent
// ("117.4", "7.842", "4689", "0.0123").
std::string approx(double value);

// "1 result", "3 results".
std::string count(std::size_t n, std::string_view one, std::string_view many);

} // namespace sightline::analysis::detail
