#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sightline::core::text {

// Removes leading and trailing white space (ASCII white space and U+00A0, U+3000, U+2000..U+200A).
std::string trim(std::string_view s);
// The same, as a view into s (no copy).
std::string_view trimmed(std::string_view s);

// Number of Unicode code points in valid UTF-8.
std::size_t codePoints(std::string_view s);

// Whether s is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view s);

// 1..64 characters from [A-Za-z0-9_.:-].
bool isValidId(std::string_view s);

// "#rrggbb" with hex digits.
bool isValidColour(std::string_view s);

// Escapes one reference token for a JSON Pointer: "~" -> "~0", "/" -> "~1".
std::string pointerToken(std::string_view token);

// A string quoted for a message: "abc", with control characters escaped and long text shortened.
// The result is valid UTF-8 even when s is not: bytes that do not form a character are written \xNN.
std::string quoted(std::string_view s);

} // namespace sightline::core::text
