#include "sightline/io/jsonmapreader.h"

#include "mapbuilder.h"
#include "sightline/core/text.h"
#include "sightline/io/fileutil.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace sightline::io {

namespace {

using core::Issue;

// Offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        // Fast path over ASCII, 8 bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = c >= 0xC2 && c <= 0xDF   ? 2
                          : c >= 0xE0 && c <= 0xEF ? 3
                          : c >= 0xF0 && c <= 0xF4 ? 4
                                                   : 0;
        if (len == 0 || i + len > n)
            return i;
        if (!core::text::isValidUtf8(s.substr(i, len)))
            return i;
        i += len;
    }
    return std::nullopt;
}

// Above this size the text is parsed as it is, so that memory stays near the file's size.
constexpr std::size_t kCompactLimit = std::size_t{64} << 20;

// The text without the white space between tokens, keeping one space where two tokens would
// otherwise touch ("1 2" stays "1 2"), strings copied verbatim. Parses the same (or fails the
// same) as the original with about a third fewer characters for the lexer on pretty-printed
// files. Offsets differ, so a failed parse is repeated on the original for its messages.
std::string compacted(std::string_view in) {
    std::string out;
    out.resize(in.size());
    char* o = out.data();
    const char* p = in.data();
    const char* const end = p + in.size();
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    const auto isStructural = [](char c) {
        return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':' || c == '"';
    };
    char last = '{';
    while (p < end) {
        const char c = *p;
        if (isSpace(c)) {
            while (p < end && isSpace(*p))
                ++p;
            if (p < end && !isStructural(last) && !isStructural(*p))
                *o++ = ' ';
            continue;
        }
        if (c == '"') {
            *o++ = *p++;
            while (p < end) {
                const char s = *p;
                if (s == '"') {
                    *o++ = *p++;
                    break;
                }
                if (s == '\\' && p + 1 < end) {
                    *o++ = *p++;
                }
                *o++ = *p++;
            }
            last = '"';
            continue;
        }
        *o++ = c;
        last = c;
        ++p;
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

// Offset of the bracket that opens nesting level kMaxDepth + 1.
std::size_t depthOffset(std::string_view s) {
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            if (depth > 0)
                --depth;
        }
    }
    return s.size();
}

std::string lineAndColumn(std::string_view s, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
        if (s[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's explanation without its "[json.exception...] parse error at line L, column C: " prefix.
std::string reason(const std::string& what) {
    const std::size_t column = what.find("column ");
    if (column != std::string::npos) {
        const std::size_t colon = what.find(": ", column);
        if (colon != std::string::npos)
            return what.substr(colon + 2);
    }
    const std::size_t bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

Issue syntaxIssue(std::string_view bytes, std::size_t bom, const MapBuilder::SyntaxError& e) {
    const std::size_t offset = std::min(e.position > 0 ? e.position - 1 : 0, bytes.size());
    const std::string at =
        "at byte " + std::to_string(offset + bom) + " (" + lineAndColumn(bytes, offset) + ")";
    const std::string& token = e.lastToken;
    const std::string_view rest = bytes.substr(offset);
    const auto startsWith = [&](std::string_view p) { return rest.substr(0, p.size()) == p; };
    if (e.id == 406) // number overflow
        return {e.pointerKnown ? e.pointer : "", "the number " + core::text::quoted(token) + " " + at +
                                                     " is too large: numbers must be finite"};
    if (startsWith("NaN") || startsWith("Infinity") || startsWith("nan") || startsWith("inf"))
        return {e.pointerKnown ? e.pointer : "",
                "NaN and Infinity are not JSON numbers " + at + ": numbers must be finite"};
    if (const auto bad = firstInvalidUtf8(bytes); bad && *bad <= offset + 4) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X",
                      static_cast<unsigned>(static_cast<unsigned char>(bytes[*bad])));
        return {"", "the file is not UTF-8 text: invalid byte " + std::string(hex) + " at byte " +
                        std::to_string(*bad + bom) + " (" + lineAndColumn(bytes, *bad) +
                        "); save it as UTF-8 (it may be Latin-1 or Windows-1252)"};
    }
    return {"", "not valid JSON " + at + ": " + reason(e.what)};
}

// A refusal before parsing: UTF-16/32 text, an empty file.
std::optional<Issue> precheck(std::string_view bytes) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() >= 2 && ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0xFE && b(1) == 0xFF)))
        return Issue{"", "the file is UTF-16 text (it starts with a UTF-16 byte-order mark); Sightline reads "
                         "UTF-8 JSON: save it as UTF-8"};
    for (std::size_t i = 0; i < bytes.size() && i < 4; ++i)
        if (bytes[i] == '\0')
            return Issue{"", "the file has a zero byte at byte " + std::to_string(i) +
                                 ": it looks like UTF-16 or UTF-32 text or a binary file, not UTF-8 JSON"};
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Issue{"", "the file is empty: expected a Sightline map (a JSON object)"};
    return std::nullopt;
}

