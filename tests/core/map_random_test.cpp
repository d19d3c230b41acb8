// Map: thousands of random operations keep every index consistent with the data, keep the map
// valid, report exactly what changed, and refused operations change nothing.
#include "sightline/core/map.h"
#include "sightline/core/mapsync.h"
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>

using namespace sightline::core;
using namespace sightline::core::test;

namespace {

class RandomEditor {
public:
    explicit RandomEditor(std::uint32_t seed) : rng_(seed) {
        REQUIRE(map_.setProperties({"Random edits", "", Vocabulary::Pump}).ok());
        REQUIRE(map_.addTeam(makeTeam("t0", "Root")).ok());
        REQUIRE(map_.addPerson(makePerson("p0", "Someone")).ok());
        subscription_ = map_.subscribe([this](const ChangeSet& c) { apply(c); });
    }

    void step(int i) {
        const MapData before = map_.snapshot();
        const std::size_t setsBefore = sets_;
        bool ok = false;
        const int op = pick(100);
        if (op < 18)
            ok = map_.addNode(randomNode(), maybeIndex(map_.nodes().size())).ok();
        else if (op < 28)
            ok = updateNode();
        else if (op < 36)
            ok = removeNodes(before);
        else if (op < 62)
            ok = map_.addLink(randomLink(), maybeIndex(map_.links().size())).ok();
        else if (op < 70)
            ok = updateLink();
        else if (op < 78)
            ok = map_.removeLink(LinkId("l" + std::to_string(pick(60)))).ok();
        else if (op < 86)
            ok = setPositions();
        else if (op < 91)
            ok = map_.addWaiver(makeWaiver("no-owner", {nodeName()})).ok();
        else if (op < 94)
            ok = map_.removeWaiver(pick(4)).ok();
        else
            ok = batch(before);

        INFO("step " << i << " op " << op);
        if (!ok) {
            REQUIRE(map_.data() == before);
            REQUIRE(sets_ == setsBefore);
        } else {
            // Changed data was reported exactly once; unchanged data not at all.
            REQUIRE(sets_ == setsBefore + (map_.data() == before ? 0 : 1));
        }
        checkIndices(map_);
        checkMirror();
        if (i % 16 == 0)
            REQUIRE(validate(map_.data()).empty());
        ++(ok ? applied : refused);
    }

    int applied = 0, refused = 0, restored = 0;

