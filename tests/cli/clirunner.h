#pragma once

// Runs the built sightline-cli as a process, in a scratch directory of its own.

#include <filesystem>
#include <string>

namespace clitest {

struct Result {
    int exit = -1; // exit status, or 128 + signal
    std::string out;
    std::string err;
};

// A scratch directory removed at the end of the test.
class Scratch {
public:
    Scratch();
    ~Scratch();
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    void write(const std::string& name, const std::string& content) const;
    std::string read(const std::string& name) const;

private:
    std::filesystem::path path_;
};

// Runs `sightline-cli ARGS` (ARGS as shell words, already quoted where needed) in `dir`.
Result run(const Scratch& dir, const std::string& args);

// A shell-quoted path.
std::string q(const std::filesystem::path& p);

} // namespace clitest
