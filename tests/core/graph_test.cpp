#include "cpubudget.h"
#include "sightline/core/graph.h"
#include "sightline/core/mapdata.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <ctime>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace sightline::core;

namespace {

MapData graphData(int n, const std::vector<std::tuple<int, int, LinkKind>>& arcs) {
    MapData d;
    d.properties.title = "graph";
    d.nodes.resize(n);
    for (int i = 0; i < n; ++i) {
        d.nodes[i].id = NodeId("n" + std::to_string(i));
        d.nodes[i].title = "node";
    }
    d.links.resize(arcs.size());
    int k = 0;
    for (const auto& [from, to, kind] : arcs) {
        Link& l = d.links[k];
        l.id = LinkId("l" + std::to_string(k++));
        l.kind = kind;
        l.from = d.nodes[from].id;
        l.to = d.nodes[to].id;
    }
    return d;
}

// Brute force: adjacency matrix of the selected kinds.
struct Matrix {
    int n;
    std::vector<std::vector<bool>> edge;
    Matrix(const MapData& d, LinkKinds kinds)
        : n(static_cast<int>(d.nodes.size())), edge(n, std::vector<bool>(n)) {
        for (const Link& l : d.links)
            if (kinds.contains(l.kind))
                edge[std::stoi(l.from.str().substr(1))][std::stoi(l.to.str().substr(1))] = true;
    }
    // Transitive closure (Floyd-Warshall), reflexive.
    std::vector<std::vector<bool>> closure() const {
        auto r = edge;
        for (int i = 0; i < n; ++i)
            r[i][i] = true;
        for (int k = 0; k < n; ++k)
            for (int i = 0; i < n; ++i)
                if (r[i][k])
                    for (int j = 0; j < n; ++j)
                        if (r[k][j])
                            r[i][j] = true;
        return r;
    }
    // Shortest path lengths, -1 when none (Floyd-Warshall with integers).
    std::vector<std::vector<int>> shortest() const {
        const int inf = 1 << 20;
        std::vector<std::vector<int>> d(n, std::vector<int>(n, inf));
        for (int i = 0; i < n; ++i) {
            d[i][i] = 0;
            for (int j = 0; j < n; ++j)
                if (edge[i][j] && i != j)
                    d[i][j] = 1;
        }
        for (int k = 0; k < n; ++k)
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j)
                    d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
        for (auto& row : d)
            for (int& x : row)
                if (x >= inf)
                    x = -1;
        return d;
    }
};

} // namespace

TEST_CASE("Graph keeps the out and in links of each node in link order", "[graph]") {
    const MapData d = graphData(4, {{0, 1, LinkKind::Drives},
                                    {0, 2, LinkKind::Measures},
                                    {2, 1, LinkKind::Drives},
                                    {0, 3, LinkKind::Drives},
                                    {3, 1, LinkKind::Rollup}});
    const Graph g(d, LinkKinds::all());
    REQUIRE(g.size() == 4);
    const auto out0 = g.out(0);
    REQUIRE(out0.size() == 3);
    CHECK(out0[0].node == 1);
    CHECK(out0[0].link == 0);
    CHECK(out0[1].node == 2);
    CHECK(out0[1].link == 1);
    CHECK(out0[2].node == 3);
    CHECK(out0[2].link == 3);
    const auto in1 = g.in(1);
    REQUIRE(in1.size() == 3);
    CHECK(in1[0].node == 0);
    CHECK(in1[0].link == 0);
    CHECK(in1[1].node == 2);
    CHECK(in1[1].link == 2);
    CHECK(in1[2].node == 3);
    CHECK(in1[2].link == 4);
    CHECK(g.out(1).empty());
    CHECK(g.in(0).empty());

    const Graph drives(d, {LinkKind::Drives});
    CHECK(drives.out(0).size() == 2);
    CHECK(drives.in(1).size() == 2);
    CHECK(drives.out(3).empty());
    const Graph none(d, LinkKinds{});
    for (std::uint32_t i = 0; i < 4; ++i) {
        CHECK(none.out(i).empty());
        CHECK(none.in(i).empty());
    }
}

TEST_CASE("Graph of an empty map", "[graph]") {
    const MapData d = graphData(0, {});
    const Graph g(d, LinkKinds::all());
    CHECK(g.size() == 0);
    CHECK(stronglyConnectedComponents(g).empty());
    CHECK(reachable(g, {}).empty());
    CHECK(distances(g, {}).empty());
}

