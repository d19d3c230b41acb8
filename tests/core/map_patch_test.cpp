// Another copy of the map (the analysis worker's, a remote client's) follows the model through
// MapPatches: after any sequence of edits (and undos) the copy equals the model.
#include "sightline/core/mappatch.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <random>

using namespace sightline;
using core::test::sampleData;

TEST_CASE("a copy follows the model through MapPatches", "[patch]") {
    core::Map map(sampleData());
    core::MapData copy = map.snapshot();
    core::MapPatch delta;
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
            if (nodes.size() > 3 && map.removeNodes({nodes[pick].id}, &removed) && rng() % 2)
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
        default: // positions only
            (void)map.setPositions(core::ViewKind::Results, {{nodes[pick].id, core::Point{1.0 * step, 2.0}}});
            break;
        }
        if (rng() % 5 == 0) { // hand the delta over now and then, as the debounce does
            delta.applyTo(copy);
            delta = core::MapPatch();
            ++applied;
            REQUIRE(copy == map.snapshot());
        }
    }
    delta.applyTo(copy);
    CHECK(copy == map.snapshot());
    CHECK(applied > 20);
    map.unsubscribe(sub);
}
