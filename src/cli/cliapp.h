#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace sightline::cli {

// sightline-cli as a function: `args` without the program name. Dispatches to the command
// named by args[0] (commands.h), handles --help and --version, never throws.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace sightline::cli