TEST_CASE("Graph skips links to unknown nodes", "[graph]") {
    MapData d = graphData(2, {{0, 1, LinkKind::Drives}});
    d.links.push_back(d.links[0]);
    d.links.back().to = NodeId("ghost");
    const Graph g(d, LinkKinds::all());
    CHECK(g.out(0).size() == 1);
}

TEST_CASE("reachable, distances and SCCs on a small example", "[graph]") {
    // 0 -> 1 -> 2 -> 0 (a cycle), 2 -> 3 -> 4, 5 alone, 6 -> 4
    const MapData d = graphData(7, {{0, 1, LinkKind::Drives},
                                    {1, 2, LinkKind::Drives},
                                    {2, 0, LinkKind::Drives},
                                    {2, 3, LinkKind::Drives},
                                    {3, 4, LinkKind::Drives},
                                    {6, 4, LinkKind::Drives}});
    const Graph g(d, LinkKinds::all());
    const std::vector<std::uint32_t> from0{0};
    CHECK(reachable(g, from0) == std::vector<bool>{true, true, true, true, true, false, false});
    CHECK(reachable(g, from0, true) == std::vector<bool>{true, true, true, false, false, false, false});
    CHECK(distances(g, from0) == std::vector<int>{0, 1, 2, 3, 4, -1, -1});
    const std::vector<std::uint32_t> from4{4};
    CHECK(distances(g, from4, true) == std::vector<int>{4, 3, 2, 1, 0, -1, 1});
    const std::vector<std::uint32_t> many{3, 6, 3};
    CHECK(distances(g, many) == std::vector<int>{-1, -1, -1, 0, 1, -1, 0});
    const auto scc = stronglyConnectedComponents(g);
    REQUIRE(scc.size() == 5);
    CHECK(scc[0] == std::vector<std::uint32_t>{0, 1, 2});
    CHECK(scc[1] == std::vector<std::uint32_t>{3});
    CHECK(scc[2] == std::vector<std::uint32_t>{4});
    CHECK(scc[3] == std::vector<std::uint32_t>{5});
    CHECK(scc[4] == std::vector<std::uint32_t>{6});
}

