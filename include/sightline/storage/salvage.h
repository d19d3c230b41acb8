#pragma once

#include "sightline/core/mapdata.h"

#include <QString>
#include <optional>

namespace sightline::storage {

// What could be saved from a damaged .rmap file (docs/storage.md, "Damaged files").
struct SalvageResult {
    std::optional<core::MapData> map; // set when a valid map could be put together
    QString report;                   // what was recovered and what was lost, for a person
    QString error;                    // why nothing could be recovered
};

// Reads a damaged map as far as it goes, never writing the file: every row of Sightline's tables
// that can still be read (scanning each table from both ends, ignoring damaged indexes) goes into
// a fresh database in memory; rows that refer to lost rows are dropped (or lose the reference
// when it is optional); the result must validate. The file must still be a Sightline map of a
// version this Sightline reads, with exactly Sightline's schema (the untrusted-open check).
SalvageResult salvageRmap(const QString& path);

} // namespace sightline::storage
