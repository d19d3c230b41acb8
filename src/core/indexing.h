#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sightline::core::detail {

// Records the position of items[from..] by id.
template <class IdT, class T>
void indexVector(std::unordered_map<IdT, std::size_t>& index, const std::vector<T>& items, std::size_t from) {
    for (std::size_t i = from; i < items.size(); ++i)
        index[items[i].id] = i;
}

// Where an item inserted at `index` goes: at index, or at the end when index is absent or past it.
template <class T> std::size_t insertionPoint(const std::vector<T>& items, std::optional<std::size_t> index) {
    return index ? std::min(*index, items.size()) : items.size();
}

// Inserts the item at insertionPoint(items, index); returns where it went.
template <class T> std::size_t insertAt(std::vector<T>& items, std::optional<std::size_t> index, T item) {
    const std::size_t at = insertionPoint(items, index);
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
    return at;
}

// Removes items[index].
template <class T> void eraseAt(std::vector<T>& items, std::size_t index) {
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
}

} // namespace sightline::core::detail
