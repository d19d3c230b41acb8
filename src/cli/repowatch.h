#pragma once

#include "command.h"

#include <span>
#include <string>

namespace sightline::cli {

// `repo watch URL [--count N] [--timeout S]`: prints "REV USER" for each revision of the map as
// its notification arrives (LISTEN sightline).
int runWatch(CommandContext& ctx, std::span<const std::string> args);

} // namespace sightline::cli
