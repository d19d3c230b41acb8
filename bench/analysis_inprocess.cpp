// In-process timing of the analysis (bench/analysis.sh): loads a JSON map once, then times
// a full analyze(), the line-of-sight report, and LiveAnalysis re-runs after one edit.
//
//     analysis-bench MAP [RUNS]
//
// Prints one line: "analyze_best_ms sight_best_ms live_title_ms live_link_ms findings".
#include "sightline/analysis/analyzer.h"
#include "sightline/analysis/liveanalysis.h"
#include "sightline/analysis/sightreport.h"
#include "sightline/io/jsonmapreader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace sightline;

namespace {
double bestMs(int runs, const std::function<void()>& work) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    return best;
}
} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: analysis-bench MAP [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    io::ReadResult read = io::readMapJsonFile(argv[1]);
    if (!read.ok()) {
        for (const auto& e : read.errors)
            std::fprintf(stderr, "%s\n", e.toString().c_str());
        return 2;
    }
    const core::MapData& map = *read.map;
    analysis::Options options;
    options.asOf = *core::Date::parse("2026-11-26");

    std::size_t findings = 0;
    const double full = bestMs(runs, [&] { findings = analysis::analyze(map, options).findings.size(); });
    const double sight = bestMs(runs, [&] { (void)analysis::sightReport(map); });

    // One edit: a new title for the first objective, then a new drives link.
    analysis::LiveAnalysis live(options);
    live.reset(map);
    core::MapData edited = map;
    std::size_t objective = 0;
    while (objective < edited.nodes.size() && edited.nodes[objective].kind != core::NodeKind::Objective)
        ++objective;
    core::ChangeSet titleChange;
    titleChange.events.push_back(core::change::NodeChanged{edited.nodes[objective].id});
    const double title = bestMs(runs, [&] {
        edited.nodes[objective].title += "!";
        live.update(edited, titleChange);
    });
    core::Link extra;
    extra.id = core::LinkId("bench-extra-link");
    extra.kind = core::LinkKind::Drives;
    extra.from = edited.nodes.back().id;
    extra.to = edited.nodes[objective].id;
    core::ChangeSet linkChange;
    linkChange.events.push_back(core::change::LinkAdded{extra.id});
    edited.links.push_back(extra);
    const double link = bestMs(runs, [&] { live.update(edited, linkChange); });

    std::printf("%.3f %.3f %.3f %.3f %zu\n", full, sight, title, link, findings);
    return 0;
}
