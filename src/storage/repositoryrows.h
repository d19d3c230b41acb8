#pragma once

#include "sightline/core/changeevent.h"
#include "sightline/core/map.h"
#include "sightline/core/mapdata.h"
#include "sightline/core/status.h"

#include <QSqlDatabase>
#include <array>
#include <map>
#include <optional>
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

    // Rows that differ from a RepositoryRows: per table, by key, the new row, or none for a
    // row removed.
    struct Changes {
        std::array<std::map<std::string, std::optional<Row>>, TableCount> tables;
        bool empty() const;
    };

    RepositoryRows() = default;
    explicit RepositoryRows(const core::MapData& map);

    // The rows of `after` that differ from these (every row compared: O(map)).
    Changes diff(const RepositoryRows& after) const;
    // The rows of `map` that differ from these among those the change sets touched (the
    // entities they name, the values of the nodes they name, the map's own fields when they
    // changed): O(change), for a map these rows were made from and then edited only through
    // `changes`. What the model holds now is written, so the change sets may be several edits'.
    Changes changesFrom(const core::Map& map, const std::vector<core::ChangeEvent>& changes) const;
    // These rows with `changes` made.
    void apply(const Changes& changes);

    // Writes the rows that changed into the map's tables, inside the caller's transaction.
    // Refused (a message naming the entity) when the server's policies leave a row unchanged
    // or reject it; the caller rolls back. `uploading` keeps the order the rows have (a new
    // map), otherwise inserted rows go after the existing ones.
    core::Status writeChanges(QSqlDatabase& db, const QString& map, const Changes& changes,
                              bool uploading = false) const;
    core::Status writeChanges(QSqlDatabase& db, const QString& map, const RepositoryRows& after,
                              bool uploading = false) const {
        return writeChanges(db, map, diff(after), uploading);
    }

    // A row that `after` changes or removes and that the server changed after a revision.
    struct StaleRow {
        std::string description; // "node 'm-otif'"
        std::string entity;      // "node", "link", "team", "person"; "" for other rows
        std::string id;
        std::string json; // `after`'s version of the row; empty for a removal
    };
    // The rows that `after` changes or removes and that the server changed after `revision`
    // (someone else's newer write).
    std::vector<StaleRow> staleRows(QSqlDatabase& db, const QString& map, const Changes& changes,
                                    long long revision, core::Status& status) const;

    // Whether any row differs.
    bool operator==(const RepositoryRows& other) const;

private:
    // Per table, rows by their key (key1 + '\x1f' + key2).
    std::array<std::map<std::string, Row>, TableCount> tables_;
};

} // namespace sightline::storage
