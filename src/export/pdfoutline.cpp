#include "sightline/export/pdfoutline.h"

#include <QFile>
#include <QString>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace sightline::exporting {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

std::optional<long long> readNumber(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && isSpace(s[pos]))
        ++pos;
    long long value = 0;
    const auto [end, ec] = std::from_chars(s.data() + pos, s.data() + s.size(), value);
    if (ec != std::errc())
        return std::nullopt;
    pos = static_cast<std::size_t>(end - s.data());
    return value;
}

// The number after `key` in `dict` ("/Size 23"), or of a reference ("/Root 2 0 R").
std::optional<long long> numberAfter(std::string_view dict, std::string_view key) {
    std::size_t pos = 0;
    while ((pos = dict.find(key, pos)) != std::string_view::npos) {
        const std::size_t after = pos + key.size();
        // Match whole names only: "/Root" must not match "/RootX".
        if (after < dict.size() && !isSpace(dict[after]) && dict[after] != '/' && dict[after] != '[' &&
            dict[after] != '<') {
            pos = after;
            continue;
        }
        std::size_t p = after;
        return readNumber(dict, p);
    }
    return std::nullopt;
}

struct Xref {
    std::map<long long, long long> offsets; // object number -> byte offset
    std::string trailer;
};

bool readXref(std::string_view pdf, long long at, Xref& xref, std::string& error) {
    if (at < 0 || static_cast<std::size_t>(at) >= pdf.size() ||
        pdf.substr(static_cast<std::size_t>(at), 4) != "xref") {
        error = "no cross-reference table where the PDF says it is (a cross-reference stream?)";
        return false;
    }
    std::size_t pos = static_cast<std::size_t>(at) + 4;
    for (;;) {
        while (pos < pdf.size() && isSpace(pdf[pos]))
            ++pos;
        if (pdf.substr(pos, 7) == "trailer")
            break;
        const auto first = readNumber(pdf, pos);
        const auto count = readNumber(pdf, pos);
        if (!first || !count || *count < 0) {
            error = "a cross-reference table that cannot be read";
            return false;
        }
        for (long long i = 0; i < *count; ++i) {
            const auto offset = readNumber(pdf, pos);
            const auto gen = readNumber(pdf, pos);
            while (pos < pdf.size() && isSpace(pdf[pos]))
                ++pos;
            if (!offset || !gen || pos >= pdf.size()) {
                error = "a cross-reference entry that cannot be read";
                return false;
            }
            if (pdf[pos] == 'n')
                xref.offsets.emplace(*first + i, *offset); // the newest section comes first
            ++pos;
        }
    }
    const std::size_t open = pdf.find("<<", pos);
    const std::size_t close = pdf.find(">>", open == std::string_view::npos ? pos : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
        error = "a trailer that cannot be read";
        return false;
    }
    xref.trailer = std::string(pdf.substr(open + 2, close - open - 2));
    return true;
}

// The text between "N 0 obj" and "endobj".
std::optional<std::string_view> objectBody(std::string_view pdf, const Xref& xref, long long number) {
    const auto it = xref.offsets.find(number);
    if (it == xref.offsets.end() || it->second < 0 || static_cast<std::size_t>(it->second) >= pdf.size())
        return std::nullopt;
    const std::size_t start = static_cast<std::size_t>(it->second);
    const std::size_t obj = pdf.find("obj", start);
    const std::size_t end = pdf.find("endobj", start);
    if (obj == std::string_view::npos || end == std::string_view::npos || obj > end)
        return std::nullopt;
    return pdf.substr(obj + 3, end - obj - 3);
}

// A dictionary's content without its outer << >>.
std::optional<std::string> innerDict(std::string_view body) {
    const std::size_t open = body.find("<<");
    const std::size_t close = body.rfind(">>");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return std::nullopt;
    return std::string(body.substr(open + 2, close - open - 2));
}

// Removes "/Key value" where value is a name or a reference or a number (enough for the
// catalog entries we replace).
void removeEntry(std::string& dict, std::string_view key) {
    const std::size_t pos = dict.find(key);
    if (pos == std::string::npos)
        return;
    std::size_t end = pos + key.size();
    while (end < dict.size() && isSpace(dict[end]))
        ++end;
    if (end < dict.size() && dict[end] == '/') { // a name value
        ++end;
        while (end < dict.size() && !isSpace(dict[end]) && dict[end] != '/' && dict[end] != '>')
            ++end;
    } else { // "N 0 R" or a number
        std::size_t p = end;
        if (readNumber(dict, p)) {
            end = p;
            std::size_t q = p;
            if (readNumber(dict, q)) {
                while (q < dict.size() && isSpace(dict[q]))
                    ++q;
                if (q < dict.size() && dict[q] == 'R')
                    end = q + 1;
            }
        }
    }
    dict.erase(pos, end - pos);
}

