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

// Removes, in order, the items for which remove(i) holds (asked of each item in its original
// place, before anything moves into it), handing each to take(i, item) with its original index;
// the rest keep their order. In place: only the items after the first removed one move.
template <class T, class Remove, class Take>
void compactInPlace(std::vector<T>& items, Remove remove, Take take) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (remove(i)) {
            take(i, items[i]);
        } else {
            if (kept != i)
                items[kept] = std::move(items[i]);
            ++kept;
        }
    }
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
}

// Inserts the item as insertAt() does and keeps `index` (positions by id) up to date.
template <class IdT, class T>
void insertIndexed(std::vector<T>& items, std::unordered_map<IdT, std::size_t>& index,
                   std::optional<std::size_t> where, T item) {
    indexVector(index, items, insertAt(items, where, std::move(item)));
}

// Removes items[at] and keeps `index` (positions by id) up to date.
template <class IdT, class T>
void eraseIndexed(std::vector<T>& items, std::unordered_map<IdT, std::size_t>& index, std::size_t at) {
    index.erase(items[at].id);
    eraseAt(items, at);
    indexVector(index, items, at);
}

// Replaces items[at] by the item; false when they are equal (nothing changed).
template <class T> bool replaceAt(std::vector<T>& items, std::size_t at, T item) {
    if (item == items[at])
        return false;
    items[at] = std::move(item);
    return true;
}

} // namespace sightline::core::detail
