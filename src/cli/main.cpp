// sightline-cli: the headless command line (spec/cli.md). Everything is in cliapp.cpp and the
// command files; see commands.h to add a command.

#include "cliapp.h"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const int status = sightline::cli::runCli(args, std::cout, std::cerr);
    std::cout.flush();
    return status;
}
