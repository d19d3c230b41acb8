#include "sightline/core/types.h"

#include <array>
#include <string_view>

namespace sightline::core {

namespace {

template <class E>
struct Names;

template <>
struct Names<NodeKind> {
    static constexpr std::array<std::string_view, 3> values{"objective", "measure", "initiative"};
    static constexpr std::string_view allowed = "objective, measure, initiative";
};
template <>
struct Names<LinkKind> {
    static constexpr std::array<std::string_view, 4> values{"drives", "measures", "supports", "rollup"};
    static constexpr std::string_view allowed = "drives, measures, supports, rollup";
};
template <>
struct Names<Direction> {
    static constexpr std::array<std::string_view, 3> values{"up", "down", "target"};
    static constexpr std::string_view allowed = "up, down, target";
};
template <>
struct Names<Cadence> {
    static constexpr std::array<std::string_view, 5> values{"daily", "weekly", "monthly", "quarterly", "yearly"};
    static constexpr std::string_view allowed = "daily, weekly, monthly, quarterly, yearly";
};
template <>
struct Names<InitiativeStatus> {
    static constexpr std::array<std::string_view, 5> values{"proposed", "active", "on-hold", "done", "cancelled"};
    static constexpr std::string_view allowed = "proposed, active, on-hold, done, cancelled";
};
template <>
struct Names<Polarity> {
    static constexpr std::array<std::string_view, 2> values{"+", "-"};
    static constexpr std::string_view allowed = "+, -";
};
template <>
struct Names<Aggregate> {
    static constexpr std::array<std::string_view, 4> values{"sum", "average", "min", "max"};
    static constexpr std::string_view allowed = "sum, average, min, max";
};
template <>
struct Names<ViewKind> {
    static constexpr std::array<std::string_view, 3> values{"results", "strategy", "hierarchy"};
    static constexpr std::string_view allowed = "results, strategy, hierarchy";
};
template <>
struct Names<Vocabulary> {
    static constexpr std::array<std::string_view, 3> values{"pump", "bsc", "okr"};
    static constexpr std::string_view allowed = "pump, bsc, okr";
};

template <class E>
std::string_view name(E e) {
    return Names<E>::values[static_cast<std::size_t>(e)];
}

} // namespace

template <class E>
std::optional<E> fromString(std::string_view text) {
    const auto& values = Names<E>::values;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == text)
            return static_cast<E>(i);
    return std::nullopt;
}

template <class E>
std::string_view allowedValues() {
    return Names<E>::allowed;
}

#define SIGHTLINE_ENUM(E)                                                                                         \
    std::string_view toString(E e) { return name(e); }                                                          \
    template std::optional<E> fromString<E>(std::string_view);                                                  \
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
