#pragma once

// UTF-8 repair for the writers: what they write is always valid UTF-8.

#include <string>
#include <string_view>

namespace sightline::io::utf8 {

// U+FFFD REPLACEMENT CHARACTER, for what a format cannot hold.
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// s with every byte that does not belong to a valid UTF-8 sequence replaced by U+FFFD: s itself
// when it is valid, else the repaired text, kept in `storage`.
std::string_view repaired(std::string_view s, std::string& storage);

} // namespace sightline::io::utf8
