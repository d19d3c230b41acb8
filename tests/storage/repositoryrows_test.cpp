// The team repository's rows (repositoryrows.h) follow a map's change sets: the rows of what an
// edit touched, and only those, are what comparing the whole map's rows finds. The editor writes
// a repository map's edits from the change sets, so that one edit's work does not grow with the
// map (docs/repository.md); these tests need no server.
#include "repositoryrows.h"
#include "testmaps.h"

#include <catch2/catch.hpp>
#include <random>

using namespace sightline;
using storage::RepositoryRows;

namespace {

// The same rows, keys and data (not the upload order, which change sets do not track).
bool sameRows(const RepositoryRows::Changes& a, const RepositoryRows::Changes& b, std::string& why) {
    for (std::size_t t = 0; t < a.tables.size(); ++t) {
        for (const auto& [key, row] : a.tables[t]) {
            const auto it = b.tables[t].find(key);
            if (it == b.tables[t].end()) {
                why = "table " + std::to_string(t) + ": only the change sets have " + key;
                return false;
            }
            if (row.has_value() != it->second.has_value() || (row && row->data != it->second->data)) {
                why = "table " + std::to_string(t) + ": " + key + " differs";
                return false;
            }
        }
        for (const auto& [key, row] : b.tables[t])
            if (!a.tables[t].count(key)) {
                why = "table " + std::to_string(t) + ": the change sets miss " + key;
                return false;
            }
    }
    return true;
}

} // namespace

TEST_CASE("repository rows from change sets are the rows a whole-map comparison finds",
          "[storage][repository-rows]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        core::Map map(seed == 1 ? storage::test::fullMap() : storage::test::generatedMap(300, seed));
        RepositoryRows rows(map.data());
        std::vector<core::ChangeEvent> events;
        const auto subscription = map.subscribe([&](const core::ChangeSet& changes) {
            events.insert(events.end(), changes.events.begin(), changes.events.end());
        });
        std::mt19937 random(seed);
        for (int i = 0; i < 300; ++i) {
            events.clear();
            const std::string what = storage::test::randomEdit(map, random);
            const RepositoryRows whole(map.data());
            const RepositoryRows::Changes fromEvents = rows.changesFrom(map, events);
            std::string why;
            INFO("seed " << seed << ", edit " << i << ": " << what);
            REQUIRE(sameRows(fromEvents, rows.diff(whole), why));
            CHECK(why.empty());
            CHECK(fromEvents.empty() == (rows == whole));
            rows.apply(fromEvents);
            REQUIRE(rows == whole);
        }
        map.unsubscribe(subscription);
    }
}

TEST_CASE("repository rows: several edits' change sets at once (the edits kept while offline)",
          "[storage][repository-rows]") {
    core::Map map(storage::test::generatedMap(200, 9));
    RepositoryRows rows(map.data());
    std::vector<core::ChangeEvent> events;
    const auto subscription = map.subscribe([&](const core::ChangeSet& changes) {
        events.insert(events.end(), changes.events.begin(), changes.events.end());
    });
    std::mt19937 random(9);
    for (int round = 0; round < 20; ++round) {
        events.clear();
        for (int i = 0; i < 15; ++i)
            storage::test::randomEdit(map, random);
        rows.apply(rows.changesFrom(map, events));
        REQUIRE(rows == RepositoryRows(map.data()));
    }
    // Nothing touched: nothing to write.
    CHECK(rows.changesFrom(map, {}).empty());
    map.unsubscribe(subscription);
}
