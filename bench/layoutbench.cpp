// Helper for bench/layout.sh (not a test, not installed):
//   sightline-layout-bench dot MAP            DOT input for `dot -Tplain`: every node a 1.6 x 0.6 in
//                                             box, every link an edge, goals at the top
//   sightline-layout-bench crossings MAP VIEW crossings of straight segments between node centres,
//                                             one per link, in the view's positions
//   sightline-layout-bench plain MAP PLAIN    the same count for the node positions of `dot -Tplain`
#include "sightline/io/jsonmapreader.h"
#include "sightline/layout/geometry.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <unordered_map>

using namespace sightline;

namespace {

std::string quoted(const std::string& id) {
    return "\"" + id + "\"";
}

// dot -Tplain: "node NAME X Y W H ..." with NAME quoted when it needs quotes.
core::ViewPositions readPlain(const std::string& path) {
    core::ViewPositions positions;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string kind, name;
        double x = 0, y = 0;
        if (!(words >> kind) || kind != "node" || !(words >> name >> x >> y))
            continue;
        if (name.size() >= 2 && name.front() == '"')
            name = name.substr(1, name.size() - 2);
        positions[core::NodeId(name)] = {x * 72, -y * 72};
    }
    return positions;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: sightline-layout-bench dot MAP | crossings MAP VIEW | plain MAP PLAIN\n";
        return 2;
    }
    const std::string command = argv[1];
    const auto read = io::readMapJsonFile(argv[2]);
    if (!read.map) {
        std::cerr << "sightline-layout-bench: cannot read " << argv[2] << "\n";
        return 2;
    }
    const core::MapData& map = *read.map;
    if (command == "dot") {
        std::cout
            << "digraph map {\n  rankdir=BT;\n  node [shape=box, width=1.6, height=0.6, fixedsize=true, "
               "label=\"\"];\n";
        for (const auto& n : map.nodes)
            std::cout << "  " << quoted(n.id.str()) << ";\n";
        for (const auto& l : map.links)
            std::cout << "  " << quoted(l.from.str()) << " -> " << quoted(l.to.str()) << ";\n";
        std::cout << "}\n";
        return 0;
    }
    if (argc < 4)
        return 2;
    if (command == "crossings") {
        const auto view = core::fromString<core::ViewKind>(argv[3]);
        if (!view)
            return 2;
        std::cout << layout::countLinkCrossings(map, map.positionsOf(*view)) << "\n";
        return 0;
    }
    if (command == "plain") {
        std::cout << layout::countLinkCrossings(map, readPlain(argv[3])) << "\n";
        return 0;
    }
    return 2;
}
