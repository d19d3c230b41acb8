#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace sightline::core {

enum class NodeKind : std::uint8_t { Objective, Measure, Initiative };
enum class LinkKind : std::uint8_t { Drives, Measures, Supports, Rollup };
enum class Direction : std::uint8_t { Up, Down, Target };
enum class Cadence : std::uint8_t { Daily, Weekly, Monthly, Quarterly, Yearly };
enum class InitiativeStatus : std::uint8_t { Proposed, Active, OnHold, Done, Cancelled };
enum class Polarity : std::uint8_t { Positive, Negative };
enum class Aggregate : std::uint8_t { Sum, Average, Min, Max };
enum class ViewKind : std::uint8_t { Results, Strategy, Hierarchy };
enum class Vocabulary : std::uint8_t { Pump, Bsc, Okr };
// The signal rules of a measure's XmR chart (measures.md): Barr's PuMP or NHS Making Data Count.
enum class XmrRules : std::uint8_t { Pump, Nhs };

inline constexpr int kViewCount = 3;
inline constexpr ViewKind kAllViews[] = {ViewKind::Results, ViewKind::Strategy, ViewKind::Hierarchy};
inline constexpr LinkKind kAllLinkKinds[] = {LinkKind::Drives, LinkKind::Measures, LinkKind::Supports,
                                             LinkKind::Rollup};
inline constexpr NodeKind kAllNodeKinds[] = {NodeKind::Objective, NodeKind::Measure, NodeKind::Initiative};

// The spelling used in map files ("objective", "drives", "on-hold", "+", ...).
std::string_view toString(NodeKind);
std::string_view toString(LinkKind);
std::string_view toString(Direction);
std::string_view toString(Cadence);
std::string_view toString(InitiativeStatus);
std::string_view toString(Polarity);
std::string_view toString(Aggregate);
std::string_view toString(ViewKind);
std::string_view toString(Vocabulary);
std::string_view toString(XmrRules);

// Parses the map-file spelling; nullopt when the text is not one of the allowed values.
template <class E> std::optional<E> fromString(std::string_view text);

// The allowed spellings, in order, e.g. for "expected one of objective, measure, initiative".
template <class E> std::string_view allowedValues();

// Length of a cadence period in days, as analysis-rules.md defines it.
int cadenceDays(Cadence);

// Whether a link of this kind may join these node kinds (map-format-v1.md, "Link kinds").
bool linkAllowed(LinkKind kind, NodeKind from, NodeKind to);

// A set of link kinds, for graph queries.
class LinkKinds {
public:
    constexpr LinkKinds() = default;
    constexpr LinkKinds(std::initializer_list<LinkKind> kinds) {
        for (LinkKind k : kinds)
            bits_ |= bit(k);
    }
    static constexpr LinkKinds all() {
        return {LinkKind::Drives, LinkKind::Measures, LinkKind::Supports, LinkKind::Rollup};
    }
    constexpr bool contains(LinkKind k) const { return (bits_ & bit(k)) != 0; }

private:
    static constexpr std::uint8_t bit(LinkKind k) {
        return static_cast<std::uint8_t>(1u << static_cast<unsigned>(k));
    }
    std::uint8_t bits_ = 0;
};

} // namespace sightline::core