TEST_CASE("graph queries agree with brute force on random graphs", "[graph]") {
    std::mt19937 rng(20261126);
    for (int round = 0; round < 300; ++round) {
        const int n = 1 + static_cast<int>(rng() % 12);
        const int m = static_cast<int>(rng() % (n * 3 + 1));
        std::vector<std::tuple<int, int, LinkKind>> arcs;
        for (int k = 0; k < m; ++k)
            arcs.emplace_back(static_cast<int>(rng() % n), static_cast<int>(rng() % n),
                              kAllLinkKinds[rng() % 4]);
        const MapData d = graphData(n, arcs);
        const LinkKinds kinds =
            round % 3 == 0 ? LinkKinds::all() : LinkKinds{LinkKind::Drives, LinkKind::Rollup};
        const Graph g(d, kinds);
        const Matrix mx(d, kinds);
        const auto closure = mx.closure();
        const auto shortest = mx.shortest();
        INFO("round " << round << " n " << n << " m " << m);

        // Degrees.
        for (int v = 0; v < n; ++v) {
            std::multiset<std::pair<int, int>> outExpected, inExpected, outGot, inGot;
            for (std::size_t i = 0; i < d.links.size(); ++i) {
                const Link& l = d.links[i];
                if (!kinds.contains(l.kind))
                    continue;
                if (l.from.str() == "n" + std::to_string(v))
                    outExpected.emplace(std::stoi(l.to.str().substr(1)), static_cast<int>(i));
                if (l.to.str() == "n" + std::to_string(v))
                    inExpected.emplace(std::stoi(l.from.str().substr(1)), static_cast<int>(i));
            }
            for (const auto& e : g.out(v))
                outGot.emplace(static_cast<int>(e.node), static_cast<int>(e.link));
            for (const auto& e : g.in(v))
                inGot.emplace(static_cast<int>(e.node), static_cast<int>(e.link));
            REQUIRE(outGot == outExpected);
            REQUIRE(inGot == inExpected);
        }

        // Reachability and distances from random source sets, both directions.
        for (int trial = 0; trial < 4; ++trial) {
            std::vector<std::uint32_t> sources;
            const int count = static_cast<int>(rng() % 3) + (trial == 0 ? 0 : 1);
            for (int k = 0; k < count; ++k)
                sources.push_back(static_cast<std::uint32_t>(rng() % n));
            for (bool reverse : {false, true}) {
                const auto seen = reachable(g, sources, reverse);
                const auto dist = distances(g, sources, reverse);
                REQUIRE(seen.size() == static_cast<std::size_t>(n));
                REQUIRE(dist.size() == static_cast<std::size_t>(n));
                for (int v = 0; v < n; ++v) {
                    bool expectSeen = false;
                    int expectDist = -1;
                    for (std::uint32_t s : sources) {
                        const int a = reverse ? v : static_cast<int>(s);
                        const int b = reverse ? static_cast<int>(s) : v;
                        expectSeen = expectSeen || closure[a][b];
                        if (shortest[a][b] >= 0 && (expectDist < 0 || shortest[a][b] < expectDist))
                            expectDist = shortest[a][b];
                    }
                    REQUIRE(seen[v] == expectSeen);
                    REQUIRE(dist[v] == expectDist);
                }
            }
        }

        // Strongly connected components: u, v together iff each reaches the other.
        const auto scc = stronglyConnectedComponents(g);
        std::vector<int> component(n, -1);
        for (std::size_t c = 0; c < scc.size(); ++c) {
            REQUIRE_FALSE(scc[c].empty());
            REQUIRE(std::is_sorted(scc[c].begin(), scc[c].end()));
            if (c > 0)
                REQUIRE(scc[c - 1].front() < scc[c].front());
            for (std::uint32_t v : scc[c]) {
                REQUIRE(component[v] == -1);
                component[v] = static_cast<int>(c);
            }
        }
        for (int u = 0; u < n; ++u) {
            REQUIRE(component[u] >= 0);
            for (int v = 0; v < n; ++v)
                REQUIRE((component[u] == component[v]) == (closure[u][v] && closure[v][u]));
        }
    }
}

TEST_CASE("graph queries are iterative: a 200,000-node chain", "[graph]") {
    // 0 -> 1 -> ... -> n-1 by drives links, and n-1 -> 0 by a rollup link: a depth-first search
    // goes 200,000 nodes deep, so recursion would overflow the stack.
    constexpr int n = 200000;
    std::vector<std::tuple<int, int, LinkKind>> arcs;
    arcs.reserve(n);
    for (int i = 0; i + 1 < n; ++i)
        arcs.emplace_back(i, i + 1, LinkKind::Drives);
    arcs.emplace_back(n - 1, 0, LinkKind::Rollup);
    const MapData d = graphData(n, arcs);

    const std::clock_t start = std::clock(); // processor time: the machine may be busy
    const Graph g(d, LinkKinds::all());
    const std::vector<std::uint32_t> first{0};
    const std::vector<std::uint32_t> last{n - 1};
    const auto seen = reachable(g, first);
    CHECK(std::count(seen.begin(), seen.end(), true) == n);
    const auto back = reachable(g, last, true);
    CHECK(std::count(back.begin(), back.end(), true) == n);
    const auto dist = distances(g, first);
    CHECK(dist[n - 1] == n - 1);
    CHECK(dist[n / 2] == n / 2);
    const auto reverseDist = distances(g, first, true);
    CHECK(reverseDist[n - 1] == 1); // over the rollup link
    CHECK(reverseDist[1] == n - 1);

    const auto one = stronglyConnectedComponents(g);
    REQUIRE(one.size() == 1);
    CHECK(one.front().size() == static_cast<std::size_t>(n));
    CHECK(one.front().front() == 0);
    CHECK(one.front().back() == n - 1);

    // Without the rollup link: 200,000 components of one node, found at full depth.
    const Graph chain(d, {LinkKind::Drives});
    const auto singles = stronglyConnectedComponents(chain);
    REQUIRE(singles.size() == static_cast<std::size_t>(n));
    CHECK(singles[12345] == std::vector<std::uint32_t>{12345});
    const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    // Linear work: well under a second in a normal build.
    CHECK(seconds < 3.0 * sightline::test::kCpuScale);
}
