#include "sightline/core/types.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace sightline::core;

namespace {

// Every value of E spells as expected, parses back, and allowedValues lists the spellings in order.
template <class E> void checkSpellings(const std::vector<std::pair<E, std::string>>& expected) {
    std::string allowed;
    for (const auto& [value, spelling] : expected) {
        INFO(spelling);
        CHECK(toString(value) == spelling);
        CHECK(fromString<E>(spelling) == value);
        if (!allowed.empty())
            allowed += ", ";
        allowed += spelling;
        // Near misses are refused: case, white space, prefixes.
        std::string upper = spelling;
        for (char& c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (upper != spelling)
            CHECK_FALSE(fromString<E>(upper));
        CHECK_FALSE(fromString<E>(" " + spelling));
        CHECK_FALSE(fromString<E>(spelling + " "));
        CHECK_FALSE(fromString<E>(spelling.substr(0, spelling.size() - 1)));
    }
    CHECK(allowedValues<E>() == allowed);
    CHECK_FALSE(fromString<E>(""));
    CHECK_FALSE(fromString<E>("unknown"));
}

} // namespace

TEST_CASE("enum spellings follow the map format", "[types]") {
    checkSpellings<NodeKind>({{NodeKind::Objective, "objective"},
                              {NodeKind::Measure, "measure"},
                              {NodeKind::Initiative, "initiative"}});
    checkSpellings<LinkKind>({{LinkKind::Drives, "drives"},
                              {LinkKind::Measures, "measures"},
                              {LinkKind::Supports, "supports"},
                              {LinkKind::Rollup, "rollup"}});
    checkSpellings<Direction>(
        {{Direction::Up, "up"}, {Direction::Down, "down"}, {Direction::Target, "target"}});
    checkSpellings<Cadence>({{Cadence::Daily, "daily"},
                             {Cadence::Weekly, "weekly"},
                             {Cadence::Monthly, "monthly"},
                             {Cadence::Quarterly, "quarterly"},
                             {Cadence::Yearly, "yearly"}});
    checkSpellings<InitiativeStatus>({{InitiativeStatus::Proposed, "proposed"},
                                      {InitiativeStatus::Active, "active"},
                                      {InitiativeStatus::OnHold, "on-hold"},
                                      {InitiativeStatus::Done, "done"},
                                      {InitiativeStatus::Cancelled, "cancelled"}});
    checkSpellings<Polarity>({{Polarity::Positive, "+"}, {Polarity::Negative, "-"}});
    checkSpellings<Aggregate>({{Aggregate::Sum, "sum"},
                               {Aggregate::Average, "average"},
                               {Aggregate::Min, "min"},
                               {Aggregate::Max, "max"}});
    checkSpellings<ViewKind>({{ViewKind::Results, "results"},
                              {ViewKind::Strategy, "strategy"},
                              {ViewKind::Hierarchy, "hierarchy"}});
    checkSpellings<Vocabulary>(
        {{Vocabulary::Pump, "pump"}, {Vocabulary::Bsc, "bsc"}, {Vocabulary::Okr, "okr"}});
}

TEST_CASE("spellings of one enum are not accepted by another", "[types]") {
    CHECK_FALSE(fromString<NodeKind>("drives"));
    CHECK_FALSE(fromString<LinkKind>("measure")); // the node kind, not the link kind "measures"
    CHECK_FALSE(fromString<NodeKind>("measures"));
    CHECK_FALSE(fromString<InitiativeStatus>("on_hold"));
    CHECK_FALSE(fromString<InitiativeStatus>("onhold"));
    CHECK_FALSE(fromString<Polarity>("positive"));
    CHECK_FALSE(fromString<Polarity>("+1"));
    CHECK_FALSE(fromString<Aggregate>("avg"));
    CHECK_FALSE(fromString<Direction>("target "));
    CHECK_FALSE(fromString<Vocabulary>("PuMP"));
}

TEST_CASE("linkAllowed matches the spec's table of link kinds", "[types]") {
    // map-format-v1.md, "Link kinds and the node kinds they may join", written out in full.
    const NodeKind O = NodeKind::Objective, M = NodeKind::Measure, I = NodeKind::Initiative;
    struct Row {
        LinkKind kind;
        NodeKind from, to;
    };
    const std::vector<Row> allowed = {
        {LinkKind::Drives, O, O},   {LinkKind::Drives, O, M},   {LinkKind::Drives, M, O},
        {LinkKind::Drives, M, M},   {LinkKind::Measures, M, O}, {LinkKind::Supports, I, O},
        {LinkKind::Supports, I, M}, {LinkKind::Rollup, M, M},   {LinkKind::Rollup, O, O},
    };
    int allowedCount = 0;
    for (LinkKind kind : kAllLinkKinds) {
        for (NodeKind from : kAllNodeKinds) {
            for (NodeKind to : kAllNodeKinds) {
                bool expected = false;
                for (const Row& r : allowed)
                    expected = expected || (r.kind == kind && r.from == from && r.to == to);
                INFO(toString(kind) << " " << toString(from) << " -> " << toString(to));
                CHECK(linkAllowed(kind, from, to) == expected);
                allowedCount += linkAllowed(kind, from, to) ? 1 : 0;
            }
        }
    }
    CHECK(allowedCount == 9);
}

TEST_CASE("cadenceDays gives the periods of analysis-rules.md", "[types]") {
    CHECK(cadenceDays(Cadence::Daily) == 1);
    CHECK(cadenceDays(Cadence::Weekly) == 7);
    CHECK(cadenceDays(Cadence::Monthly) == 31);
    CHECK(cadenceDays(Cadence::Quarterly) == 92);
    CHECK(cadenceDays(Cadence::Yearly) == 366);
}

TEST_CASE("LinkKinds is a set of link kinds", "[types]") {
    const LinkKinds none;
    const LinkKinds all = LinkKinds::all();
    const LinkKinds some{LinkKind::Drives, LinkKind::Rollup};
    for (LinkKind k : kAllLinkKinds) {
        CHECK_FALSE(none.contains(k));
        CHECK(all.contains(k));
    }
    CHECK(some.contains(LinkKind::Drives));
    CHECK(some.contains(LinkKind::Rollup));
    CHECK_FALSE(some.contains(LinkKind::Measures));
    CHECK_FALSE(some.contains(LinkKind::Supports));
    static_assert(LinkKinds{LinkKind::Supports}.contains(LinkKind::Supports));
}

TEST_CASE("the lists of all values are complete", "[types]") {
    CHECK(std::size(kAllViews) == static_cast<std::size_t>(kViewCount));
    CHECK(toString(kAllViews[0]) == "results");
    CHECK(toString(kAllViews[2]) == "hierarchy");
    CHECK(std::size(kAllLinkKinds) == 4);
    CHECK(std::size(kAllNodeKinds) == 3);
}
