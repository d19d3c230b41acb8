#pragma once

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace sightline::cli {

// Exit status of sightline-cli (spec/cli.md).
enum ExitCode : int {
    kExitOk = 0,       // success
    kExitFindings = 1, // the command worked and found what it was asked to fail on
    kExitBadInput = 2, // bad usage or bad input: a clear message on stderr, nothing written
};

// Where a command writes: results on `out`, messages (errors, warnings) on `err`.
struct CommandContext {
    std::ostream& out;
    std::ostream& err;
    std::string program = "sightline-cli";
};

// One sub-command of sightline-cli. `run` gets the arguments after the command's name and
// returns an ExitCode; it handles its own --help (ArgParser does it for it).
struct Command {
    std::string_view name;    // "validate"
    std::string_view summary; // one line for `sightline-cli --help`
    int (*run)(CommandContext& ctx, std::span<const std::string> args) = nullptr;
};

} // namespace sightline::cli
