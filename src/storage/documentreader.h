#pragma once

#include "orderkeys.h"
#include "sightline/core/mapdata.h"

#include <sqlite3.h>

namespace sightline::storage {

// Reads the whole map from a connection to a file of the current schema version. Checks what
// it reads (types, enumerations, dates) and throws StorageError with a message naming the table
// and row of the first problem. It does not validate() the map: the caller does.
core::MapData readDocument(sqlite3* db, DocumentKeys* keys = nullptr);

} // namespace sightline::storage

namespace sightline::storage {

// Only the ord keys of every ordered table (e.g. after copying a file).
DocumentKeys readKeys(sqlite3* db);

} // namespace sightline::storage
