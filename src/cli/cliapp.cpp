#include "cliapp.h"

#include "commands.h"

#include <exception>
#include <new>

#ifndef SIGHTLINE_VERSION
#define SIGHTLINE_VERSION "0.0.0"
#endif

namespace sightline::cli {

namespace {

void printHelp(std::ostream& out) {
    out << "usage: sightline-cli COMMAND [ARGS...]\n"
           "       sightline-cli --help | --version\n\n"
           "Check, convert and inspect Sightline results maps and strategy maps without the editor.\n"
           "MAP is a .rmap document or a JSON map; the kind is recognised from the content.\n\n"
           "commands:\n";
    for (const Command& c : allCommands())
        out << "  " << c.name << std::string(c.name.size() < 12 ? 12 - c.name.size() : 1, ' ') << c.summary
            << "\n";
    out << "\nRun 'sightline-cli COMMAND --help' for a command's arguments.\n"
           "Exit status: 0 success, 1 the command found what it was asked to fail on, 2 bad usage or "
           "input.\n";
}

void printUsage(std::ostream& err) {
    err << "usage: sightline-cli COMMAND [ARGS...] (commands:";
    for (const Command& c : allCommands())
        err << " " << c.name;
    err << ")\nRun 'sightline-cli --help' for details.\n";
}

} // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    try {
        if (args.empty()) {
            err << "sightline-cli: missing COMMAND\n";
            printUsage(err);
            return kExitBadInput;
        }
        const std::string& first = args.front();
        if (first == "--help" || first == "-h" || first == "help") {
            printHelp(out);
            return kExitOk;
        }
        if (first == "--version" || first == "-V") {
            out << "sightline-cli " << SIGHTLINE_VERSION << "\n";
            return kExitOk;
        }
        if (!first.empty() && first[0] == '-') {
            err << "sightline-cli: unknown option " << first << "\n";
            printUsage(err);
            return kExitBadInput;
        }
        const Command* command = findCommand(first);
        if (!command) {
            err << "sightline-cli: unknown command \"" << first << "\"\n";
            printUsage(err);
            return kExitBadInput;
        }
        CommandContext ctx{out, err};
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return command->run(ctx, rest);
    } catch (const std::bad_alloc&) {
        err << "sightline-cli: out of memory\n";
    } catch (const std::exception& e) {
        err << "sightline-cli: " << e.what() << "\n";
    } catch (...) {
        err << "sightline-cli: unexpected error\n";
    }
    return kExitBadInput;
}

} // namespace sightline::cli
