#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/io/editscript.h"
#include "sightline/storage/repository.h"

#include <memory>
#include <string>

namespace sightline::repotest {

// The socket directory of the private cluster the CTest fixture started (SIGHTLINE_PG_STATE).
std::string socketDirectory();

// The database roles the tests log in as: alice (editor of ops), bob (editor of sales), vera
// (viewer), fran (facilitator), mallory (no grant). Created once in the cluster.
void ensureRoles();

// A fresh database with the repository schema, dropped when the object goes.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    const std::string& name() const { return name_; }
    // postgresql:///NAME?host=SOCKET&user=USER[&map=MAP]
    std::string url(const std::string& user, const std::string& map = {}) const;
    std::unique_ptr<storage::Repository> connect(const std::string& user, const std::string& map = {}) const;
    // Uploads the map as the administrator and grants the test roles their access.
    void uploadWithGrants(const std::string& map, const core::MapData& data) const;

private:
    std::string name_;
};

// The manufacturer example map (teams bw > ops > prod/maint, bw > comm > sales, ...).
core::MapData manufacturer();

// One line of an edit script (io::parseEditLine); the test stops when it does not parse.
io::EditLine editLine(const std::string& json);
// The map as the JSON writer writes it (equivalent maps give equal text).
std::string jsonOf(const core::MapData& map);

// Runs a SQL statement as `user` on the database; the server's error text, or "" on success.
std::string sqlAs(const TestDatabase& db, const std::string& user, const std::string& sql,
                  int* rows = nullptr);

} // namespace sightline::repotest
