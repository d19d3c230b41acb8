#pragma once

#include <compare>
#include <functional>
#include <string>
#include <string_view>

namespace sightline::core {

// A strongly typed identifier. Map files use string ids (map-format-v1.md); the tag keeps
// a NodeId from being passed where a TeamId is expected.
template <class Tag> class Id {
public:
    Id() = default;
    explicit Id(std::string value) : value_(std::move(value)) {}
    explicit Id(std::string_view value) : value_(value) {}
    explicit Id(const char* value) : value_(value) {}

    const std::string& str() const { return value_; }
    bool empty() const { return value_.empty(); }

    friend bool operator==(const Id&, const Id&) = default;
    friend auto operator<=>(const Id& a, const Id& b) { return a.value_.compare(b.value_) <=> 0; }

private:
    std::string value_;
};

struct NodeTag;
struct LinkTag;
struct TeamTag;
struct PersonTag;
struct PerspectiveTag;

using NodeId = Id<NodeTag>;
using LinkId = Id<LinkTag>;
using TeamId = Id<TeamTag>;
using PersonId = Id<PersonTag>;
using PerspectiveId = Id<PerspectiveTag>;

} // namespace sightline::core

template <class Tag> struct std::hash<sightline::core::Id<Tag>> {
    std::size_t operator()(const sightline::core::Id<Tag>& id) const noexcept {
        return std::hash<std::string>{}(id.str());
    }
};
