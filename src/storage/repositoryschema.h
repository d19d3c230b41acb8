#pragma once

#include <vector>

namespace sightline::storage {

// The schema version this build writes and reads (repository.md).
int repositorySchemaVersion();

// The SQL that takes a database from schema version i to i + 1, for i = 0 .. version - 1.
std::vector<const char*> repositoryMigrations();

// The SQL that creates the owner and the three group roles when they do not exist.
const char* repositoryRoles();

} // namespace sightline::storage
