#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/core/status.h"
#include "sightline/storage/repositoryaddress.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sightline::storage {

// A connection to a team repository: a PostgreSQL database with the `sightline` schema
// (repository.md), through Qt Sql's QPSQL driver, as the person's own database role. The
// server decides what that role may do (row-level security); this class only asks.
class Repository {
public:
    // Connects; nullptr with `status` saying why (no driver, server down, login refused).
    // `applicationName` is what the server shows in pg_stat_activity (presence).
    static std::unique_ptr<Repository> connect(const RepositoryAddress& address, core::Status& status,
                                               const QString& applicationName = QStringLiteral("sightline"));
    ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    const RepositoryAddress& address() const { return address_; }
    QSqlDatabase database() const;
    // Whether the connection still works (false after the server went away).
    bool isConnected() const;

    // The schema version in the database: 0 when there is none.
    int schemaVersion(core::Status& status) const;
    // Creates or upgrades the schema and the group roles; refuses a newer schema, naming both.
    core::Status init();

    struct MapInfo {
        std::string name;
        long long revision = 0;
        std::string changed;   // ISO 8601
        std::string changedBy; // database role
    };
    // The maps the connected role may read.
    std::vector<MapInfo> maps(core::Status& status) const;

    // Grants (or revokes) a database role access to a map: access is facilitator, editor
    // (with a team) or viewer; granting also makes the role a member of sightline_<access>.
    core::Status grant(const std::string& map, const std::string& role, const std::string& access,
                       const std::string& team);
    core::Status revoke(const std::string& map, const std::string& role, const std::string& access,
                        const std::string& team);

    struct Revision {
        long long rev = 0;
        std::string time;
        std::string user;
        std::string ops; // JSON array of edit-script operations
    };
    // The map's revisions after `since`, oldest first.
    std::vector<Revision> log(const std::string& map, long long since, core::Status& status) const;

    // The whole map at its newest revision (`revision` set to it).
    std::optional<core::MapData> load(const std::string& map, long long& revision,
                                      core::Status& status) const;
    // The same inside the caller's transaction.
    std::optional<core::MapData> read(const std::string& map, long long& revision,
                                      core::Status& status) const;
    // Stores `data` as a new map (revision 1); refuses an existing map unless `replace`.
    core::Status upload(const std::string& map, const core::MapData& data, bool replace);

    // Writes, in one revision, the rows in which `after` differs from `before` (the map as read
    // earlier): others' changes to other rows stay. Refused when the server's policies say no.
    core::Status commitChanges(const std::string& map, const core::MapData& before,
                               const core::MapData& after);

private:
    explicit Repository(RepositoryAddress address);
    RepositoryAddress address_;
    QString connectionName_;
};

} // namespace sightline::storage
