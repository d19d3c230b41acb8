// An edit of a repository map in the editor writes the rows its change set touched: its time
// does not grow with the map (docs/repository.md). Compared on the same server: the 57-node
// example and the example with 3,000 more measures.
#include "sightline/storage/repositoryaddress.h"
#include "sightline/storage/repositorydocument.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::repotest;

namespace {

// The example with `extra` measures of the production team, each with two years of values.
core::MapData withMeasures(int extra) {
    core::MapData map = manufacturer();
    for (int i = 0; i < extra; ++i) {
        core::Node n;
        n.id = core::NodeId("m-cell-" + std::to_string(i));
        n.kind = core::NodeKind::Measure;
        n.title = "Scrap rate of cell " + std::to_string(i);
        n.team = core::TeamId("prod");
        n.unit = "%";
        n.direction = core::Direction::Down;
        for (int month = 1; month <= 24; ++month)
            n.values.push_back({*core::Date::fromYmd(2025 + (month - 1) / 12, (month - 1) % 12 + 1, 1),
                                2.0 + (i * 7 + month * 3) % 10 / 10.0});
        map.nodes.push_back(std::move(n));
    }
    return map;
}

// The median time of renaming a result ten times in an open repository map (each rename is
// written through to the server before updateNode returns).
double medianEditMs(const TestDatabase& db, const std::string& mapName) {
    std::string error;
    const auto address = storage::parseRepositoryAddress(db.url("fran", mapName), error);
    REQUIRE(address);
    auto opened = storage::RepositoryDocument::open(*address);
    REQUIRE(opened.document);
    core::Map& map = opened.document->map();
    const long long first = opened.document->revision();
    std::vector<double> times;
    for (int i = 0; i < 10; ++i) {
        core::Node n = *map.node(core::NodeId("o-oee"));
        n.title = "Equipment effectiveness, take " + std::to_string(i);
        QElapsedTimer clock;
        clock.start();
        REQUIRE(map.updateNode(std::move(n)).ok());
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    CHECK(opened.document->revision() == first + 10);
    CHECK_FALSE(opened.document->hasUnsentEdits());
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

TEST_CASE("an edit in the editor takes as long on a 3,000-node repository map as on a small one",
          "[repository][scale]") {
    TestDatabase db;
    db.uploadWithGrants("small", manufacturer());
    db.uploadWithGrants("big", withMeasures(3000));
    const double small = medianEditMs(db, "small");
    const double big = medianEditMs(db, "big");
    WARN("one edit written through: " << small << " ms on 57 nodes, " << big << " ms on 3,057 nodes");
    // Writing the whole map's rows took 30 times as long on the big map; the server's own work
    // (a commit) is the same for both.
    CHECK(big < 4 * small + 5);
}
