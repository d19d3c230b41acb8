#include "textwrap.h"

#include <string>

namespace sightline::cli {

namespace {
std::size_t columns(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}
} // namespace

void writeWrapped(std::ostream& out, std::string_view text, std::size_t indent, std::size_t width) {
    const std::string pad(indent, ' ');
    std::size_t used = 0;
    bool lineStarted = false;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        if (i >= text.size())
            break;
        std::size_t end = text.find(' ', i);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view word = text.substr(i, end - i);
        const std::size_t w = columns(word);
        if (lineStarted && indent + used + 1 + w > width) {
            out << "\n";
            lineStarted = false;
            used = 0;
        }
        if (!lineStarted) {
            out << pad << word;
            used = w;
            lineStarted = true;
        } else {
            out << ' ' << word;
            used += 1 + w;
        }
        i = end;
    }
    if (lineStarted)
        out << "\n";
}

} // namespace sightline::cli
