#include "syntheticmap.h"

#include <deque>
#include <string>

namespace sightline::test {

using namespace core;

namespace {

// A small portable generator (the standard distributions differ between libraries).
class Random {
public:
    explicit Random(std::uint32_t seed) : state_(seed * 2654435761u + 1u) {}
    std::uint32_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }
    int between(int lo, int hi) {
        return lo + static_cast<int>(next() % static_cast<std::uint32_t>(hi - lo + 1));
    }
    bool chance(int percent) { return static_cast<int>(next() % 100) < percent; }

private:
    std::uint32_t state_;
};

class Builder {
public:
    explicit Builder(MapData& m) : m_(m) {}

    TeamId team(const std::string& name, const TeamId* parent) {
        Team t{TeamId("t" + std::to_string(++teams_)), name, {}, {}};
        if (parent)
            t.parent = *parent;
        m_.teams.push_back(t);
        return t.id;
    }
    NodeId node(NodeKind kind, const TeamId& team, const std::string& title, const char* perspective,
                bool goal = false) {
        const char prefix = kind == NodeKind::Objective ? 'o' : kind == NodeKind::Measure ? 'm' : 'i';
        Node n;
        n.id = NodeId(prefix + std::to_string(++nodes_));
        n.kind = kind;
        n.title = title;
        n.team = team;
        if (perspective)
            n.perspective = PerspectiveId(perspective);
        n.goal = goal;
        m_.nodes.push_back(n);
        return n.id;
    }
    void link(LinkKind kind, const NodeId& from, const NodeId& to) {
        Link l;
        l.id = LinkId("l" + std::to_string(++links_));
        l.kind = kind;
        l.from = from;
        l.to = to;
        m_.links.push_back(l);
    }

private:
    MapData& m_;
    int teams_ = 0, nodes_ = 0, links_ = 0;
};

const char* const kPerspectives[] = {"financial", "customer", "process", "learning"};

} // namespace

MapData syntheticOrganisation(int nodes, std::uint32_t seed) {
    MapData m;
    m.properties.title = "Synthetic organisation";
    Random rng(seed);
    Builder b(m);
    const TeamId root = b.team("Organisation", nullptr);
    std::vector<std::vector<NodeId>> objectivesOf(1);
    std::vector<NodeId> goals;
    for (int g = 0; g < 6; ++g) {
        const NodeId goal =
            b.node(NodeKind::Objective, root, "Goal " + std::to_string(g), kPerspectives[g % 4], true);
        b.link(LinkKind::Measures, b.node(NodeKind::Measure, root, "Goal measure", kPerspectives[g % 4]),
               goal);
        goals.push_back(goal);
        objectivesOf[0].push_back(goal);
    }
    std::deque<std::pair<TeamId, std::size_t>> frontier{{root, 0}};
    std::vector<TeamId> teamIds{root};
    const char* level[] = {"Division", "Department", "Team", "Squad", "Cell"};
    std::vector<int> depthOf{0};
    while (static_cast<int>(m.nodes.size()) < nodes && !frontier.empty()) {
        const auto [parent, parentIndex] = frontier.front();
        frontier.pop_front();
        const int kids = rng.between(3, 6);
        for (int k = 0; k < kids && static_cast<int>(m.nodes.size()) < nodes; ++k) {
            const int depth = depthOf[parentIndex];
            const TeamId t = b.team(
                std::string(level[depth < 4 ? depth : 4]) + " " + std::to_string(teamIds.size()), &parent);
            const std::size_t index = teamIds.size();
            teamIds.push_back(t);
            depthOf.push_back(depth + 1);
            objectivesOf.emplace_back();
            const auto& upper = objectivesOf[parentIndex];
            for (int o = rng.between(2, 5); o > 0; --o) {
                const char* p = rng.chance(8) ? nullptr : kPerspectives[rng.next() % 4];
                const NodeId obj =
                    b.node(NodeKind::Objective, t, "Result " + std::to_string(m.nodes.size()), p);
                objectivesOf[index].push_back(obj);
                if (!rng.chance(5)) {
                    const int drives = upper.size() > 1 ? rng.between(1, 2) : 1;
                    const std::size_t first = rng.next() % upper.size();
                    for (int d = 0; d < drives; ++d)
                        b.link(LinkKind::Drives, obj,
                               upper[(first + static_cast<std::size_t>(d)) % upper.size()]);
                }
                for (int ms = rng.chance(5) ? 0 : rng.between(1, 2); ms > 0; --ms)
                    b.link(LinkKind::Measures, b.node(NodeKind::Measure, t, "Measure", p), obj);
                if (rng.chance(3))
                    b.node(NodeKind::Measure, t, "Orphaned measure", p);
            }
            if (rng.chance(50))
                b.link(LinkKind::Supports, b.node(NodeKind::Initiative, t, "Initiative", nullptr),
                       objectivesOf[index].front());
            if (rng.chance(4)) // a mini-me copy of the last goal
                b.link(LinkKind::Drives, b.node(NodeKind::Objective, t, "Goal copy", "process"),
                       goals.back());
            frontier.emplace_back(t, index);
        }
    }
    // A few additive rollups between measures of parent and child teams.
    for (std::size_t t = 1; t + 1 < teamIds.size() && t < 6; ++t) {
        const NodeId total = b.node(NodeKind::Measure, teamIds[t], "Total", "financial");
        b.link(LinkKind::Rollup, b.node(NodeKind::Measure, teamIds[t + 1], "Part", "financial"), total);
    }
    return m;
}

MapData smallOrganisation() {
    MapData m;
    m.properties.title = "Small organisation";
    Builder b(m);
    const TeamId root = b.team("Acme", nullptr);
    const TeamId ops = b.team("Operations", &root);
    const TeamId sales = b.team("Sales", &root);
    const TeamId plant = b.team("Plant", &ops);
    const NodeId g1 = b.node(NodeKind::Objective, root, "Operating margin grows", "financial", true);
    const NodeId g2 = b.node(NodeKind::Objective, root, "Customers stay longer", "customer", true);
    const NodeId o1 = b.node(NodeKind::Objective, ops, "Downtime falls", "process");
    const NodeId o2 = b.node(NodeKind::Objective, sales, "Repeat orders grow", "customer");
    const NodeId o3 = b.node(NodeKind::Objective, plant, "Scrap rate falls", "process");
    const NodeId o4 = b.node(NodeKind::Objective, plant, "People grow their skills", nullptr);
    b.link(LinkKind::Drives, o1, g1);
    b.link(LinkKind::Drives, o2, g2);
    b.link(LinkKind::Drives, o3, o1);
    b.link(LinkKind::Drives, o4, o3);
    b.link(LinkKind::Measures, b.node(NodeKind::Measure, ops, "Downtime hours", "process"), o1);
    b.link(LinkKind::Measures, b.node(NodeKind::Measure, ops, "Mean time between failures", "process"), o1);
    b.link(LinkKind::Measures, b.node(NodeKind::Measure, sales, "Repeat order share", "customer"), o2);
    b.link(LinkKind::Supports, b.node(NodeKind::Initiative, plant, "Predictive maintenance", nullptr), o3);
    return m;
}

} // namespace sightline::test
