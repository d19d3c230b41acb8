#pragma once

#include "orderkeys.h"
#include "sightline/core/changeevent.h"
#include "sightline/core/map.h"
#include "statement.h"

#include <functional>
#include <sqlite3.h>
#include <string>
#include <unordered_map>

namespace sightline::storage {

// Writes the model to a connection of the current schema version: the whole map, or one
// committed ChangeSet, each in one transaction. A failed write is rolled back and thrown as
// StorageError; the keys are then no longer trusted and the caller writes the whole map next.
class DocumentWriter {
public:
    DocumentWriter(sqlite3* db, DocumentKeys keys);

    // Replaces everything in the file with data.
    void writeAll(const core::MapData& data);
    // Writes what changes says changed, reading the new state from map.
    void apply(const core::Map& map, const core::ChangeSet& changes);
    DocumentKeys takeKeys() { return std::move(keys_); }

private:
    struct Touched {
        std::unordered_map<std::string, bool> ids; // id -> added or removed (its key is reset)
        void add(const std::string& id, bool reset) { ids[id] = ids[id] || reset; }
    };
    struct Ordered {
        Statement* remove;
        Statement* order;
        OrderKeys* keys;
        std::function<bool(const std::string&)> present;
        std::function<std::size_t(const std::string&)> index;
        std::size_t count;
        std::function<const std::string&(std::size_t)> idAt;
        std::function<void(std::size_t, double)> upsert;
    };

    void transaction(const std::function<void()>& work);
    void removeMissing(const Ordered& t, const Touched& touched);
    void upsertPresent(const Ordered& t, const Touched& touched);
    void writeDocumentRow(const core::MapData& data);
    void writePerspective(const core::Perspective& p, double key);
    void writeTeam(const core::Team& t, double key);
    void writePerson(const core::Person& p, double key);
    void writeNode(const core::Node& n, double key);
    void writeLink(const core::Link& l, double key);
    void writePosition(core::ViewKind view, const core::NodeId& node, core::Point p);
    void writeWaivers(const std::vector<core::Waiver>& waivers);

    sqlite3* db_;
    DocumentKeys keys_;
    Statement upsertPerspective_, upsertTeam_, upsertPerson_, upsertNode_, upsertLink_;
    Statement deletePerspective_, deleteTeam_, deletePerson_, deleteNode_, deleteLink_;
    Statement deleteValues_, insertValue_, upsertPosition_, deletePosition_, deleteNodePositions_;
    Statement insertWaiver_, insertWaiverNode_;
    Statement updateDocument_;
    Statement orderPerspective_, orderTeam_, orderPerson_, orderNode_, orderLink_;
};

} // namespace sightline::storage
