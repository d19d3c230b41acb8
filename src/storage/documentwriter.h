#pragma once

#include "orderkeys.h"
#include "sightline/core/changeevent.h"
#include "sightline/core/map.h"
#include "statement.h"

#include <cstdint>
#include <functional>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace sightline::storage {

// Writes the model to a connection of the current schema version: the whole map, or one
// committed ChangeSet, each in one transaction. A failed write is rolled back and thrown as
// StorageError; the keys are then no longer trusted and the caller writes the whole map next.
class DocumentWriter {
public:
    DocumentWriter(sqlite3* db, DocumentKeys keys);

    // Replaces everything in the file with data.
    void writeAll(const core::MapData& data);
    // Writes what changes says changed, reading the new state from map: a changed node, link,
    // team or person writes only its changed columns (a rename writes one row).
    void apply(const core::Map& map, const core::ChangeSet& changes);
    DocumentKeys takeKeys() { return std::move(keys_); }

private:
    // What one change set did to the rows of one table.
    struct Touched {
        struct Entry {
            bool reset = false;       // added or removed: its key is reset, the row written whole
            std::uint32_t fields = 0; // otherwise: the fields that changed (a FieldMask's bits)
        };
        std::unordered_map<std::string, Entry> ids;
        void add(const std::string& id, bool reset, std::uint32_t fields = 0) {
            Entry& e = ids[id];
            e.reset = e.reset || reset;
            e.fields |= fields;
        }
    };
    class ChangeReader;
    struct Ordered {
        Statement* remove;
        Statement* order;
        OrderKeys* keys;
        std::function<bool(const std::string&)> present;
        std::function<std::size_t(const std::string&)> index;
        std::size_t count;
        std::function<const std::string&(std::size_t)> idAt;
        std::function<void(std::size_t, double)> upsert;
        // Writes only the changed fields of an existing row; false when it cannot (then upsert).
        std::function<bool(std::size_t, std::uint32_t)> update;
    };

    void transaction(const std::function<void()>& work);
    void removeMissing(const Ordered& t, const Touched& touched);
    void upsertPresent(const Ordered& t, const Touched& touched);
    void writeDocumentRow(const core::MapData& data);
    void writePerspective(const core::Perspective& p, double key);
    void writeTeam(const core::Team& t, double key);
    void writePerson(const core::Person& p, double key);
    void writeNode(const core::Node& n, double key);
    void writeValues(const core::Node& n);   // measure_values rows
    void writeForecast(const core::Node& n); // measure_forecast rows
    void writeBreaks(const core::Node& n);   // xmr_breaks rows
    bool updateNode(const core::Node& n, core::NodeFields fields);
    bool updateLink(const core::Link& l, core::LinkFields fields);
    bool updateTeam(const core::Team& t, core::TeamFields fields);
    bool updatePerson(const core::Person& p, core::PersonFields fields);
    // UPDATE table SET <the named columns> WHERE id = ?1, prepared once per set of columns.
    Statement& columnUpdate(const char* table, const std::vector<const char*>& columns);
    auto columnPreparer(); // columnUpdate as a callable, for columns::updateColumns
    void writeLink(const core::Link& l, double key);
    void writePosition(core::ViewKind view, const core::NodeId& node, core::Point p);
    void writeWaivers(const std::vector<core::Waiver>& waivers);

    sqlite3* db_;
    DocumentKeys keys_;
    Statement upsertPerspective_, upsertTeam_, upsertPerson_, upsertNode_, upsertLink_;
    Statement deletePerspective_, deleteTeam_, deletePerson_, deleteNode_, deleteLink_;
    Statement deleteValues_, insertValue_, deleteForecast_, insertForecast_, deleteBreaks_, insertBreak_;
    Statement upsertPosition_, deletePosition_, deleteNodePositions_;
    Statement insertWaiver_, insertWaiverNode_;
    Statement updateDocument_;
    Statement orderPerspective_, orderTeam_, orderPerson_, orderNode_, orderLink_;
    std::unordered_map<std::string, Statement> columnUpdates_;
};

} // namespace sightline::storage
