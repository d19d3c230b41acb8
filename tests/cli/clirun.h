#pragma once

#include "cliapp.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace sightline::testing {

// One run of sightline-cli in-process.
struct CliRun {
    int exit = -1;
    std::string out, err;
    nlohmann::json json() const { return nlohmann::json::parse(out); }
};

inline CliRun runCli(std::vector<std::string> args) {
    std::ostringstream out, err;
    CliRun r;
    r.exit = cli::runCli(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

inline std::string testData(const std::string& name) {
    return std::string(SIGHTLINE_TEST_DATA) + "/" + name;
}
inline std::string example(const std::string& name) {
    return std::string(SIGHTLINE_EXAMPLES) + "/" + name;
}

} // namespace sightline::testing