std::vector<long long> pageObjects(std::string_view pdf, const Xref& xref, long long pagesObject,
                                   int depth = 0) {
    std::vector<long long> pages;
    const auto body = objectBody(pdf, xref, pagesObject);
    if (!body || depth > 32)
        return pages;
    const std::size_t kids = body->find("/Kids");
    if (kids == std::string_view::npos)
        return pages;
    const std::size_t open = body->find('[', kids);
    const std::size_t close = body->find(']', kids);
    if (open == std::string_view::npos || close == std::string_view::npos)
        return pages;
    const std::string_view list = body->substr(open + 1, close - open - 1);
    std::size_t pos = 0;
    while (true) {
        const auto number = readNumber(list, pos);
        const auto gen = readNumber(list, pos);
        if (!number || !gen)
            break;
        while (pos < list.size() && isSpace(list[pos]))
            ++pos;
        if (pos < list.size() && list[pos] == 'R')
            ++pos;
        const auto kid = objectBody(pdf, xref, *number);
        if (kid && kid->find("/Type /Pages") != std::string_view::npos) {
            auto sub = pageObjects(pdf, xref, *number, depth + 1);
            pages.insert(pages.end(), sub.begin(), sub.end());
        } else {
            pages.push_back(*number);
        }
    }
    return pages;
}

// A PDF text string in UTF-16BE with a byte order mark, as hex.
std::string pdfTextString(const std::string& utf8) {
    const QString s = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    std::string out = "<FEFF";
    char buf[8];
    for (const QChar c : s) {
        std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c.unicode()));
        out += buf;
    }
    out += '>';
    return out;
}

} // namespace

