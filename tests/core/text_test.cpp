#include "sightline/core/text.h"

#include <catch2/catch.hpp>
#include <string>

namespace text = sightline::core::text;
using namespace std::string_literals;

TEST_CASE("trim removes ASCII white space at both ends only", "[text]") {
    CHECK(text::trim("") == "");
    CHECK(text::trim("   ") == "");
    CHECK(text::trim("abc") == "abc");
    CHECK(text::trim("  abc  ") == "abc");
    CHECK(text::trim("\t\n\r\f\vabc\t\n\r\f\v") == "abc");
    CHECK(text::trim(" a b  c ") == "a b  c");
    CHECK(text::trim("a\tb") == "a\tb");
}

TEST_CASE("trim removes the Unicode spaces it names", "[text]") {
    const std::string nbsp = "\xC2\xA0";            // U+00A0
    const std::string ideographic = "\xE3\x80\x80"; // U+3000
    const std::string enQuad = "\xE2\x80\x80";      // U+2000
    const std::string hairSpace = "\xE2\x80\x8A";   // U+200A
    const std::string thinSpace = "\xE2\x80\x89";   // U+2009
    CHECK(text::trim(nbsp + "x" + nbsp) == "x");
    CHECK(text::trim(ideographic + "x" + ideographic) == "x");
    CHECK(text::trim(enQuad + hairSpace + "x" + thinSpace + enQuad) == "x");
    CHECK(text::trim(nbsp + " " + ideographic + "\t" + hairSpace) == "");
    CHECK(text::trim(" " + nbsp + "Größe" + nbsp + " ") == "Größe");
    // Inner spaces stay.
    CHECK(text::trim("a" + nbsp + "b") == "a" + nbsp + "b");
}

TEST_CASE("trim keeps characters that only look like spaces or end in space-like bytes", "[text]") {
    const std::string zeroWidth = "\xE2\x80\x8B"; // U+200B ZERO WIDTH SPACE is not white space
    CHECK(text::trim(zeroWidth + "x" + zeroWidth) == zeroWidth + "x" + zeroWidth);
    const std::string enDash = "\xE2\x80\x93"; // U+2013, same lead bytes as the U+2000 spaces
    CHECK(text::trim(enDash + "x" + enDash) == enDash + "x" + enDash);
    const std::string aWithGrave = "\xC3\xA0"; // U+00E0 ends in A0 like NBSP
    CHECK(text::trim("x" + aWithGrave) == "x" + aWithGrave);
    CHECK(text::trim(aWithGrave + " ") == aWithGrave);
    const std::string cjk = "\xE3\x81\x80"; // U+3040 shares two bytes with U+3000
    CHECK(text::trim(cjk) == cjk);
    const std::string euro = "\xE2\x82\xAC"; // U+20AC
    CHECK(text::trim(" " + euro + " ") == euro);
}

TEST_CASE("trim does not treat broken UTF-8 as a space", "[text]") {
    // E2 80 followed by an ASCII letter is not U+2000..U+200A.
    const std::string broken = "\xE2\x80"s + "A";
    CHECK(text::trim(broken) == broken);
    CHECK(text::trim("x\xC2") == "x\xC2");
    CHECK(text::trim("\xE2\x80") == "\xE2\x80");
}

TEST_CASE("trimmed is trim without a copy", "[text]") {
    const std::string s = "\xC2\xA0 abc \t";
    const std::string_view v = text::trimmed(s);
    CHECK(v == "abc");
    CHECK(v.data() == s.data() + 3); // a view into s
    CHECK(text::trimmed("").empty());
    CHECK(text::trimmed(" \xE3\x80\x80 ").empty());
    for (const char* t : {"", " x ", "x", "\xE2\x80\x8Ax\xE2\x80\x8A", "\t\n"})
        CHECK(text::trimmed(t) == text::trim(t));
}

TEST_CASE("codePoints counts Unicode code points", "[text]") {
    CHECK(text::codePoints("") == 0);
    CHECK(text::codePoints("abc") == 3);
    CHECK(text::codePoints("Größe") == 5);
    CHECK(text::codePoints("\xE2\x82\xAC") == 1);     // euro sign
    CHECK(text::codePoints("\xF0\x9F\x98\x80") == 1); // emoji
    CHECK(text::codePoints("a\xF0\x9F\x98\x80z") == 3);
    CHECK(text::codePoints("\xE6\x97\xA5\xE6\x9C\xAC") == 2); // two CJK characters
    CHECK(text::codePoints(std::string(500, 'x')) == 500);
}

TEST_CASE("isValidUtf8 accepts well-formed text", "[text]") {
    CHECK(text::isValidUtf8(""));
    CHECK(text::isValidUtf8("plain ASCII"));
    CHECK(text::isValidUtf8("Größe \xE2\x82\xAC \xF0\x9F\x98\x80"));
    CHECK(text::isValidUtf8("\xC2\x80"));                  // U+0080, smallest two-byte
    CHECK(text::isValidUtf8("\xDF\xBF"));                  // U+07FF
    CHECK(text::isValidUtf8("\xE0\xA0\x80"));              // U+0800, smallest three-byte
    CHECK(text::isValidUtf8("\xED\x9F\xBF"));              // U+D7FF, just below the surrogates
    CHECK(text::isValidUtf8("\xEE\x80\x80"));              // U+E000, just above
    CHECK(text::isValidUtf8("\xEF\xBF\xBF"));              // U+FFFF
    CHECK(text::isValidUtf8("\xF0\x90\x80\x80"));          // U+10000
    CHECK(text::isValidUtf8("\xF4\x8F\xBF\xBF"));          // U+10FFFF
    CHECK(text::isValidUtf8(std::string_view("a\0b", 3))); // NUL is a valid code point
}

