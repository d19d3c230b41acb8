#include "sightline/analysis/titlematch.h"

#include <array>
#include <vector>

namespace sightline::analysis {

namespace {

// Length of the UTF-8 sequence starting with byte b (1 for anything unexpected).
std::size_t sequenceLength(unsigned char b) {
    if (b >= 0xF0 && b < 0xF8)
        return 4;
    if (b >= 0xE0)
        return b < 0xF0 ? 3 : 1;
    if (b >= 0xC0)
        return 2;
    return 1;
}

// Whether the non-ASCII character at s[i..i+len) is one that step 2 turns into a space:
// U+00A0, U+2010..U+2015, U+2018..U+201F, U+2026.
bool isSeparator(std::string_view s, std::size_t i, std::size_t len) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (len == 2)
        return b(0) == 0xC2 && b(1) == 0xA0;
    if (len == 3 && b(0) == 0xE2 && b(1) == 0x80) {
        const unsigned char c = b(2);
        return (c >= 0x90 && c <= 0x95) || (c >= 0x98 && c <= 0x9F) || c == 0xA6;
    }
    return false;
}

// Steps 1 to 3.
std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            out.push_back(std::move(word));
        word.clear();
    };
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                word += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                word += static_cast<char>(c);
            else
                flush();
            ++i;
            continue;
        }
        std::size_t len = sequenceLength(c);
        if (i + len > s.size())
            len = s.size() - i;
        if (isSeparator(s, i, len))
            flush();
        else
            word.append(s.substr(i, len));
        i += len;
    }
    flush();
    return out;
}

bool isFiller(std::string_view w) {
    static constexpr std::array<std::string_view, 14> kFiller{
        "team", "department", "dept", "division", "unit", "group", "our",
        "the",  "a",          "an",   "in",       "of",   "for",   "at"};
    for (std::string_view f : kFiller)
        if (w == f)
            return true;
    return false;
}

std::size_t codePoints(std::string_view w) {
    std::size_t n = 0;
    for (char c : w)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

} // namespace

std::string normaliseTitle(std::string_view title, std::string_view teamName) {
    std::vector<std::string> w = words(title);

    // Step 4: remove each non-overlapping occurrence of the team's name, left to right.
    const std::vector<std::string> team = words(teamName);
    if (!team.empty() && w.size() >= team.size()) {
        std::vector<std::string> kept;
        kept.reserve(w.size());
        for (std::size_t i = 0; i < w.size();) {
            bool match = i + team.size() <= w.size();
            for (std::size_t k = 0; match && k < team.size(); ++k)
                match = w[i + k] == team[k];
            if (match) {
                i += team.size();
            } else {
                kept.push_back(std::move(w[i]));
                ++i;
            }
        }
        w = std::move(kept);
    }

    std::string out;
    for (std::string& word : w) {
        if (isFiller(word)) // step 5
            continue;
        if (word.back() == 's' && codePoints(word) >= 4) // step 6
            word.pop_back();
        if (!out.empty()) // step 7
            out += ' ';
        out += word;
    }
    return out;
}

} // namespace sightline::analysis
