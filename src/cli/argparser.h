#pragma once

#include "command.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sightline::cli {

// The arguments of one command: positionals, options with a value ("--format json" or
// "--format=json", optionally a short name "-o"), and flags. Produces the usage line and the
// --help text, and reports bad usage (unknown option, missing or extra argument, a value not
// among the choices) with the usage line.
//
//     std::string map;
//     std::optional<std::string> format;
//     ArgParser args("stats", "counts of teams, people, nodes and links");
//     args.positional("MAP", map, "the map (.json or .rmap)");
//     args.option("--format", "FORMAT", format, "output format", {"text", "json"});
//     if (auto exit = args.parse(argv, ctx)) return *exit;
class ArgParser {
public:
    ArgParser(std::string command, std::string description);

    ArgParser& positional(std::string name, std::string& out, std::string help);
    ArgParser& option(std::string name, std::string valueName, std::optional<std::string>& out,
                      std::string help, std::vector<std::string> choices = {}, std::string shortName = {});
    ArgParser& flag(std::string name, bool& out, std::string help);

    // The arguments several commands share: the MAP positional (a .json or .rmap map) and
    // --format text|json (text when absent).
    ArgParser& mapPositional(std::string& out);
    ArgParser& formatOption(std::optional<std::string>& out);

    // Parses; on --help prints the help on ctx.out and returns kExitOk, on bad usage prints
    // the problem and the usage line on ctx.err and returns kExitBadInput; nullopt: go on.
    std::optional<int> parse(std::span<const std::string> args, CommandContext& ctx);

    // Without printing: true when parsed; false with error() set (or helpRequested()).
    bool parseQuiet(std::span<const std::string> args);
    bool helpRequested() const { return help_; }
    const std::string& error() const { return error_; }

    std::string usage(std::string_view program) const; // "usage: sightline-cli stats MAP [--format FORMAT]"
    std::string helpText(std::string_view program) const;

private:
    struct Positional {
        std::string name;
        std::string* required = nullptr;
        std::optional<std::string>* optional = nullptr;
        std::string help;
    };
    struct Option {
        std::string name, shortName, valueName, help;
        std::optional<std::string>* value = nullptr;
        bool* flag = nullptr;
        std::vector<std::string> choices;
    };
    const Option* findOption(std::string_view name) const;

    std::string command_, description_;
    std::vector<Positional> positionals_;
    std::vector<Option> options_;
    std::string error_;
    bool help_ = false;
};

} // namespace sightline::cli
