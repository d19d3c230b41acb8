#include "maploader.h"

#include "sightline/io/fileutil.h"
#include "sightline/io/jsonmapreader.h"

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

// .rmap documents (SQLite). The storage layer plugs in here: open the document read-only
// and fill LoadedMap (errors without a pointer for a bad document).
LoadedMap loadRmap(const std::filesystem::path& path) {
    LoadedMap loaded;
    loaded.format = MapFormat::Rmap;
    loaded.errors.push_back({"", path.string() +
                                     " is an .rmap document; this sightline-cli cannot read .rmap "
                                     "documents yet"});
    return loaded;
}

} // namespace

MapFormat detectMapFormat(std::string_view head) {
    if (head.substr(0, kSqliteHeader.size()) == kSqliteHeader)
        return MapFormat::Rmap;
    return MapFormat::Json;
}

LoadedMap loadMap(const std::filesystem::path& path) {
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
    if (!loaded.ok())
        err << "sightline-cli: " << path.string() << " is not a valid Sightline map"
            << (loaded.errors.size() > 1 ? " (" + std::to_string(loaded.errors.size()) + " errors)"
                                         : std::string())
            << "\n";
    return std::move(loaded.map);
}

} // namespace sightline::cli
