#pragma once

// The registry of sightline-cli's commands.
//
// To add a command:
//   1. write src/cli/<name>command.cpp defining `Command <name>Command()` in sightline::cli
//      (see validatecommand.cpp: an ArgParser for the arguments, loadMapOrReport() for the map);
//   2. declare it below;
//   3. add it to the list in commands.cpp (one line);
//   4. add the file to src/cli/CMakeLists.txt.

#include "command.h"

#include <vector>

namespace sightline::cli {

Command validateCommand();
Command convertCommand();
Command statsCommand();
Command analyzeCommand();
Command sightCommand();
#ifdef SIGHTLINE_CLI_EXPORT
Command exportCommand(); // builds with the Qt layers only
#endif
Command layoutCommand();
Command importValuesCommand();
Command xmrCommand();
Command editCommand();
Command repoCommand();

// Every command, in the order `--help` lists them.
const std::vector<Command>& allCommands();

// The command with this name, or nullptr.
const Command* findCommand(std::string_view name);

} // namespace sightline::cli
