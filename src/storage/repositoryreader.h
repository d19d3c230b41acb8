#pragma once

#include "sightline/core/status.h"

#include <QSqlDatabase>
#include <optional>
#include <string>

namespace sightline::storage {

// The map's rows as one map-format document (version 2), assembled here from each row's JSON
// text rather than by the server (building one jsonb value of a 20,000-node map costs the
// server seconds). Runs in the caller's transaction: a consistent read needs REPEATABLE READ or
// the map's lock. `revision` is set to the map's revision; nullopt with `status` when the map
// does not exist for this role or a query fails.
std::optional<std::string> readMapDocument(QSqlDatabase& db, const QString& map, long long& revision,
                                           core::Status& status);

} // namespace sightline::storage
