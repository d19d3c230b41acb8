#pragma once

#include "sightline/io/readresult.h"

#include <filesystem>
#include <string_view>

namespace sightline::io {

// Reads a map in the JSON interchange format v1 (map-format-v1.md): all or nothing, every
// error (up to 100) as an RFC 6901 JSON Pointer and a message, unknown keys as warnings.
// Strings are trimmed, links without an id get a generated one ("link-N", deterministic),
// and the model rules of core::validate() are checked. Safe on hostile input: nesting is
// limited to 64 levels while parsing, numbers must be finite, the text must be UTF-8.
ReadResult readMapJson(std::string_view bytes);

// Reads the file in one go and parses it as above; an unreadable file is one error.
ReadResult readMapJsonFile(const std::filesystem::path& path);

} // namespace sightline::io
