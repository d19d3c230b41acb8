#include "sightline/analysis/titlematch.h"

#include <catch2/catch.hpp>

using sightline::analysis::normaliseTitle;

TEST_CASE("normalise lower-cases ASCII and turns punctuation into spaces", "[titlematch]") {
    CHECK(normaliseTitle("Lost-time Injuries FALL!", "") == "lost time injurie fall");
    CHECK(normaliseTitle("  On-time   delivery (OTIF) ", "") == "on time delivery otif");
    CHECK(normaliseTitle("Cost/item_2027", "") == "cost item 2027");
    CHECK(normaliseTitle("Cost per unit", "") == "cost per"); // "unit" is a filler word
}

TEST_CASE("normalise treats typographic dashes, quotes, no-break space and ellipsis as spaces",
          "[titlematch]") {
    CHECK(normaliseTitle("Lost\u2011time injuries", "") == "lost time injurie"); // non-breaking hyphen
    CHECK(normaliseTitle("Margin\u2014grows", "") == "margin grow");             // em dash
    CHECK(normaliseTitle("\u201cCustomers\u201d reorder\u2026", "") == "customer reorder");
    CHECK(normaliseTitle("Net\u00a0margin", "") == "net margin");
    CHECK(normaliseTitle("It\u2019s done", "") == "it s done");
    // Other non-ASCII characters are word characters.
    CHECK(normaliseTitle("Caf\u00e9 sales", "") == "caf\u00e9 sale");
    CHECK(normaliseTitle("Ma\u00dfnahmen \u00b7 Plan", "") == "ma\u00dfnahmen \u00b7 plan");
    CHECK(normaliseTitle("Nuevos d\u00edas", "") == "nuevo d\u00eda"); // 4 code points, 5 bytes
}

TEST_CASE("normalise removes the node's own team name as whole words", "[titlematch]") {
    CHECK(normaliseTitle("Lost-time injuries in Human Resources", "Human Resources") == "lost time injurie");
    CHECK(normaliseTitle("Lost-time injuries in Maintenance & Reliability", "Maintenance & Reliability") ==
          "lost time injurie");
    // Whole words only, non-overlapping, left to right.
    CHECK(normaliseTitle("Salesforce sales", "Sales") == "salesforce");
    CHECK(normaliseTitle("sales sales sales", "Sales Sales") == "sale");
    CHECK(normaliseTitle("IT costs fall", "IT") == "cost fall");
    // The team name is removed before filler words, so filler inside it does not get in the way.
    CHECK(normaliseTitle("Costs of the Team of Ops fall", "Team of Ops") == "cost fall");
}

TEST_CASE("normalise drops filler words and the plural s of long words", "[titlematch]") {
    CHECK(normaliseTitle("The team at our unit in the division of a group for an dept department", "") == "");
    CHECK(normaliseTitle("Gas use falls", "") == "gas use fall"); // "gas": three characters
    CHECK(normaliseTitle("Bus fleets", "") == "bus fleet");
    CHECK(normaliseTitle("Process errors", "") == "proces error"); // only one final s goes
    CHECK(normaliseTitle("Sales teams", "") == "sale team");       // "teams" is not "team"
}

TEST_CASE("titles match only when their normal forms are equal and not empty", "[titlematch]") {
    CHECK(normaliseTitle("Reduce lost-time injuries", "Finance") !=
          normaliseTitle("reduce LOST TIME injury's", "HR"));
    CHECK(normaliseTitle("Reduce lost-time injuries", "Finance") ==
          normaliseTitle("REDUCE lost time injurie", "HR"));
    CHECK(normaliseTitle("Injury rate, Finance", "Finance") == normaliseTitle("Injury rate", "Operations"));
    CHECK(normaliseTitle("The team", "").empty());
    CHECK(normaliseTitle("Operations", "Operations").empty());
}
