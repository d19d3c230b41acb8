// The shared argument parser of sightline-cli's commands.

#include "argparser.h"

#include <catch2/catch.hpp>
#include <sstream>

using sightline::cli::ArgParser;

namespace {

struct Parsed {
    std::string map;
    std::optional<std::string> out, format;
    bool pack = false;
    ArgParser parser{"export", "Render a map."};
    Parsed() {
        parser.positional("MAP", map, "the map");
        parser.option("--output", "OUT", out, "file to write", {}, "-o");
        parser.option("--format", "FORMAT", format, "text or json", {"text", "json"});
        parser.flag("--pack", pack, "board pack");
    }
    bool parse(std::vector<std::string> args) { return parser.parseQuiet(args); }
};

} // namespace

TEST_CASE("positionals, options in both spellings, short names and flags", "[cli][args]") {
    Parsed p;
    REQUIRE(p.parse({"--format=json", "map.json", "-o", "out.pdf", "--pack"}));
    CHECK(p.map == "map.json");
    CHECK(p.out == "out.pdf");
    CHECK(p.format == "json");
    CHECK(p.pack);
    Parsed q;
    REQUIRE(q.parse({"--", "-odd-name.json"}));
    CHECK(q.map == "-odd-name.json");
    CHECK_FALSE(q.format.has_value());
}

TEST_CASE("bad usage is explained", "[cli][args]") {
    const auto error = [](std::vector<std::string> args) {
        Parsed p;
        CHECK_FALSE(p.parse(args));
        return p.parser.error();
    };
    CHECK(error({}) == "missing MAP");
    CHECK(error({"a", "b"}) == "unexpected argument \"b\"");
    CHECK(error({"a", "--frob"}) == "unknown option --frob");
    CHECK(error({"a", "--format"}) == "option --format needs a value FORMAT");
    CHECK(error({"a", "--format", "xml"}) == "unknown --format \"xml\"; expected one of text, json");
    CHECK(error({"a", "--pack=yes"}) == "option --pack takes no value");
    CHECK(error({""}) == "MAP must not be empty");
}

TEST_CASE("help and usage lines", "[cli][args]") {
    Parsed p;
    CHECK_FALSE(p.parse({"map.json", "--help"}));
    CHECK(p.parser.helpRequested());
    CHECK(p.parser.usage("sightline-cli") ==
          "usage: sightline-cli export MAP [-o OUT] [--format text|json] [--pack]");
    const std::string help = p.parser.helpText("sightline-cli");
    CHECK(help.find("Render a map.") != std::string::npos);
    CHECK(help.find("-o, --output OUT") != std::string::npos);

    std::ostringstream out, err;
    sightline::cli::CommandContext ctx{out, err};
    Parsed bad;
    const std::vector<std::string> args{"--nope"};
    CHECK(bad.parser.parse(args, ctx) == sightline::cli::kExitBadInput);
    CHECK(err.str().find("sightline-cli export: unknown option --nope\nusage: sightline-cli export MAP") ==
          0);
    CHECK(out.str().empty());
}