    const Map& map() const { return map_; }

private:
    int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint32_t>(n)); }
    std::optional<std::size_t> maybeIndex(std::size_t size) {
        if (pick(2) == 0)
            return std::nullopt;
        return static_cast<std::size_t>(pick(static_cast<int>(size) + 2));
    }
    std::string nodeName() { return "n" + std::to_string(pick(40)); }

    Node randomNode() {
        Node n = makeNode(kAllNodeKinds[pick(3)], nodeName());
        if (pick(5) == 0)
            n.team = TeamId(pick(4) == 0 ? "nowhere" : "t0");
        if (pick(5) == 0)
            n.owner = PersonId("p0");
        if (n.kind == NodeKind::Objective && pick(4) == 0)
            n.goal = true;
        if (n.kind == NodeKind::Measure && pick(3) == 0)
            n.values = {{Date::fromDays(pick(3)), 1.0, ""}, {Date::fromDays(pick(3)), 2.0, ""}};
        return n;
    }

    Link randomLink() {
        Link l = makeLink("l" + std::to_string(pick(60)), kAllLinkKinds[pick(4)], nodeName(), nodeName());
        if (l.kind == LinkKind::Drives && pick(3) == 0)
            l.polarity = Polarity::Negative;
        if (pick(10) == 0)
            l.weight = 0.5; // refused unless drives
        return l;
    }

    bool updateNode() {
        Node n = randomNode();
        if (const Node* current = map_.node(n.id); current && pick(2) == 0) {
            n = *current;
            n.title = "Renamed " + std::to_string(pick(5));
            if (pick(2) == 0) {
                n.kind = kAllNodeKinds[pick(3)]; // often refused: links or fields no longer fit
                n.goal = false;
            }
        }
        return map_.updateNode(n).ok();
    }

    bool updateLink() {
        Link l = randomLink();
        if (const Link* current = map_.link(l.id); current && pick(2) == 0) {
            l = *current;
            if (pick(2) == 0)
                l.to = NodeId(nodeName());
            else
                l.from = NodeId(nodeName());
        }
        return map_.updateLink(l).ok();
    }

    bool removeNodes(const MapData& before) {
        std::vector<NodeId> ids;
        for (int k = 0, count = 1 + pick(3); k < count; ++k)
            ids.emplace_back(nodeName());
        NodeRemoval removed;
        if (!map_.removeNodes(ids, &removed).ok())
            return false;
        checkIndices(map_);
        if (pick(2) == 0) { // undo at once: exactly the map from before
            REQUIRE(map_.restore(removed).ok());
            REQUIRE(map_.data() == before);
            ++restored;
            --sets_; // the removal and its undo are two reports; count them as none
            --sets_;
        }
        return true;
    }

    bool setPositions() {
        std::vector<std::pair<NodeId, std::optional<Point>>> entries;
        for (int k = 0, count = pick(4); k < count; ++k) {
            std::optional<Point> p;
            if (pick(3) != 0)
                p = Point{double(pick(3)), double(pick(3))};
            entries.emplace_back(NodeId(nodeName()), p);
        }
        return map_.setPositions(kAllViews[pick(3)], entries).ok();
    }

    bool batch(const MapData& before) {
        // Several operations in one batch: one report at the end, however many applied.
        const std::size_t setsBefore = sets_;
        bool any = false;
        {
            Map::Batch b(map_);
            for (int k = 0, count = 1 + pick(4); k < count; ++k) {
                const bool ok =
                    pick(2) == 0 ? map_.addNode(randomNode()).ok() : map_.addLink(randomLink()).ok();
                any = any || ok;
            }
            REQUIRE(sets_ == setsBefore);
        }
        if (any)
            REQUIRE(map_.data() != before);
        return any;
    }

    // Keeps a mirror of node and link ids from the events alone, and compares it with the data.
    class Mirror final : public ChangeVisitor {
    public:
        std::set<std::string> nodes, links;

        void on(const change::PropertiesChanged&) override {}
        void on(const change::SettingsChanged&) override {}
        void on(const change::WaiversChanged&) override {}
        void on(const change::NodeAdded& e) override { REQUIRE(nodes.insert(e.id.str()).second); }
        void on(const change::NodeChanged& e) override {
            REQUIRE(nodes.count(e.id.str()) == 1);
            REQUIRE_FALSE(e.fields.empty());
        }
        void on(const change::NodeRemoved& e) override { REQUIRE(nodes.erase(e.id.str()) == 1); }
        void on(const change::LinkAdded& e) override { REQUIRE(links.insert(e.id.str()).second); }
        void on(const change::LinkChanged& e) override {
            REQUIRE(links.count(e.id.str()) == 1);
            REQUIRE_FALSE(e.fields.empty());
        }
        void on(const change::LinkRemoved& e) override { REQUIRE(links.erase(e.id.str()) == 1); }
        void on(const change::TeamAdded&) override {}
        void on(const change::TeamChanged&) override {}
        void on(const change::TeamRemoved&) override {}
        void on(const change::PersonAdded&) override {}
        void on(const change::PersonChanged&) override {}
        void on(const change::PersonRemoved&) override {}
        void on(const change::PerspectiveAdded&) override {}
        void on(const change::PerspectiveChanged&) override {}
        void on(const change::PerspectiveRemoved&) override {}
        void on(const change::PositionsChanged&) override {}
    };

    void apply(const ChangeSet& c) {
        ++sets_;
        visit(c, mirror_);
    }

    void checkMirror() {
        std::set<std::string> nodes, links;
        for (const Node& n : map_.nodes())
            nodes.insert(n.id.str());
        for (const Link& l : map_.links())
            links.insert(l.id.str());
        REQUIRE(nodes == mirror_.nodes);
        REQUIRE(links == mirror_.links);
    }

    std::mt19937 rng_;
    Map map_;
    Map::Subscription subscription_ = 0;
    std::size_t sets_ = 0;
    Mirror mirror_;
};

} // namespace

TEST_CASE("random operations keep the indices, the validity and the reports consistent", "[map][random]") {
    for (std::uint32_t seed : {1u, 2u}) {
        RandomEditor editor(seed);
        for (int i = 0; i < 1500; ++i)
            editor.step(i);
        INFO("seed " << seed);
        // The random mix must really exercise both outcomes and the undo path.
        CHECK(editor.applied > 300);
        CHECK(editor.refused > 300);
        CHECK(editor.restored > 10);
    }
}

TEST_CASE("syncMap brings a second copy to the first through its own operations", "[map][random][sync]") {
    RandomEditor editor(7);
    Map copy(editor.map().snapshot());
    std::size_t sets = 0;
    copy.subscribe([&](const ChangeSet&) { ++sets; });
    for (int round = 0; round < 30; ++round) {
        for (int i = 0; i < 50; ++i)
            editor.step(round * 50 + i);
        const std::size_t before = sets;
        const Status s = syncMap(copy, editor.map().data());
        INFO("round " << round << ": " << s.message());
        REQUIRE(s.ok());
        CHECK(copy.data() == editor.map().data());
        CHECK(sets <= before + 1); // one ChangeSet a sync
        CHECK(syncMap(copy, editor.map().data()).ok());
        CHECK(sets <= before + 1); // none when nothing differs
    }
}
