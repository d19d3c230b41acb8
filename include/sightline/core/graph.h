#pragma once

#include "sightline/core/types.h"

#include <cstdint>
#include <span>
#include <vector>

namespace sightline::core {

struct MapData;

// A compact adjacency snapshot of a map's links of some kinds, over dense node indices
// (the index of each node in MapData::nodes). Built in O(nodes + links).
class Graph {
public:
    struct Edge {
        std::uint32_t node; // the other end
        std::uint32_t link; // index in MapData::links
    };

    Graph(const MapData& map, LinkKinds kinds);

    std::size_t size() const { return outStart_.size() - 1; }
    std::span<const Edge> out(std::uint32_t node) const;
    std::span<const Edge> in(std::uint32_t node) const;

private:
    std::vector<std::uint32_t> outStart_, inStart_;
    std::vector<Edge> outEdges_, inEdges_;
};

// Nodes reachable from any of the sources following links forward (reverse: backward).
std::vector<bool> reachable(const Graph& graph, std::span<const std::uint32_t> sources, bool reverse = false);

// Breadth-first distances (in links) from the nearest source; -1 where unreachable.
std::vector<int> distances(const Graph& graph, std::span<const std::uint32_t> sources, bool reverse = false);

// Strongly connected components (iterative Tarjan); each component's nodes ascending, the
// components in order of their smallest node.
std::vector<std::vector<std::uint32_t>> stronglyConnectedComponents(const Graph& graph);

} // namespace sightline::core
