// repo init: idempotent, and a database with a newer schema is refused, naming both versions.
#include "testdatabase.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sightline;
using namespace sightline::repotest;

TEST_CASE("repo init is idempotent and refuses a newer schema", "[repository][schema]") {
    TestDatabase db;
    auto repo = db.connect("sightline_admin");
    core::Status status;
    CHECK(repo->schemaVersion(status) == 2);
    db.uploadWithGrants("m", manufacturer());
    REQUIRE(repo->init().ok()); // again: nothing changes, the map stays
    long long rev = 0;
    CHECK(repo->load("m", rev, status));

    REQUIRE(
        QSqlQuery(repo->database()).exec(QStringLiteral("UPDATE sightline.schema_version SET version = 7")));
    const core::Status newer = repo->init();
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.message().find("version 7") != std::string::npos);
    CHECK(newer.message().find("version 2") != std::string::npos);
}

TEST_CASE("addresses: map, socket folder, options; bad ones are explained", "[repository][address]") {
    std::string error;
    auto a = storage::parseRepositoryAddress(
        "postgresql://ann:s%3Acret@db.example.org:5433/strategy?map=Group%202027&sslmode=require", error);
    REQUIRE(a);
    CHECK(a->user == "ann");
    CHECK(a->password == "s:cret");
    CHECK(a->host == "db.example.org");
    CHECK(a->port == 5433);
    CHECK(a->database == "strategy");
    CHECK(a->map == "Group 2027");
    REQUIRE(a->options.size() == 1);
    CHECK(a->options[0].first == "sslmode");
    CHECK(a->display().indexOf(QStringLiteral("s:cret")) < 0); // never shown
    auto socket = storage::parseRepositoryAddress("postgresql:///strategy?host=/run/postgresql&map=x", error);
    REQUIRE(socket);
    CHECK(socket->host == "/run/postgresql");
    CHECK_FALSE(storage::parseRepositoryAddress("postgresql://host/", error));
    CHECK(error.find("no database") != std::string::npos);
    CHECK_FALSE(storage::parseRepositoryAddress("postgresql://host/db?port=99999", error));
    CHECK(error.find("port") != std::string::npos);
    CHECK_FALSE(storage::parseRepositoryAddress("postgresql://host/db?options=a;b", error));
}
