#pragma once

#include "sightline/core/map.h"
#include "sightline/core/mapdata.h"
#include "sightline/storage/rmapdocument.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <random>
#include <string>

namespace sightline::storage::test {

// A small map that uses every field of map-format-v1.md at least once.
core::MapData fullMap();
// A generated map with about `nodes` nodes (teams, people, measures with values, links,
// positions), deterministic for a seed.
core::MapData generatedMap(int nodes, unsigned seed);

// Applies one random, valid edit to the map through its operations (sometimes a batch, a
// removal and restore, ...). Deterministic for the map's state and the generator's state.
// Returns a short description of the edit.
std::string randomEdit(core::Map& map, std::mt19937& random);

// A fresh temporary directory for one test.
class TempDir {
public:
    QString file(const QString& name) const { return dir_.filePath(name); }
    QString path() const { return dir_.path(); }

private:
    QTemporaryDir dir_;
};

// A new document at `path` holding `map`; the test fails, with the reason, when it cannot be
// created.
std::unique_ptr<RmapDocument> createDocument(const QString& path, const core::MapData& map);

// The bytes of a file (empty when it cannot be read).
QByteArray fileBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);

// Runs a query on a file with a separate raw SQLite connection; returns the first column of
// the first row as text.
std::string queryFile(const QString& path, const std::string& sql);

} // namespace sightline::storage::test
