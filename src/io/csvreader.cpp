// RFC 4180 CSV reading for imports (see csvreader.h).
#include "sightline/io/csvreader.h"

#include "sightline/core/text.h"

namespace sightline::io {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isBreak(char c) {
    return c == '\n' || c == '\r';
}

// Skips one line break at text[i] (CRLF counts as one); returns the index after it.
std::size_t skipBreak(std::string_view text, std::size_t i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
        return i + 2;
    return i + 1;
}

// The separator: ';' when the first non-blank record (the header) holds one outside quotes.
char detectSeparator(std::string_view text) {
    bool quoted = false;
    bool started = false; // the header has begun (leading blank lines do not count)
    for (char c : text) {
        if (quoted) {
            quoted = c != '"'; // a doubled quote closes and re-opens: the same for this scan
        } else if (c == '"') {
            quoted = started = true;
        } else if (c == ';') {
            return ';';
        } else if (isBreak(c)) {
            if (started)
                return ',';
        } else if (c != ' ' && c != '\t') {
            started = true;
        }
    }
    return ',';
}

// The first line that is not UTF-8, or 0 when the text is.
std::size_t firstBadLine(std::string_view text) {
    if (core::text::isValidUtf8(text))
        return 0;
    std::size_t line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isBreak(text[i])) {
            if (!core::text::isValidUtf8(text.substr(start, i - start)))
                return line;
            if (i == text.size())
                break;
            const std::size_t next = skipBreak(text, i);
            i = next - 1;
            start = next;
            ++line;
        }
    }
    return line;
}

class Parser {
public:
    Parser(std::string_view text, CsvTable& out) : text_(text), out_(out) {}

    void run() {
        while (pos_ < text_.size())
            record();
    }

private:
    void record() {
        CsvRecord r;
        r.line = line_;
        bool anyQuoted = false;
        bool bad = false;
        while (true) {
            std::string field;
            bool quoted = false;
            if (!this->field(field, quoted, bad))
                return; // unclosed quote: reported, the rest of the text is gone
            anyQuoted = anyQuoted || quoted;
            r.fields.push_back(std::move(field));
            if (pos_ >= text_.size())
                break;
            const char c = text_[pos_];
            if (c == out_.separator) {
                ++pos_;
                continue;
            }
            // A line break ends the record.
            pos_ = skipBreak(text_, pos_);
            ++line_;
            break;
        }
        const bool blank =
            !anyQuoted && r.fields.size() == 1 && core::text::trimmed(r.fields.front()).empty();
        if (!blank && !bad)
            out_.records.push_back(std::move(r));
    }

    // Reads one field up to (not past) a separator, a line break or the end. False when a quoted
    // field is never closed.
    bool field(std::string& out, bool& quoted, bool& bad) {
        // Spaces before an opening quote are allowed (and dropped).
        std::size_t look = pos_;
        while (look < text_.size() && text_[look] == ' ')
            ++look;
        if (look < text_.size() && text_[look] == '"') {
            quoted = true;
            const std::size_t openedOn = line_;
            pos_ = look + 1;
            while (true) {
                if (pos_ >= text_.size()) {
                    out_.errors.push_back(
                        {openedOn, "a quoted field opens on this line and is never closed"});
                    return false;
                }
                const char c = text_[pos_];
                if (c == '"') {
                    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                        out.push_back('"');
                        pos_ += 2;
                        continue;
                    }
                    ++pos_;
                    break;
                }
                if (isBreak(c)) {
                    const std::size_t next = skipBreak(text_, pos_);
                    out.append(text_.substr(pos_, next - pos_));
                    pos_ = next;
                    ++line_;
                    continue;
                }
                out.push_back(c);
                ++pos_;
            }
            // After the closing quote: only spaces, then a separator, a line break or the end.
            while (pos_ < text_.size() && text_[pos_] == ' ')
                ++pos_;
            if (pos_ < text_.size() && text_[pos_] != out_.separator && !isBreak(text_[pos_])) {
                if (!bad)
                    out_.errors.push_back({line_, "text after the closing quote of a field; a field with "
                                                  "quotes must be quoted whole (write \"\" for a quote)"});
                bad = true;
                while (pos_ < text_.size() && text_[pos_] != out_.separator && !isBreak(text_[pos_]))
                    ++pos_;
            }
            return true;
        }
        // Unquoted: up to the separator or line break (a quote inside is kept as it is).
        while (pos_ < text_.size() && text_[pos_] != out_.separator && !isBreak(text_[pos_]))
            out.push_back(text_[pos_++]);
        return true;
    }

    std::string_view text_;
    CsvTable& out_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

} // namespace

CsvTable readCsv(std::string_view text) {
    CsvTable table;
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        table.errors.push_back({1, "the file is UTF-16 text; save it as CSV UTF-8"});
        return table;
    }
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());
    if (const std::size_t bad = firstBadLine(text)) {
        table.errors.push_back({bad, "not UTF-8 text; save the file as CSV UTF-8"});
        return table;
    }
    table.separator = detectSeparator(text);
    Parser(text, table).run();
    return table;
}

} // namespace sightline::io
