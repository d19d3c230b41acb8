#include "commands.h"

namespace sightline::cli {

const std::vector<Command>& allCommands() {
    static const std::vector<Command> commands{
        validateCommand(), convertCommand(), statsCommand(),        analyzeCommand(), sightCommand(),
        layoutCommand(),   xmrCommand(),     importValuesCommand(), editCommand(),    repoCommand(),
#ifdef SIGHTLINE_CLI_EXPORT
        exportCommand(), // builds with the Qt layers only
#endif
    };
    return commands;
}

const Command* findCommand(std::string_view name) {
    for (const Command& c : allCommands())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace sightline::cli
