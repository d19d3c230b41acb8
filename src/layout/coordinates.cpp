#include "layered.h"
#include "proper.h"

#include <algorithm>

namespace sightline::layout::detail {

std::vector<double> assignX(const Proper& p, double gap, Control& control, double from, double to) {
    std::vector<double> x(p.layer.size(), 0.0);
    auto separation = [&](std::uint32_t a, std::uint32_t b) {
        const double g = (p.dummy[a] || p.dummy[b]) ? gap / 2 : gap;
        return (p.width[a] + p.width[b]) / 2 + g;
    };
    for (const auto& layer : p.layers)
        for (std::size_t i = 1; i < layer.size(); ++i)
            x[layer[i]] = x[layer[i - 1]] + separation(layer[i - 1], layer[i]);

    std::vector<double> target, weight, sep;
    auto place = [&](std::size_t l, bool fromUp) {
        const auto& layer = p.layers[l];
        target.assign(layer.size(), 0.0);
        weight.assign(layer.size(), 0.0);
        sep.assign(layer.empty() ? 0 : layer.size() - 1, 0.0);
        for (std::size_t i = 0; i < layer.size(); ++i) {
            const std::uint32_t v = layer[i];
            const auto& nbrs = fromUp ? p.up[v] : p.down[v];
            if (i + 1 < layer.size())
                sep[i] = separation(v, layer[i + 1]);
            if (nbrs.empty()) {
                target[i] = x[v];
                weight[i] = 0.01;
                continue;
            }
            double sum = 0.0;
            for (std::uint32_t u : nbrs)
                sum += x[u];
            target[i] = sum / static_cast<double>(nbrs.size());
            weight[i] = static_cast<double>(nbrs.size()) * (p.dummy[v] ? 4.0 : 1.0);
        }
        const auto placed = placeInOrder(target, weight, sep, 1.0, 0.0);
        for (std::size_t i = 0; i < layer.size(); ++i)
            x[layer[i]] = placed[i];
    };
    constexpr int kPasses = 4;
    for (int pass = 0; pass < kPasses && p.layers.size() > 1; ++pass) {
        control.report(from + (to - from) * pass / kPasses);
        for (std::size_t l = 1; l < p.layers.size(); ++l) {
            place(l, true);
            control.tick(8);
        }
        for (std::size_t l = p.layers.size() - 1; l-- > 0;) {
            place(l, false);
            control.tick(8);
        }
    }
    return x;
}

} // namespace sightline::layout::detail
