#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sightline::storage {

// The `ord` keys of one ordered table (nodes, links, teams, people, perspectives), mirrored in
// memory. Rows sort by ord; a row inserted between two others gets a key between theirs, so an
// insertion writes one row. When keys get too close, every row is renumbered 0, 1, 2, ...
class OrderKeys {
public:
    void clear() { keys_.clear(); }
    void set(const std::string& id, double key) { keys_[id] = key; }
    void erase(const std::string& id) { keys_.erase(id); }
    bool contains(const std::string& id) const { return keys_.count(id) != 0; }
    double at(const std::string& id) const { return keys_.at(id); }
    std::size_t size() const { return keys_.size(); }

    struct Assignment {
        std::vector<std::pair<std::string, double>> keys; // for the new rows, or every row
        bool renumbered = false;                          // true: keys holds every row
    };
    // Gives keys to the items at newIndices (ascending; items not yet known) of an ordered list of
    // `count` items whose other items all have keys. idAt(i) is the id of item i.
    Assignment assign(std::size_t count, const std::function<const std::string&(std::size_t)>& idAt,
                      const std::vector<std::size_t>& newIndices);

private:
    std::unordered_map<std::string, double> keys_;
};

} // namespace sightline::storage

namespace sightline::storage {

// The keys of every ordered table of a document.
struct DocumentKeys {
    OrderKeys perspectives;
    OrderKeys teams;
    OrderKeys people;
    OrderKeys nodes;
    OrderKeys links;
};

} // namespace sightline::storage
