#pragma once

#include "control.h"
#include "sightline/core/point.h"
#include "sightline/layout/nodesize.h"

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace sightline::layout::detail {

using Edge = std::pair<std::uint32_t, std::uint32_t>;

// A graph whose nodes already have layers (0 at the top), to be drawn layer by layer.
struct LayeredGraph {
    std::vector<Size> sizes; // per node
    std::vector<int> layer;  // per node, 0 .. layerCount-1
    std::vector<Edge> edges; // in any direction; edges within one layer are ignored
    std::vector<int> group;  // empty, or per node: nodes of one group stay together in a layer (-1: none)
    std::vector<double> gapAfter;   // empty, or per layer: extra space below that layer
    std::vector<double> initialKey; // empty, or per node: the first order within each layer
    int layerCount = 0;
    int maxSpan = 0; // > 0: edges across more layers than this do not take part (no dummy nodes)
    double minLayerHeight = 0.0;
};

struct LayeredDrawing {
    std::vector<core::Point> centres; // per node
    std::vector<double> layerTop, layerBottom;
    double left = 0.0, right = 0.0;
};

// Breaks cycles (depth-first, reversing back edges) and assigns longest-path layers over
// edges (upper, lower): nodes without upper neighbours at layer 0, then each node one below
// its lowest upper neighbour; nodes with no upper neighbour sit right above their highest
// lower neighbour. Linear.
std::vector<int> longestPathLayers(std::size_t n, std::span<const Edge> edges, Control& control);

// Dummy nodes for long edges, barycentric crossing reduction sweeps, and coordinates that
// put each node near its neighbours while keeping the order and the gaps in every layer.
// Reports progress on the control's current stage.
LayeredDrawing drawLayered(const LayeredGraph& graph, double nodeGap, double layerGap, Control& control);

// Places values in the given order as near as possible to their targets (weighted least
// squares) while keeping at least separation[i] between item i and item i+1, and all items
// within [lo, hi] when lo <= hi. Pool adjacent violators: linear.
std::vector<double> placeInOrder(std::span<const double> target, std::span<const double> weight,
                                 std::span<const double> separation, double lo, double hi);

} // namespace sightline::layout::detail
