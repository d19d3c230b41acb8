#pragma once

#include <string>
#include <string_view>

namespace sightline::analysis {

// normalise(title, team name) of analysis-rules.md, "Title matching", step by step: lower-case
// ASCII, punctuation to spaces, remove the team's own name and filler words, drop a plural "s"
// from words of four or more characters, join with single spaces. Two titles match when their
// normalised forms are equal and not empty.
std::string normaliseTitle(std::string_view title, std::string_view teamName);

} // namespace sightline::analysis