TEST_CASE("isValidUtf8 rejects overlongs, surrogates, truncation and too-large code points", "[text]") {
    for (const std::string& s : {
             "\xC0\x80"s,                 // overlong NUL
             "\xC1\xBF"s,                 // overlong U+007F
             "\xE0\x80\x80"s,             // overlong three-byte
             "\xE0\x9F\xBF"s,             // overlong U+07FF
             "\xF0\x80\x80\x80"s,         // overlong four-byte
             "\xF0\x8F\xBF\xBF"s,         // overlong U+FFFF
             "\xED\xA0\x80"s,             // U+D800
             "\xED\xBF\xBF"s,             // U+DFFF
             "\xED\xA0\x80\xED\xB0\x80"s, // a CESU-8 surrogate pair
             "\xF4\x90\x80\x80"s,         // U+110000
             "\xF5\x80\x80\x80"s,         // lead byte above F4
             "\xFF"s,
             "\xFE"s,
             "\xF8\x88\x80\x80\x80"s,
             "\x80"s, // lone continuation byte
             "a\xBFz"s,
             "\xC2"s,         // truncated two-byte
             "\xE2\x82"s,     // truncated three-byte
             "\xF0\x9F\x98"s, // truncated four-byte
             "abc\xF0\x9F"s,
             "\xC2z"s, // lead byte followed by a non-continuation
             "\xE2\x82z"s,
             "\xF0\x9F\x98z"s,
         }) {
        INFO(text::quoted(s));
        CHECK_FALSE(text::isValidUtf8(s));
    }
}

TEST_CASE("isValidId allows 1 to 64 characters of letters, digits and _ . : -", "[text]") {
    CHECK(text::isValidId("a"));
    CHECK(text::isValidId("Node_1.2:x-y"));
    CHECK(text::isValidId(std::string(64, 'z')));
    CHECK_FALSE(text::isValidId(std::string(65, 'z')));
    CHECK_FALSE(text::isValidId(""));
    for (const char* bad : {"a b", "a/b", "a~b", "é", "a#", "a\n", "a,b", "\"a\"", "a+b", "(a)"}) {
        INFO(bad);
        CHECK_FALSE(text::isValidId(bad));
    }
    CHECK_FALSE(text::isValidId(std::string_view("a\0", 2)));
}

TEST_CASE("isValidColour wants #rrggbb", "[text]") {
    CHECK(text::isValidColour("#000000"));
    CHECK(text::isValidColour("#a1B2c3"));
    CHECK(text::isValidColour("#FFFFFF"));
    for (const char* bad :
         {"", "#", "#fff", "000000", "#0000000", "#00000g", "#-12345", " #000000", "#00 000"}) {
        INFO(bad);
        CHECK_FALSE(text::isValidColour(bad));
    }
}

TEST_CASE("pointerToken escapes ~ and / as RFC 6901 says", "[text]") {
    CHECK(text::pointerToken("") == "");
    CHECK(text::pointerToken("abc") == "abc");
    CHECK(text::pointerToken("a/b") == "a~1b");
    CHECK(text::pointerToken("a~b") == "a~0b");
    CHECK(text::pointerToken("~/") == "~0~1");
    CHECK(text::pointerToken("~1") == "~01"); // not confused with an escaped slash
    CHECK(text::pointerToken("//") == "~1~1");
}

TEST_CASE("quoted puts text in quotes with escapes and shortens long text", "[text]") {
    CHECK(text::quoted("") == "\"\"");
    CHECK(text::quoted("r99") == "\"r99\"");
    CHECK(text::quoted("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(text::quoted("a\\b") == "\"a\\\\b\"");
    CHECK(text::quoted("a\nb\tc") == "\"a\\u000ab\\u0009c\"");
    CHECK(text::quoted("\x7f") == "\"\\u007f\"");
    CHECK(text::quoted("Größe") == "\"Größe\"");

    const std::string eighty(80, 'x');
    CHECK(text::quoted(eighty) == "\"" + eighty + "\"");
    CHECK(text::quoted(eighty + "y") == "\"" + eighty + "...\"");
    CHECK(text::quoted(std::string(10000, 'x')).size() == 80 + 5);
    // Shortening counts code points and never cuts a character in half.
    std::string euros;
    for (int i = 0; i < 100; ++i)
        euros += "\xE2\x82\xAC";
    const std::string q = text::quoted(euros);
    CHECK(text::isValidUtf8(q));
    CHECK(text::codePoints(q) == 80 + 5);
}

TEST_CASE("quoted writes bytes that are not UTF-8 as \\xNN, so messages stay valid UTF-8", "[text]") {
    CHECK(text::quoted("a\xFFz") == "\"a\\xffz\"");
    CHECK(text::quoted("\xC3") == "\"\\xc3\"");                   // truncated
    CHECK(text::quoted("\xC3(") == "\"\\xc3(\"");                 // lead byte without its continuation
    CHECK(text::quoted("\xED\xA0\x80") == "\"\\xed\\xa0\\x80\""); // a surrogate
    CHECK(text::quoted("\xC0\xAF") == "\"\\xc0\\xaf\"");          // overlong
    CHECK(text::quoted("\xC3\xA9\x80") == "\"\xC3\xA9\\x80\"");   // valid, then a stray continuation
    for (const std::string& bad :
         {"\xF0\x9F\x98"s, "\x80\x80\x80"s, "x\xF4\x90\x80\x80"s, std::string(200, '\xFF')}) {
        const std::string q = text::quoted(bad);
        INFO(q);
        CHECK(text::isValidUtf8(q));
    }
    CHECK(text::quoted(std::string(200, '\xFF')) == "\"" + [] {
        std::string s;
        for (int i = 0; i < 80; ++i)
            s += "\\xff";
        return s;
    }() + "...\"");
}
