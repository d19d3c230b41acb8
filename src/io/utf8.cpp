#include "utf8.h"

#include "sightline/core/text.h"

namespace sightline::io::utf8 {

std::string_view repaired(std::string_view s, std::string& out) {
    if (core::text::isValidUtf8(s))
        return s;
    out.clear();
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        // Copy a valid sequence whole, replace each byte that starts none.
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (len > 1 && i + len <= s.size() && core::text::isValidUtf8(s.substr(i, len))) {
            out.append(s.substr(i, len));
            i += len - 1;
        } else {
            out += kReplacement;
        }
    }
    return out;
}

} // namespace sightline::io::utf8
