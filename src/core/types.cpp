#include "sightline/core/types.h"

#include <array>
#include <string>
#include <string_view>

namespace sightline::core {

namespace {

// The map-file spellings of each enum's values, in the enum's order (map-format-v1.md).
template <class E> constexpr std::array<std::string_view, 0> kNames{};
template <> constexpr std::array<std::string_view, 3> kNames<NodeKind>{"objective", "measure", "initiative"};
template <>
constexpr std::array<std::string_view, 4> kNames<LinkKind>{"drives", "measures", "supports", "rollup"};
template <> constexpr std::array<std::string_view, 3> kNames<Direction>{"up", "down", "target"};
template <>
constexpr std::array<std::string_view, 5> kNames<Cadence>{"daily", "weekly", "monthly", "quarterly",
                                                          "yearly"};
template <>
constexpr std::array<std::string_view, 5> kNames<InitiativeStatus>{"proposed", "active", "on-hold", "done",
                                                                   "cancelled"};
template <> constexpr std::array<std::string_view, 2> kNames<Polarity>{"+", "-"};
template <> constexpr std::array<std::string_view, 4> kNames<Aggregate>{"sum", "average", "min", "max"};
template <> constexpr std::array<std::string_view, 3> kNames<ViewKind>{"results", "strategy", "hierarchy"};
template <> constexpr std::array<std::string_view, 3> kNames<Vocabulary>{"pump", "bsc", "okr"};
template <> constexpr std::array<std::string_view, 2> kNames<XmrRules>{"pump", "nhs"};

template <class E> std::string_view name(E e) {
    return kNames<E>[static_cast<std::size_t>(e)];
}

} // namespace

template <class E> std::optional<E> fromString(std::string_view text) {
    const auto& values = kNames<E>;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == text)
            return static_cast<E>(i);
    return std::nullopt;
}

template <class E> std::string_view allowedValues() {
    static const std::string allowed = [] {
        std::string joined;
        for (std::string_view v : kNames<E>)
            joined.append(joined.empty() ? "" : ", ").append(v);
        return joined;
    }();
    return allowed;
}

#define SIGHTLINE_ENUM(E)                                                                                    \
    std::string_view toString(E e) {                                                                         \
        return name(e);                                                                                      \
    }                                                                                                        \
    template std::optional<E> fromString<E>(std::string_view);                                               \
    template std::string_view allowedValues<E>();

SIGHTLINE_ENUM(NodeKind)
SIGHTLINE_ENUM(LinkKind)
SIGHTLINE_ENUM(Direction)
SIGHTLINE_ENUM(Cadence)
SIGHTLINE_ENUM(InitiativeStatus)
SIGHTLINE_ENUM(Polarity)
SIGHTLINE_ENUM(Aggregate)
SIGHTLINE_ENUM(ViewKind)
SIGHTLINE_ENUM(Vocabulary)
SIGHTLINE_ENUM(XmrRules)
#undef SIGHTLINE_ENUM

int cadenceDays(Cadence c) {
    switch (c) {
    case Cadence::Daily:
        return 1;
    case Cadence::Weekly:
        return 7;
    case Cadence::Monthly:
        return 31;
    case Cadence::Quarterly:
        return 92;
    case Cadence::Yearly:
        return 366;
    }
    return 31;
}

bool linkAllowed(LinkKind kind, NodeKind from, NodeKind to) {
    const bool fromOm = from == NodeKind::Objective || from == NodeKind::Measure;
    const bool toOm = to == NodeKind::Objective || to == NodeKind::Measure;
    switch (kind) {
    case LinkKind::Drives:
        return fromOm && toOm;
    case LinkKind::Measures:
        return from == NodeKind::Measure && to == NodeKind::Objective;
    case LinkKind::Supports:
        return from == NodeKind::Initiative && toOm;
    case LinkKind::Rollup:
        return (from == NodeKind::Measure && to == NodeKind::Measure) ||
               (from == NodeKind::Objective && to == NodeKind::Objective);
    }
    return false;
}

} // namespace sightline::core
