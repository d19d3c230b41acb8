#pragma once

#include <ostream>
#include <string_view>

namespace sightline::cli {

// Writes text wrapped at `width` columns (counted in code points), every line indented by
// `indent` spaces.
void writeWrapped(std::ostream& out, std::string_view text, std::size_t indent, std::size_t width = 100);

} // namespace sightline::cli
