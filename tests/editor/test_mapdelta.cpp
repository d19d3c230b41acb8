// The live analysis's worker keeps its own copy of the map up to date from MapDeltas: after any
// sequence of edits (and undos) the copy equals the model (positions aside).
#include "helpers.h"
#include "live/mapdelta.h"

#include <catch2/catch.hpp>
#include <random>

using namespace testing;
using namespace sightline;

namespace {

core::MapData withoutPositions(core::MapData d) {
    for (auto& p : d.positions)
        p.clear();
    return d;
}

} // namespace

TEST_CASE("a worker's copy follows the model through MapDeltas") {
    core::Map map(exampleMap());
    core::MapData copy = withoutPositions(map.snapshot());
    editor::MapDelta delta;
    const auto sub = map.subscribe([&](const core::ChangeSet& c) { delta.record(map, c); });
    std::mt19937 rng(42);
    int applied = 0;
    for (int step = 0; step < 300; ++step) {
        const auto& nodes = map.nodes();
        const std::size_t pick = rng() % nodes.size();
        switch (rng() % 7) {
        case 0: { // a node in the middle
            core::Node n;
            n.id = map.newNodeId(core::NodeKind::Objective);
            n.title = "Result " + std::to_string(step);
            n.team = nodes[pick].team;
            (void)map.addNode(n, rng() % (nodes.size() + 1));
            break;
        }
        case 1: { // a title or a target
            core::Node n = nodes[pick];
            n.title += " (revised)";
            (void)map.updateNode(n);
            break;
        }
        case 2: { // remove a node with its links; sometimes restore it
            core::NodeRemoval removed;
            if (map.removeNodes({nodes[pick].id}, &removed) && rng() % 2)
                (void)map.restore(removed);
            break;
        }
        case 3: { // a link
            core::Link l;
            l.id = map.newLinkId();
            l.kind = core::LinkKind::Drives;
            l.from = nodes[pick].id;
            l.to = nodes[rng() % nodes.size()].id;
            (void)map.addLink(l, rng() % (map.links().size() + 1));
            break;
        }
        case 4:
            if (!map.links().empty())
                (void)map.removeLink(map.links()[rng() % map.links().size()].id);
            break;
        case 5: { // a batch: a team and a waiver
            core::Map::Batch batch(map);
            core::Team t;
            t.id = map.newTeamId();
            t.name = "Team " + std::to_string(step);
            (void)map.addTeam(t);
            core::Waiver w;
            w.rule = "no-owner";
            w.nodes = {nodes[pick].id};
            w.reason = "Owned by the board";
            (void)map.addWaiver(w);
            break;
        }
        default: // positions only: nothing to carry
            (void)map.setPositions(core::ViewKind::Results, {{nodes[pick].id, core::Point{1.0 * step, 2.0}}});
            break;
        }
        if (rng() % 5 == 0) { // hand the delta over now and then, as the debounce does
            delta.apply(copy);
            delta = editor::MapDelta();
            ++applied;
            REQUIRE(copy == withoutPositions(map.snapshot()));
        }
    }
    delta.apply(copy);
    CHECK(copy == withoutPositions(map.snapshot()));
    CHECK(applied > 20);
    map.unsubscribe(sub);
}
