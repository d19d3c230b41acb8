// Hostile input: the reader refuses it clearly, without a crash, a hang or unbounded memory.

#include "testmaps.h"

#include <catch2/catch.hpp>

using sightline::io::readMapJson;
using testmaps::hasIssue;
using testmaps::map;

namespace {

void requireOneWholeFileError(const std::string& text, const std::string& part) {
    const auto r = readMapJson(text);
    INFO(testmaps::dump(r.errors));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer.empty());
    CHECK(r.errors[0].message.find(part) != std::string::npos);
}

} // namespace

TEST_CASE("200,000 nested arrays or objects are refused without building them", "[io][hostile]") {
    requireOneWholeFileError(std::string(200000, '['), "nesting deeper than 64 levels at byte 64");
    requireOneWholeFileError(std::string(200000, '[') + std::string(200000, ']'), "nesting deeper than 64");
    std::string objects;
    for (int i = 0; i < 200000; ++i)
        objects += "{\"a\":";
    requireOneWholeFileError(objects, "nesting deeper than 64");
    // Deep nesting under an unknown key of a real map.
    requireOneWholeFileError(map(testmaps::nodesJson(), "[]", ", \"x\": " + std::string(100000, '[')),
                             "nesting deeper than 64");
}

TEST_CASE("64 levels are allowed, 65 are not", "[io][hostile]") {
    // The map object is level 1, so an unknown key can hold 63 more levels.
    const std::string ok =
        map(testmaps::nodesJson(), "[]", ", \"x\": " + std::string(63, '[') + std::string(63, ']'));
    const auto r = readMapJson(ok);
    INFO(testmaps::dump(r.errors));
    CHECK(r.ok());
    CHECK(hasIssue(r.warnings, "/x"));
    requireOneWholeFileError(
        map(testmaps::nodesJson(), "[]", ", \"x\": " + std::string(64, '[') + std::string(64, ']')),
        "nesting deeper than 64");
}

TEST_CASE("text that is not UTF-8 is refused with its byte offset", "[io][hostile]") {
    // Latin-1 "é" in a title.
    requireOneWholeFileError(
        map(R"([{"id": "a", "kind": "objective", "title": "Caf)" + std::string("\xE9") + "\"}]", "[]"),
        "not UTF-8");
    requireOneWholeFileError("{\"format\": \"sightline-\xC0\xAF\"}", "invalid byte 0xC0 at byte 22");
    requireOneWholeFileError("{\"\xED\xA0\x80\": 1}", "not UTF-8"); // an encoded surrogate
    requireOneWholeFileError("{\"a\": \"\\ud800\"}", "");           // a lone escaped surrogate
    requireOneWholeFileError("\xFF\xFE{\0\"\0", "UTF-16");
    requireOneWholeFileError(std::string("{\0\"\0f\0", 6), "zero byte");
    requireOneWholeFileError(std::string("\0\0\0{", 4), "zero byte");
}

TEST_CASE("numbers must be finite", "[io][hostile]") {
    const auto huge =
        readMapJson(map(R"([{"id": "m", "kind": "measure", "title": "M", "baseline": 1e400}])", "[]"));
    REQUIRE(huge.errors.size() == 1);
    CHECK(huge.errors[0].pointer == "/nodes/0/baseline");
    CHECK(huge.errors[0].message.find("numbers must be finite") != std::string::npos);

    const auto negative =
        readMapJson(map(testmaps::nodesJson(), "[]",
                        R"(, "views": {"results": {"positions": {"g1": {"x": -1e999, "y": 0}}}})"));
    REQUIRE(negative.errors.size() == 1);
    CHECK(negative.errors[0].pointer == "/views/results/positions/g1/x");

    for (const char* literal : {"NaN", "Infinity", "-Infinity"}) {
        const auto r = readMapJson(
            map(R"([{"id": "m", "kind": "measure", "title": "M", "target": )" + std::string(literal) + "}]",
                "[]"));
        INFO(literal);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].pointer == "/nodes/0/target");
        CHECK(r.errors[0].message.find("NaN and Infinity") != std::string::npos);
    }
    // Large but finite numbers are fine; integers beyond 64 bits become doubles.
    const auto big = readMapJson(map(
        R"([{"id": "m", "kind": "measure", "title": "M", "baseline": 1e308, "target": 123456789012345678901234567890}])",
        "[]"));
    INFO(testmaps::dump(big.errors));
    REQUIRE(big.ok());
    CHECK(*big.map->nodes[0].baseline == 1e308);
    CHECK(*big.map->nodes[0].target == 123456789012345678901234567890.0);
}

TEST_CASE("a byte-order mark is accepted; empty files are refused", "[io][hostile]") {
    const auto bom = readMapJson("\xEF\xBB\xBF" + map());
    INFO(testmaps::dump(bom.errors));
    CHECK(bom.ok());
    requireOneWholeFileError("", "empty");
    requireOneWholeFileError(" \n\t ", "empty");
    requireOneWholeFileError("\xEF\xBB\xBF", "empty");
    // Offsets count the byte-order mark.
    requireOneWholeFileError("\xEF\xBB\xBF{,}", "at byte 4");
}

TEST_CASE("control characters, comments and trailing text are syntax errors", "[io][hostile]") {
    requireOneWholeFileError("{\"title\": \"a\nb\"}", "not valid JSON");
    requireOneWholeFileError("{/* comment */}", "not valid JSON");
    requireOneWholeFileError(map() + "{}", "not valid JSON");
    requireOneWholeFileError("{\"a\": 1 2}", "not valid JSON");
    requireOneWholeFileError("[1 2]", "not valid JSON");
    requireOneWholeFileError("{\"a\": tru e}", "not valid JSON");
}

TEST_CASE("a large file is read without keeping what is ignored", "[io][hostile]") {
    // About 24 MB under an unknown key: skipped, one warning.
    std::string big;
    big.reserve(25u << 20);
    big += "[";
    for (int i = 0; i < 2000000; ++i)
        big += "123456789.5,";
    big += "0]";
    const auto r = readMapJson(map(testmaps::nodesJson(), "[]", ", \"junk\": " + big));
    INFO(testmaps::dump(r.errors));
    REQUIRE(r.ok());
    CHECK(r.warnings.size() == 1);

    // A million wrong elements: errors stop at 100, the rest is counted.
    std::string nodes = "[";
    for (int i = 0; i < 1000000; ++i)
        nodes += "1,";
    nodes += "1]";
    const auto junk = readMapJson(map(nodes, "[]"));
    CHECK(junk.errors.size() == 100);
    CHECK(junk.errorsTruncated);
    CHECK(junk.errors[0].toString() == "/nodes/0: expected a node object; got a number");
}

TEST_CASE("many unknown keys give a bounded number of warnings", "[io][hostile]") {
    std::string extra;
    for (int i = 0; i < 5000; ++i)
        extra += ", \"k" + std::to_string(i) + "\": 1";
    const auto r = readMapJson(map(testmaps::nodesJson(), "[]", extra));
    REQUIRE(r.ok());
    CHECK(r.warnings.size() == 101);
    CHECK(r.warnings.back().message == "4900 more warnings not shown");
}
