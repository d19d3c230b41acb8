#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/core/status.h"

#include <QSqlDatabase>
#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sightline::storage {

// A map as the rows of the repository's tables: one row an entity (repository.md), its JSON
// object as the writer writes it. Two RepositoryRows differ exactly in the rows an edit must
// write.
class RepositoryRows {
public:
    // The tables in the order rows are inserted (deleted in the reverse order).
    enum Table { Doc, Teams, People, Nodes, Values, Links, Positions, TableCount };

    struct Row {
        std::string key1, key2; // id; or measure and date; or view and node; or the map's field
        long long ord = 0;
        std::string data; // the entity's JSON object
    };

    RepositoryRows() = default;
    explicit RepositoryRows(const core::MapData& map);

    // Writes the rows of `after` that differ from these into the map's tables, inside the
    // caller's transaction. Refused (a message naming the entity) when the server's policies
    // leave a row unchanged or reject it; the caller rolls back. `uploading` keeps the order of
    // `after` as it is (a new map), otherwise inserted rows go after the existing ones.
    core::Status writeChanges(QSqlDatabase& db, const QString& map, const RepositoryRows& after,
                              bool uploading = false) const;

    // A row that `after` changes or removes and that the server changed after a revision.
    struct StaleRow {
        std::string description; // "node 'm-otif'"
        std::string entity;      // "node", "link", "team", "person"; "" for other rows
        std::string id;
        std::string json; // `after`'s version of the row; empty for a removal
    };
    // The rows that `after` changes or removes and that the server changed after `revision`
    // (someone else's newer write).
    std::vector<StaleRow> staleRows(QSqlDatabase& db, const QString& map, const RepositoryRows& after,
                                    long long revision, core::Status& status) const;

    // Whether any row differs.
    bool operator==(const RepositoryRows& other) const;

private:
    // Per table, rows by their key (key1 + '\x1f' + key2).
    std::array<std::map<std::string, Row>, TableCount> tables_;
};

} // namespace sightline::storage