// Ids for links read without one: "link-N" (N = position in the file, from 1), made unique
// against the ids in the file with a suffix "-2", "-3", ...
void generateLinkIds(core::MapData& data, const std::vector<bool>& hasId) {
    std::unordered_set<std::string> used;
    bool any = false;
    for (std::size_t i = 0; i < data.links.size(); ++i) {
        if (i < hasId.size() && hasId[i])
            used.insert(data.links[i].id.str());
        else
            any = true;
    }
    if (!any)
        return;
    for (std::size_t i = 0; i < data.links.size(); ++i) {
        if (i < hasId.size() && hasId[i])
            continue;
        const std::string base = "link-" + std::to_string(i + 1);
        std::string id = base;
        for (int n = 2; used.count(id); ++n)
            id = base + "-" + std::to_string(n);
        used.insert(id);
        data.links[i].id = core::LinkId(std::move(id));
    }
}

bool under(const std::string& pointer, const std::string& prefix) {
    return pointer.size() >= prefix.size() && pointer.compare(0, prefix.size(), prefix) == 0 &&
           (pointer.size() == prefix.size() || pointer[prefix.size()] == '/');
}

// Model issues that only repeat, or follow from, an error the reader already reported.
bool isNoise(const Issue& issue, const MapBuilder& b, const core::MapData& data,
             const std::unordered_set<std::string>& unknownKindIds) {
    for (const std::string& t : b.tainted())
        if (under(issue.pointer, t))
            return true;
    constexpr std::string_view links = "/links/";
    if (!unknownKindIds.empty() && issue.pointer.rfind(links, 0) == 0 &&
        issue.pointer.find('/', links.size()) == std::string::npos) {
        const std::size_t i = std::stoul(issue.pointer.substr(links.size()));
        if (i < data.links.size() &&
            (unknownKindIds.count(data.links[i].from.str()) || unknownKindIds.count(data.links[i].to.str())))
            return true;
    }
    return false;
}

} // namespace

ReadResult readMapJson(std::string_view bytes) {
    ReadResult result;
    std::size_t bom = 0;
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        bom = 3;
    }
    if (auto refusal = precheck(bytes)) {
        result.errors.push_back(std::move(*refusal));
        return result;
    }

    MapBuilder b;
    bool parsed = false;
    bool again = false;
    if (bytes.size() <= kCompactLimit) {
        const std::string compact = compacted(bytes);
        parsed = nlohmann::json::sax_parse(compact.data(), compact.data() + compact.size(), &b);
        again = !parsed && !b.tooDeep() && !b.stopped();
    } else {
        again = true; // a huge file: no second copy of it in memory
    }
    if (again) {
        b = MapBuilder(); // again on the original text, for offsets that are right
        parsed = nlohmann::json::sax_parse(bytes.data(), bytes.data() + bytes.size(), &b);
    }
    if (b.tooDeep()) {
        result.errors.push_back({"", "nesting deeper than " + std::to_string(kMaxDepth) + " levels at byte " +
                                         std::to_string(depthOffset(bytes) + bom) +
                                         ": not a Sightline map (real maps need fewer than 8)"});
        return result;
    }
    if (!parsed && !b.stopped()) {
        if (b.syntaxError())
            result.errors.push_back(syntaxIssue(bytes, bom, *b.syntaxError()));
        else
            result.errors.push_back({"", "not valid JSON"});
        return result;
    }
    if (!b.rootWasObject()) {
        result.errors = std::move(b.errors());
        return result;
    }
    if (const auto v = b.newerVersion()) {
        result.errors.push_back({"/version", "this file is format version " + std::to_string(*v) +
                                                 "; this Sightline reads versions 1 and 2. Open it with a "
                                                 "newer Sightline, or save it from there as version 2"});
        return result;
    }

    core::MapData& data = b.data();
    generateLinkIds(data, b.linkHasId());
    result.errors = std::move(b.errors());
    result.warnings = std::move(b.warnings());
    result.errorsTruncated = b.errorCount() > result.errors.size();

    if (result.errors.size() < core::kMaxReportedIssues) {
        std::unordered_set<std::string> unknownKindIds;
        for (std::size_t i : b.nodesOfUnknownKind())
            if (!data.nodes[i].id.empty())
                unknownKindIds.insert(data.nodes[i].id.str());
        const bool anyReaderError = !result.errors.empty();
        const std::size_t limit = core::kMaxReportedIssues * 10 + result.errors.size();
        std::vector<Issue> model = core::validate(data, limit);
        for (Issue& issue : model) {
            if (anyReaderError && isNoise(issue, b, data, unknownKindIds))
                continue;
            if (result.errors.size() >= core::kMaxReportedIssues) {
                result.errorsTruncated = true;
                break;
            }
            result.errors.push_back(std::move(issue));
        }
        if (model.size() >= limit)
            result.errorsTruncated = true;
    }
    for (Issue& w : core::warnings(data))
        if (result.warnings.size() < core::kMaxReportedIssues)
            result.warnings.push_back(std::move(w));
    if (b.warningCount() > core::kMaxReportedIssues)
        result.warnings.push_back(
            {"", std::to_string(b.warningCount() - core::kMaxReportedIssues) + " more warnings not shown"});

    if (result.errors.empty())
        result.map = std::move(data);
    return result;
}

ReadResult readMapJsonFile(const std::filesystem::path& path) {
    std::string error;
    const auto bytes = readFileBytes(path, error);
    if (!bytes) {
        ReadResult result;
        result.errors.push_back({"", error});
        return result;
    }
    return readMapJson(*bytes);
}

} // namespace sightline::io
