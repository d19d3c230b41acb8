// Median time of one edit written through to an .rmap document (bench/storage.sh):
//   storage-writethrough-bench FILE.rmap [EDITS]
// Opens FILE (it is changed: pass a copy), applies EDITS single edits of the kinds an editor
// makes most (retitle a node, move a node, add a node, add and remove a link, edit a link) and
// prints "MEDIAN_MS P90_MS" of the time each operation took, write-through included.

#include "sightline/storage/rmapdocument.h"

#include <QString>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace sightline;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: storage-writethrough-bench FILE.rmap [EDITS]\n");
        return 2;
    }
    const int edits = argc > 2 ? std::max(1, std::atoi(argv[2])) : 300;
    auto opened = storage::RmapDocument::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.document) {
        std::fprintf(stderr, "%s\n", opened.error.toLocal8Bit().constData());
        return 2;
    }
    storage::RmapDocument& doc = *opened.document;
    core::Map& map = doc.map();
    if (map.nodes().size() < 10)
        return 2;
    std::vector<double> ms;
    std::vector<core::LinkId> added;
    for (int i = 0; i < edits; ++i) {
        const core::Node& target = map.nodes()[static_cast<std::size_t>(i * 7919) % map.nodes().size()];
        const auto start = std::chrono::steady_clock::now();
        core::Status status;
        switch (i % 6) {
        case 0: {
            core::Node n = target;
            n.title = "Retitled " + std::to_string(i);
            status = map.updateNode(n);
            break;
        }
        case 1:
            status = map.setPositions(core::ViewKind::Results, {{target.id, core::Point{i * 1.5, i * 2.0}}});
            break;
        case 2: {
            core::Node n;
            n.id = map.newNodeId(core::NodeKind::Objective);
            n.title = "New result " + std::to_string(i);
            n.team = target.team;
            status = map.addNode(n);
            break;
        }
        case 3: {
            const core::Node& to = map.nodes()[static_cast<std::size_t>(i * 104729 + 3) % map.nodes().size()];
            core::Link l;
            l.id = map.newLinkId();
            l.kind = core::LinkKind::Drives;
            l.from = map.nodes().back().id; // the objective added just before
            l.to = to.id;                   // refused (and not counted) when it is an initiative
            status = map.addLink(l);
            if (status.ok())
                added.push_back(l.id);
            break;
        }
        case 4: {
            core::Link l = map.links()[static_cast<std::size_t>(i) % map.links().size()];
            l.note = "checked " + std::to_string(i);
            status = map.updateLink(l);
            break;
        }
        default:
            if (!added.empty()) {
                status = map.removeLink(added.back());
                added.pop_back();
            }
            break;
        }
        const auto end = std::chrono::steady_clock::now();
        if (!doc.lastError().isEmpty()) {
            std::fprintf(stderr, "write failed: %s\n", doc.lastError().toLocal8Bit().constData());
            return 1;
        }
        if (status.ok())
            ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return 1;
    std::printf("%.3f %.3f\n", ms[ms.size() / 2], ms[ms.size() * 9 / 10]);
    return 0;
}
