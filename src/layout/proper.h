#pragma once

#include "control.h"

#include <cstdint>
#include <vector>

namespace sightline::layout::detail {

// A layered graph with dummy nodes on long edges, so that every edge joins adjacent layers.
struct Proper {
    std::vector<int> layer;
    std::vector<double> width, height;
    std::vector<int> group;
    std::vector<bool> dummy;
    std::vector<std::vector<std::uint32_t>> up, down;
    std::vector<std::vector<std::uint32_t>> layers; // order within each layer
    std::vector<std::uint32_t> pos;                 // index within its layer

    std::uint32_t add(int l, double w, double h, int g, bool isDummy);
    void renumber();
};

// Median and transposition sweeps (after Gansner et al.), keeping the best order found.
void reduceCrossings(Proper& p, bool groups, Control& control, double from, double to);

// Crossings of the edges between every pair of adjacent layers.
std::size_t totalCrossings(const Proper& p);

// x of every node: near the mean of its neighbours, order and gaps kept in every layer.
std::vector<double> assignX(const Proper& p, double gap, Control& control, double from, double to);

} // namespace sightline::layout::detail
