// The shipped examples and the genmap maps of tests/data, read with the JSON reader, survive
// a trip through an .rmap file unchanged, and through write-through edits of a document.

#include "sightline/io/jsonmapreader.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"
#include "testmaps.h"

#include <catch2/catch.hpp>
#include <string>

using namespace sightline;
using namespace sightline::storage;
using namespace sightline::storage::test;

TEST_CASE("examples and genmap maps round-trip through .rmap", "[storage][roundtrip]") {
    const std::string examples = SIGHTLINE_EXAMPLES;
    const std::string data = SIGHTLINE_TEST_DATA;
    for (const std::string& file :
         {examples + "/manufacturer-results-map.json", examples + "/bank-strategy-map.json",
          data + "/full-features.json", data + "/genmap-300.json", data + "/genmap-200-defects.json"}) {
        INFO(file);
        auto json = io::readMapJsonFile(file);
        REQUIRE(json.map);
        TempDir dir;
        const QString path = dir.file("map.rmap");
        REQUIRE(writeRmap(path, *json.map).isEmpty());
        const auto read = readRmap(path);
        REQUIRE(read.map);
        CHECK(*read.map == *json.map);

        // The same map, edited through a document, still matches its file.
        auto opened = RmapDocument::open(path);
        REQUIRE(opened.document);
        std::mt19937 random(11);
        for (int i = 0; i < 60; ++i)
            randomEdit(opened.document->map(), random);
        REQUIRE(opened.document->lastError().isEmpty());
        CHECK(*readRmap(path).map == opened.document->map().data());
    }
}
