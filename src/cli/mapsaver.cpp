#include "mapsaver.h"

#include "repositoryaccess.h"
#include "sightline/io/atomicfile.h"
#include "sightline/io/dotwriter.h"
#include "sightline/io/fileutil.h"
#include "sightline/io/graphmlwriter.h"
#include "sightline/io/jsonmapwriter.h"
#include "sightline/storage/maplock.h"
#include "sightline/storage/rmapfile.h"

#include <QString>
#include <algorithm>
#include <cctype>

namespace sightline::cli {

std::optional<OutputFormat> outputFormatFor(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".json")
        return OutputFormat::Json;
    if (ext == ".rmap")
        return OutputFormat::Rmap;
    if (ext == ".graphml")
        return OutputFormat::GraphMl;
    if (ext == ".dot" || ext == ".gv")
        return OutputFormat::Dot;
    return std::nullopt;
}

bool saveMap(const core::MapData& map, const std::filesystem::path& path, std::string& error) {
    const auto format = outputFormatFor(path);
    if (!format) {
        error = "cannot tell the output format of " + path.string() +
                " from its extension: use .json, .rmap, .graphml or .dot";
        return false;
    }
    return saveMapAs(map, path, *format, error);
}

bool saveMapAs(const core::MapData& map, const std::filesystem::path& path, OutputFormat format,
               std::string& error) {
    if (io::isProtectedFile(path)) {
        error = "cannot write " + path.string() + ": it is read-only, so it was not replaced";
        return false;
    }
    // One writer per map: not while the editor (or another command) has it.
    const storage::MapLock::Result lock = storage::MapLock::acquire(QString::fromStdString(path.string()));
    if (!lock.lock) {
        error = "cannot write " + path.string() + ": " + lock.error.toStdString() +
                (lock.holder ? "; close it there first" : "");
        return false;
    }
    switch (format) {
    case OutputFormat::Json:
        return io::AtomicFile::writeWhole(path, io::writeMapJson(map), error);
    case OutputFormat::Rmap: {
        // A temporary file beside path, renamed over it when complete.
        const QString message = storage::writeRmap(QString::fromStdString(path.string()), map);
        error = message.toStdString();
        return message.isEmpty();
    }
    case OutputFormat::GraphMl:
        return io::AtomicFile::writeWhole(path, io::writeMapGraphMl(map), error);
    case OutputFormat::Dot:
        return io::AtomicFile::writeWhole(path, io::writeMapDot(map), error);
    }
    return false;
}

bool saveInPlace(const LoadedMap& loaded, const core::MapData& map, const std::string& where,
                 std::string& error) {
    if (loaded.format == MapFormat::Repository)
        return saveRepositoryChanges(where, loaded.original.value_or(core::MapData()), map, error);
    return saveMapAs(map, where, loaded.format == MapFormat::Json ? OutputFormat::Json : OutputFormat::Rmap,
                     error);
}

} // namespace sightline::cli
