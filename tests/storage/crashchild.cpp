#include "crashchild.h"

#include "sightline/storage/rmapdocument.h"
#include "testmaps.h"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace sightline::storage::test {

namespace {

void say(const std::string& line) {
    const std::string out = line + "\n";
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.data() + done, out.size() - done);
        if (n <= 0)
            return;
        done += static_cast<std::size_t>(n);
    }
}

} // namespace

int crashChild(int argc, char** argv) {
    if (argc < 4)
        return 2;
    auto opened = RmapDocument::open(QString::fromLocal8Bit(argv[2]));
    if (!opened.document) {
        say("error " + opened.error.toStdString());
        return 3;
    }
    std::mt19937 random(static_cast<unsigned>(std::stoul(argv[3])));
    core::Map& map = opened.document->map();
    say("ready");
    for (int n = 1; n <= 100000; ++n) {
        randomEdit(map, random);
        if (!opened.document->lastError().isEmpty()) {
            say("error " + opened.document->lastError().toStdString());
            return 4;
        }
        say("ok " + std::to_string(n));
    }
    return 0;
}

int holdChild(int argc, char** argv) {
    if (argc < 3)
        return 2;
    auto opened = RmapDocument::open(QString::fromLocal8Bit(argv[2]));
    if (!opened.document) {
        say("error " + opened.error.toStdString());
        return 3;
    }
    say(opened.document->isReadOnly() ? "readonly" : "ready");
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    opened.document->close();
    return 0;
}

int readChild(int argc, char** argv) {
    if (argc < 3)
        return 2;
    auto opened = RmapDocument::open(QString::fromLocal8Bit(argv[2]));
    if (!opened.document) {
        say("error " + opened.error.toStdString());
        return 3;
    }
    const RmapDocument& d = *opened.document;
    say("ok " + std::to_string(d.map().nodes().size()) + " readonly=" + (d.isReadOnly() ? "1" : "0") +
        " recovered=" + (d.wasRecovered() ? "1" : "0") + " " + d.map().properties().title);
    opened.document->close();
    return 0;
}

} // namespace sightline::storage::test
