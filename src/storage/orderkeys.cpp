#include "orderkeys.h"

#include <cmath>

namespace sightline::storage {

OrderKeys::Assignment OrderKeys::assign(std::size_t count,
                                        const std::function<const std::string&(std::size_t)>& idAt,
                                        const std::vector<std::size_t>& newIndices) {
    Assignment out;
    std::size_t r = 0;
    while (r < newIndices.size()) {
        // A run of consecutive new items [first, last].
        std::size_t end = r + 1;
        while (end < newIndices.size() && newIndices[end] == newIndices[end - 1] + 1)
            ++end;
        const std::size_t first = newIndices[r];
        const std::size_t last = newIndices[end - 1];
        const std::size_t n = end - r;
        const bool hasLow = first > 0;
        const bool hasHigh = last + 1 < count;
        const double low = hasLow ? keys_.at(idAt(first - 1)) : 0.0;
        const double high = hasHigh ? keys_.at(idAt(last + 1)) : 0.0;
        double start = 0.0;
        double step = 1.0;
        if (hasLow && hasHigh) {
            step = (high - low) / static_cast<double>(n + 1);
            start = low + step;
            // Too close to tell apart (or out of order): renumber everything.
            if (!(step > 0.0) || !(start > low) || !(low + step * static_cast<double>(n) < high) ||
                step < std::abs(high) * 1e-12) {
                out.keys.clear();
                out.renumbered = true;
                keys_.clear();
                for (std::size_t i = 0; i < count; ++i) {
                    keys_[idAt(i)] = static_cast<double>(i);
                    out.keys.emplace_back(idAt(i), static_cast<double>(i));
                }
                return out;
            }
        } else if (hasLow) {
            start = std::floor(low) + 1.0;
        } else if (hasHigh) {
            start = std::floor(high) - static_cast<double>(n);
        }
        for (std::size_t k = 0; k < n; ++k) {
            const double key = start + step * static_cast<double>(k);
            const std::string& id = idAt(newIndices[r + k]);
            keys_[id] = key;
            out.keys.emplace_back(id, key);
        }
        r = end;
    }
    return out;
}

} // namespace sightline::storage
