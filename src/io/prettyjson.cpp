#include "prettyjson.h"

#include "utf8.h"

#include <charconv>
#include <cmath>

namespace sightline::io {

void PrettyJson::newline() {
    out_ += '\n';
    out_.append(hasItems_.size() * 2, ' ');
}

void PrettyJson::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!hasItems_.empty()) {
        if (hasItems_.back())
            out_ += ',';
        hasItems_.back() = true;
        newline();
    }
}

void PrettyJson::beginObject() {
    beforeValue();
    out_ += '{';
    hasItems_.push_back(false);
}

void PrettyJson::close(char bracket) {
    const bool items = hasItems_.back();
    hasItems_.pop_back();
    if (items)
        newline();
    out_ += bracket;
}

void PrettyJson::endObject() {
    close('}');
}

void PrettyJson::beginArray() {
    beforeValue();
    out_ += '[';
    hasItems_.push_back(false);
}

void PrettyJson::endArray() {
    close(']');
}

void PrettyJson::key(std::string_view k) {
    beforeValue();
    quoted(k);
    out_ += ": ";
    afterKey_ = true;
}

void PrettyJson::string(std::string_view s) {
    beforeValue();
    quoted(s);
}

void PrettyJson::number(double d) {
    beforeValue();
    out_ += formatNumber(d);
}

void PrettyJson::integer(std::int64_t i) {
    beforeValue();
    out_ += std::to_string(i);
}

void PrettyJson::boolean(bool b) {
    beforeValue();
    out_ += b ? "true" : "false";
}

void PrettyJson::null() {
    beforeValue();
    out_ += "null";
}

std::string PrettyJson::formatNumber(double d) {
    if (d == 0.0 || !std::isfinite(d))
        return "0"; // -0 reads back as 0; non-finite numbers cannot be written (the reader refuses them)
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, r.ptr);
}

void PrettyJson::quoted(std::string_view raw) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string storage;
    const std::string_view s = utf8::repaired(raw, storage);
    out_ += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out_ += "\\\"";
            break;
        case '\\':
            out_ += "\\\\";
            break;
        case '\n':
            out_ += "\\n";
            break;
        case '\r':
            out_ += "\\r";
            break;
        case '\t':
            out_ += "\\t";
            break;
        case '\b':
            out_ += "\\b";
            break;
        case '\f':
            out_ += "\\f";
            break;
        default:
            if (c < 0x20) {
                out_ += "\\u00";
                out_ += hex[c >> 4];
                out_ += hex[c & 0xF];
            } else {
                out_ += ch;
            }
        }
    }
    out_ += '"';
}

std::string PrettyJson::take() {
    return std::move(out_);
}

} // namespace sightline::io
