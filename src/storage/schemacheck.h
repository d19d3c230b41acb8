#pragma once

#include <QString>
#include <sqlite3.h>

namespace sightline::storage {

// The untrusted-open check (docs/storage.md, "Opening"): compares the file's sqlite_schema with
// the schema that Sightline's own migrations create for `version`, built in a database in
// memory. Object by object (type, name, table and SQL text with its white space collapsed),
// nothing more, nothing less: a trigger, view, virtual table or any table or index Sightline
// does not create is refused, and so is one of ours defined differently.
//
// Returns "" when the schemas match, else a message naming the first object that differs
// (triggers, views and virtual tables first), e.g. "contains a trigger "x" that Sightline does
// not create"; `others` receives how many more differences there are. Throws StorageError
// when the file's schema cannot be read (a damaged or malformed schema).
QString schemaDifference(sqlite3* file, int version, int* others = nullptr);

} // namespace sightline::storage
