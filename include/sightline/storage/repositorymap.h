#pragma once

#include "sightline/core/map.h"
#include "sightline/core/mapdata.h"
#include "sightline/core/status.h"
#include "sightline/io/editscript.h"
#include "sightline/storage/repository.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sightline::storage {

class RepositoryRows;

// One map of a repository, held in memory at a known revision and edited through the server:
// each edit is one transaction that first catches up with the revisions of others (from the
// log), checks the result with the map-format rules and writes only the rows that changed
// (found from the change set of bringing the model to the result, not by comparing every row).
class RepositoryMap {
public:
    RepositoryMap(Repository& repository, std::string map);
    ~RepositoryMap();

    // Reads the map at its newest revision.
    core::Status open();
    const core::MapData& map() const { return model_->data(); }
    long long revision() const { return revision_; }

    struct Outcome {
        enum Kind { Applied, Refused, Failed } kind = Failed;
        long long revision = 0; // the map's revision after the edit
        std::string message;    // why it was refused or failed
    };
    // Applies one edit line. Refused: the map rules or the server's policies said no (nothing
    // changed); Failed: the connection or the server failed.
    Outcome edit(const io::EditLine& line);

    // Applies the revisions committed by others since revision() (from the log).
    core::Status catchUp();

private:
    core::Status reread(); // open() inside the caller's transaction
    core::Status take(std::optional<core::MapData> map, const core::Status& status);
    core::Status catchUpLocked(long long current);
    Repository& repository_;
    std::string name_;
    // Brings the model to `after` (one change set) and returns the rows that changed.
    core::Status moveTo(const core::MapData& after, std::vector<core::ChangeEvent>& events);
    // The map as a model: an edit's rows come from its change set, not from the whole map.
    std::unique_ptr<core::Map> model_;
    long long revision_ = 0;
    std::unique_ptr<RepositoryRows> rows_;
};

} // namespace sightline::storage