// The incremental update that adds the outline to the PDF `pdf`, as it stands.
static bool outlineUpdate(std::string_view pdf, const std::vector<OutlineEntry>& entries, std::string& update,
                          std::string& error) {
    const std::size_t sx = pdf.rfind("startxref");
    if (sx == std::string_view::npos) {
        error = "not a PDF with a cross-reference table (no startxref)";
        return false;
    }
    std::size_t pos = sx + 9;
    const auto xrefAt = readNumber(pdf, pos);
    Xref xref;
    if (!xrefAt || !readXref(pdf, *xrefAt, xref, error))
        return false;
    // Earlier updates: follow /Prev (the newest entry of an object wins, see readXref).
    const std::string trailer = xref.trailer;
    std::optional<long long> prevAt = numberAfter(trailer, "/Prev");
    for (int hops = 0; prevAt && hops < 64; ++hops) {
        Xref older;
        if (!readXref(pdf, *prevAt, older, error))
            return false;
        for (const auto& [number, offset] : older.offsets)
            xref.offsets.emplace(number, offset);
        prevAt = numberAfter(older.trailer, "/Prev");
    }
    xref.trailer = trailer;
    const auto size = numberAfter(xref.trailer, "/Size");
    const auto root = numberAfter(xref.trailer, "/Root");
    const auto info = numberAfter(xref.trailer, "/Info");
    if (!size || !root) {
        error = "a trailer without /Size or /Root";
        return false;
    }
    const auto catalogBody = objectBody(pdf, xref, *root);
    std::optional<std::string> catalog = catalogBody ? innerDict(*catalogBody) : std::nullopt;
    const auto pagesRef = catalog ? numberAfter(*catalog, "/Pages") : std::nullopt;
    if (!catalog || !pagesRef) {
        error = "a catalog that cannot be read";
        return false;
    }
    const std::vector<long long> pages = pageObjects(pdf, xref, *pagesRef);
    if (pages.empty()) {
        error = "a PDF without pages";
        return false;
    }
    for (const OutlineEntry& e : entries)
        if (e.page < 0 || static_cast<std::size_t>(e.page) >= pages.size()) {
            error = "a bookmark to page " + std::to_string(e.page + 1) + " of a PDF with " +
                    std::to_string(pages.size()) + " pages";
            return false;
        }

    // The tree: level 0 entries under the outline root, level 1 entries under the level 0
    // entry before them (or under the root when there is none).
    const long long outlineRoot = *size;
    const std::size_t n = entries.size();
    std::vector<long long> parent(n, outlineRoot);
    std::vector<long long> prev(n, 0), next(n, 0), first(n, 0), last(n, 0);
    std::vector<int> count(n, 0);
    long long rootFirst = 0, rootLast = 0;
    long long lastTop = 0;
    std::size_t lastTopIndex = 0;
    std::map<long long, long long> lastChildOf; // parent object -> last child object
    auto object = [&](std::size_t i) { return outlineRoot + 1 + static_cast<long long>(i); };
    for (std::size_t i = 0; i < n; ++i) {
        const bool child = entries[i].level > 0 && lastTop != 0;
        const long long p = child ? lastTop : outlineRoot;
        parent[i] = p;
        auto it = lastChildOf.find(p);
        if (it != lastChildOf.end()) {
            const long long before = it->second;
            prev[i] = before;
            next[static_cast<std::size_t>(before - outlineRoot - 1)] = object(i);
        }
        lastChildOf[p] = object(i);
        if (child) {
            if (first[lastTopIndex] == 0)
                first[lastTopIndex] = object(i);
            last[lastTopIndex] = object(i);
            ++count[lastTopIndex];
        } else {
            if (rootFirst == 0)
                rootFirst = object(i);
            rootLast = object(i);
            lastTop = object(i);
            lastTopIndex = i;
        }
    }

    removeEntry(*catalog, "/Outlines");
    removeEntry(*catalog, "/PageMode");

    update.clear();
    if (!pdf.empty() && pdf.back() != '\n')
        update += '\n';
    std::map<long long, std::size_t> offsets;
    auto begin = [&](long long number) {
        offsets[number] = pdf.size() + update.size();
        update += std::to_string(number) + " 0 obj\n";
    };
    auto ref = [](long long number) { return std::to_string(number) + " 0 R"; };

    begin(*root);
    update += "<<" + *catalog + " /Outlines " + ref(outlineRoot) + " /PageMode /UseOutlines >>\nendobj\n";
    begin(outlineRoot);
    update += "<< /Type /Outlines";
    if (n > 0)
        update += " /First " + ref(rootFirst) + " /Last " + ref(rootLast) + " /Count " + std::to_string(n);
    update += " >>\nendobj\n";
    for (std::size_t i = 0; i < n; ++i) {
        begin(object(i));
        update += "<< /Title " + pdfTextString(entries[i].title) + " /Parent " + ref(parent[i]);
        if (prev[i])
            update += " /Prev " + ref(prev[i]);
        if (next[i])
            update += " /Next " + ref(next[i]);
        if (first[i])
            update +=
                " /First " + ref(first[i]) + " /Last " + ref(last[i]) + " /Count " + std::to_string(count[i]);
        update += " /Dest [" + ref(pages[static_cast<std::size_t>(entries[i].page)]) + " /Fit] >>\nendobj\n";
    }

    const std::size_t xrefOffset = pdf.size() + update.size();
    update += "xref\n";
    char line[32];
    // Consecutive object numbers share a subsection.
    for (auto it = offsets.begin(); it != offsets.end();) {
        auto end = it;
        long long expected = it->first;
        while (end != offsets.end() && end->first == expected) {
            ++end;
            ++expected;
        }
        update += std::to_string(it->first) + " " + std::to_string(expected - it->first) + "\n";
        for (; it != end; ++it) {
            std::snprintf(line, sizeof line, "%010zu 00000 n \n", it->second);
            update += line;
        }
    }
    update += "trailer\n<< /Size " + std::to_string(outlineRoot + 1 + static_cast<long long>(n)) + " /Root " +
              ref(*root);
    if (info)
        update += " /Info " + ref(*info);
    update +=
        " /Prev " + std::to_string(*xrefAt) + " >>\nstartxref\n" + std::to_string(xrefOffset) + "\n%%EOF\n";
    return true;
}

bool appendPdfOutline(std::string& bytes, const std::vector<OutlineEntry>& entries, std::string& error) {
    std::string update;
    if (!outlineUpdate(bytes, entries, update, error))
        return false;
    bytes += update;
    return true;
}

bool addPdfOutline(const std::filesystem::path& pdf, const std::vector<OutlineEntry>& entries,
                   std::string& error) {
    // The file is mapped, not read: a board pack of a big map runs to hundreds of megabytes.
    QFile file(QString::fromStdString(pdf.string()));
    if (!file.open(QIODevice::ReadOnly)) {
        error = pdf.string() + ": cannot be read";
        return false;
    }
    const qint64 size = file.size();
    uchar* mapped = size > 0 ? file.map(0, size) : nullptr;
    if (!mapped) {
        error = pdf.string() + ": cannot be read";
        return false;
    }
    std::string update;
    const bool ok =
        outlineUpdate(std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(size)),
                      entries, update, error);
    file.unmap(mapped);
    file.close();
    if (!ok) {
        error = pdf.string() + ": " + error;
        return false;
    }
    std::ofstream out(pdf, std::ios::binary | std::ios::app);
    out.write(update.data(), static_cast<std::streamsize>(update.size()));
    out.flush();
    if (!out) {
        error = pdf.string() + ": the bookmarks could not be written";
        return false;
    }
    return true;
}

} // namespace sightline::exporting
