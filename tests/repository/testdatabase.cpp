#include "testdatabase.h"

#include "sightline/io/jsonmapreader.h"
#include "sightline/io/jsonmapwriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

namespace sightline::repotest {

namespace {

std::unique_ptr<storage::Repository> admin(const std::string& database) {
    std::string error;
    auto address = storage::parseRepositoryAddress(
        "postgresql:///" + database + "?host=" + socketDirectory() + "&user=sightline_admin", error);
    REQUIRE(address);
    core::Status status;
    auto repo = storage::Repository::connect(*address, status);
    INFO(status.message());
    REQUIRE(repo);
    return repo;
}

void exec(storage::Repository& repo, const std::string& sql) {
    QSqlQuery q(repo.database());
    INFO(sql);
    const bool ok = q.exec(QString::fromStdString(sql));
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

std::string socketDirectory() {
    const char* state = std::getenv("SIGHTLINE_PG_STATE");
    REQUIRE(state);
    std::ifstream in(state);
    std::string dir;
    std::getline(in, dir);
    REQUIRE(!dir.empty());
    return dir;
}

void ensureRoles() {
    auto repo = admin("postgres");
    for (const char* role : {"alice", "bob", "vera", "fran", "mallory"})
        exec(*repo, std::string("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '") + role +
                        "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
}

TestDatabase::TestDatabase() {
    static int counter = 0;
    name_ = "test_" + std::to_string(QCoreApplication::applicationPid()) + "_" + std::to_string(++counter);
    ensureRoles();
    exec(*admin("postgres"), "CREATE DATABASE " + name_);
    auto repo = admin(name_);
    const core::Status s = repo->init();
    INFO(s.message());
    REQUIRE(s.ok());
}

TestDatabase::~TestDatabase() {
    auto repo = admin("postgres");
    QSqlQuery(repo->database())
        .exec(QString::fromStdString("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"));
}

std::string TestDatabase::url(const std::string& user, const std::string& map) const {
    return "postgresql:///" + name_ + "?host=" + socketDirectory() + "&user=" + user +
           (map.empty() ? "" : "&map=" + map);
}

std::unique_ptr<storage::Repository> TestDatabase::connect(const std::string& user,
                                                           const std::string& map) const {
    std::string error;
    auto address = storage::parseRepositoryAddress(url(user, map), error);
    REQUIRE(address);
    core::Status status;
    auto repo = storage::Repository::connect(*address, status);
    INFO(status.message());
    REQUIRE(repo);
    return repo;
}

void TestDatabase::uploadWithGrants(const std::string& map, const core::MapData& data) const {
    auto repo = connect("sightline_admin");
    const core::Status up = repo->upload(map, data, false);
    INFO(up.message());
    REQUIRE(up.ok());
    REQUIRE(repo->grant(map, "alice", "editor", "ops").ok());
    REQUIRE(repo->grant(map, "bob", "editor", "sales").ok());
    REQUIRE(repo->grant(map, "vera", "viewer", "").ok());
    REQUIRE(repo->grant(map, "fran", "facilitator", "").ok());
}

core::MapData manufacturer() {
    io::ReadResult read =
        io::readMapJsonFile(std::string(SIGHTLINE_EXAMPLES) + "/manufacturer-results-map.json");
    REQUIRE(read.ok());
    return std::move(*read.map);
}

std::string jsonOf(const core::MapData& map) {
    return io::writeMapJson(map);
}

std::string sqlAs(const TestDatabase& db, const std::string& user, const std::string& sql, int* rows) {
    auto repo = db.connect(user);
    QSqlQuery q(repo->database());
    if (!q.exec(QString::fromStdString(sql)))
        return q.lastError().databaseText().toStdString();
    if (rows)
        *rows = q.numRowsAffected();
    return {};
}

io::EditLine editLine(const std::string& json) {
    std::string error;
    auto parsed = io::parseEditLine(json, error);
    INFO(error);
    REQUIRE(parsed);
    return *parsed;
}

} // namespace sightline::repotest
