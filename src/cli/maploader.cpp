#include "maploader.h"

#include "repositoryaccess.h"
#include "sightline/io/fileutil.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/storage/repositoryaddress.h"
#include "sightline/storage/rmapfile.h"

#include <QString>
#include <algorithm>
#include <cctype>
#include <fstream>

namespace sightline::cli {

namespace {

constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};

LoadedMap fromReadResult(io::ReadResult&& r, MapFormat format) {
    LoadedMap loaded;
    loaded.map = std::move(r.map);
    loaded.errors = std::move(r.errors);
    loaded.warnings = std::move(r.warnings);
    loaded.errorsTruncated = r.errorsTruncated;
    loaded.format = format;
    return loaded;
}

// .rmap documents (SQLite), opened read-only with every check of the storage layer; a
// refused document is one error without a pointer.
LoadedMap loadRmap(const std::filesystem::path& path) {
    LoadedMap loaded;
    loaded.format = MapFormat::Rmap;
    auto read = storage::readRmap(QString::fromStdString(path.string()));
    if (!read.map) {
        loaded.errors.push_back({"", read.error.toStdString()});
        return loaded;
    }
    loaded.warnings = core::warnings(*read.map);
    loaded.map = std::move(read.map);
    return loaded;
}

// The first bytes of a file (fewer when it is shorter or cannot be read).
std::string head(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes(kSqliteHeader.size(), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(in ? bytes.size() : static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return bytes;
}

} // namespace

MapFormat detectMapFormat(std::string_view head) {
    if (head.substr(0, kSqliteHeader.size()) == kSqliteHeader)
        return MapFormat::Rmap;
    return MapFormat::Json;
}

LoadedMap loadMap(const std::filesystem::path& path) {
    if (storage::isRepositoryAddress(path.string()))
        return loadRepositoryMap(path.string());
    // An .rmap document is read by SQLite: do not read it whole first.
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
        // A file named .rmap that is not SQLite gets the storage layer's message about that.
        std::string ext = path.extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if (ext == ".rmap" || detectMapFormat(head(path)) == MapFormat::Rmap)
            return loadRmap(path);
    }
    std::string error;
    auto bytes = io::readFileBytes(path, error);
    if (!bytes) {
        LoadedMap loaded;
        loaded.errors.push_back({"", error});
        return loaded;
    }
    switch (detectMapFormat(*bytes)) {
    case MapFormat::Rmap:
        bytes.reset();
        return loadRmap(path);
    case MapFormat::Json:
    case MapFormat::Repository:
        break;
    }
    return fromReadResult(io::readMapJson(*bytes), MapFormat::Json);
}

void printIssues(const LoadedMap& loaded, std::ostream& err) {
    for (const core::Issue& e : loaded.errors)
        err << e.toString() << "\n";
    if (loaded.errorsTruncated)
        err << "(stopped after " << loaded.errors.size() << " errors)\n";
    for (const core::Issue& w : loaded.warnings)
        err << "warning: " << w.toString() << "\n";
}

std::optional<core::MapData> loadMapOrReport(const std::filesystem::path& path, std::ostream& err) {
    LoadedMap loaded = loadMap(path);
    printIssues(loaded, err);
    if (!loaded.ok() && loaded.format != MapFormat::Repository)
        err << "sightline-cli: " << path.string() << " is not a valid Sightline map"
            << (loaded.errors.size() > 1 ? " (" + std::to_string(loaded.errors.size()) + " errors)"
                                         : std::string())
            << "\n";
    return std::move(loaded.map);
}

} // namespace sightline::cli
