#include "xmlcheck.h"

#include "sightline/core/text.h"

#include <cctype>
#include <cstdint>
#include <stdexcept>

namespace xmlcheck {

const std::string* Element::attribute(std::string_view attributeName) const {
    for (const auto& [name, value] : attributes)
        if (name == attributeName)
            return &value;
    return nullptr;
}

std::vector<const Element*> Element::childrenNamed(std::string_view childName) const {
    std::vector<const Element*> found;
    for (const auto& c : children)
        if (c.name == childName)
            found.push_back(&c);
    return found;
}

namespace {

bool isXmlChar(std::uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class Parser {
public:
    explicit Parser(std::string_view doc) : s_(doc) {}

    Element document() {
        checkCharacters();
        if (s_.substr(0, 5) == "<?xml") {
            const auto end = s_.find("?>");
            if (end == std::string_view::npos)
                fail("unterminated XML declaration");
            i_ = end + 2;
        }
        skipSpace();
        Element root = element();
        skipSpace();
        if (i_ != s_.size())
            fail("content after the root element");
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("not well-formed XML at byte " + std::to_string(i_) + ": " + what);
    }

    void checkCharacters() {
        if (!sightline::core::text::isValidUtf8(s_))
            fail("invalid UTF-8");
        for (std::size_t k = 0; k < s_.size(); ++k) {
            const auto c = static_cast<unsigned char>(s_[k]);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                i_ = k;
                fail("control character");
            }
            if (c == 0xEF && k + 2 < s_.size() && static_cast<unsigned char>(s_[k + 1]) == 0xBF &&
                static_cast<unsigned char>(s_[k + 2]) >= 0xBE) {
                i_ = k;
                fail("U+FFFE or U+FFFF");
            }
        }
    }

    bool at(std::string_view what) const { return s_.substr(i_, what.size()) == what; }
    void expect(std::string_view what) {
        if (!at(what))
            fail("expected '" + std::string(what) + "'");
        i_ += what.size();
    }
    void skipSpace() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
            ++i_;
    }

    std::string name() {
        const std::size_t start = i_;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' ||
                                  s_[i_] == ':' || s_[i_] == '.' || s_[i_] == '-'))
            ++i_;
        if (i_ == start || std::isdigit(static_cast<unsigned char>(s_[start])))
            fail("expected a name");
        return std::string(s_.substr(start, i_ - start));
    }

    // Character data or an attribute value up to (not including) a stop character.
    std::string decoded(char stop) {
        std::string out;
        while (i_ < s_.size() && s_[i_] != stop) {
            const char c = s_[i_];
            if (c == '<')
                fail("raw '<'");
            if (c == ']' && at("]]>"))
                fail("raw ']]>'");
            if (c != '&') {
                out += c;
                ++i_;
                continue;
            }
            const auto end = s_.find(';', i_);
            if (end == std::string_view::npos || end - i_ > 10)
                fail("raw '&'");
            const std::string_view ref = s_.substr(i_ + 1, end - i_ - 1);
            if (ref == "amp")
                out += '&';
            else if (ref == "lt")
                out += '<';
            else if (ref == "gt")
                out += '>';
            else if (ref == "quot")
                out += '"';
            else if (ref == "apos")
                out += '\'';
            else if (ref.size() > 1 && ref[0] == '#') {
                const bool hex = ref[1] == 'x';
                const std::string digits(ref.substr(hex ? 2 : 1));
                if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF"
                                                                   : "0123456789") != std::string::npos)
                    fail("bad character reference");
                const auto cp = static_cast<std::uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10));
                if (!isXmlChar(cp))
                    fail("character reference to a character XML cannot hold");
                appendUtf8(out, cp);
            } else {
                fail("unknown entity &" + std::string(ref) + ";");
            }
            i_ = end + 1;
        }
        return out;
    }

    Element element() {
        expect("<");
        Element e;
        e.name = name();
        for (;;) {
            const std::size_t before = i_;
            skipSpace();
            if (at("/>")) {
                i_ += 2;
                return e;
            }
            if (at(">")) {
                ++i_;
                break;
            }
            if (i_ == before)
                fail("expected white space before an attribute");
            std::string attr = name();
            if (e.attribute(attr))
                fail("duplicate attribute " + attr);
            expect("=");
            if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\''))
                fail("unquoted attribute value");
            const char quote = s_[i_++];
            std::string value = decoded(quote);
            expect(std::string_view(&quote, 1));
            e.attributes.emplace_back(std::move(attr), std::move(value));
        }
        for (;;) {
            if (i_ >= s_.size())
                fail("unterminated element <" + e.name + ">");
            if (at("</")) {
                i_ += 2;
                if (name() != e.name)
                    fail("mismatched end tag for <" + e.name + ">");
                skipSpace();
                expect(">");
                return e;
            }
            if (at("<!--")) {
                const auto end = s_.find("-->", i_ + 4);
                if (end == std::string_view::npos)
                    fail("unterminated comment");
                i_ = end + 3;
            } else if (at("<")) {
                e.children.push_back(element());
            } else {
                e.text += decoded('<');
            }
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

} // namespace

Element parse(std::string_view document) {
    return Parser(document).document();
}

} // namespace xmlcheck
