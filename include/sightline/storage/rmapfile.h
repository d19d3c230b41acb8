#pragma once

#include "sightline/core/mapdata.h"

#include <QString>
#include <optional>

namespace sightline::storage {

// Whether the file starts like a SQLite database ("SQLite format 3\0"): .rmap is recognised
// by content, not by name.
bool looksLikeSqlite(const QString& path);

// Reads a whole .rmap file read-only (with every check of RmapDocument::open).
struct RmapReadResult {
    std::optional<core::MapData> map;
    QString error;
};
RmapReadResult readRmap(const QString& path);
// The same for the bytes of a file (written to a private temporary folder first): for fuzz
// targets and tests. No state is kept between calls.
RmapReadResult readRmapBytes(const QByteArray& bytes);

// Writes data as a new .rmap file: a temporary file beside path, renamed over it when complete,
// so that path holds the whole map or is left as it was. Returns an error message or "".
QString writeRmap(const QString& path, const core::MapData& data);

} // namespace sightline::storage
