#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace sightline::core::detail {

// Records the position of items[from..] by id.
template <class IdT, class T>
void indexVector(std::unordered_map<IdT, std::size_t>& index, const std::vector<T>& items, std::size_t from) {
    for (std::size_t i = from; i < items.size(); ++i)
        index[items[i].id] = i;
}

} // namespace sightline::core::detail
