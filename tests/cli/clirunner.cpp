#include "clirunner.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace clitest {

namespace fs = std::filesystem;

namespace {
std::atomic<int> counter{0};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

Scratch::Scratch()
    : path_(fs::temp_directory_path() /
            ("sightline-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
}

Scratch::~Scratch() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void Scratch::write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name, std::ios::binary) << content;
}

std::string Scratch::read(const std::string& name) const {
    return slurp(path_ / name);
}

std::string q(const fs::path& p) {
    std::string s = "'";
    for (char c : p.string())
        s += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return s + "'";
}

Result run(const Scratch& dir, const std::string& args) {
    const fs::path out = dir.path() / ".stdout";
    const fs::path err = dir.path() / ".stderr";
    const std::string command =
        "cd " + q(dir.path()) + " && " + q(SIGHTLINE_CLI) + " " + args + " >" + q(out) + " 2>" + q(err);
    const int status = std::system(command.c_str());
    Result r;
    if (WIFEXITED(status))
        r.exit = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        r.exit = 128 + WTERMSIG(status);
    r.out = slurp(out);
    r.err = slurp(err);
    fs::remove(out);
    fs::remove(err);
    return r;
}

} // namespace clitest
