#include "repositoryaccess.h"

#include "sightline/core/validation.h"

namespace sightline::cli {

namespace {

std::unique_ptr<storage::Repository> connectQuietly(const std::string& url, bool needMap, std::string& error,
                                                    std::string& map) {
    auto address = storage::parseRepositoryAddress(url, error);
    if (!address)
        return nullptr;
    if (needMap && address->map.isEmpty()) {
        error = "the address names no map: add ?map=NAME";
        return nullptr;
    }
    map = address->map.toStdString();
    core::Status status;
    auto repo = storage::Repository::connect(*address, status);
    if (!repo)
        error = status.message();
    return repo;
}

} // namespace

std::unique_ptr<storage::Repository> connectRepository(const std::string& url, bool needMap,
                                                       std::string_view command, std::ostream& err) {
    std::string error, map;
    auto repo = connectQuietly(url, needMap, error, map);
    if (!repo)
        err << "sightline-cli " << command << ": " << error << "\n";
    return repo;
}

LoadedMap loadRepositoryMap(const std::string& url) {
    LoadedMap loaded;
    loaded.format = MapFormat::Repository;
    std::string error, name;
    auto repo = connectQuietly(url, true, error, name);
    if (!repo) {
        loaded.errors.push_back({"", error});
        return loaded;
    }
    long long revision = 0;
    core::Status status;
    loaded.map = repo->load(name, revision, status);
    if (!loaded.map) {
        loaded.errors.push_back({"", status.message()});
        return loaded;
    }
    loaded.warnings = core::warnings(*loaded.map);
    loaded.original = loaded.map;
    return loaded;
}

bool saveRepositoryChanges(const std::string& url, const core::MapData& before, const core::MapData& after,
                           std::string& error) {
    std::string name;
    auto repo = connectQuietly(url, true, error, name);
    if (!repo)
        return false;
    if (auto s = repo->commitChanges(name, before, after); !s) {
        error = s.message();
        return false;
    }
    return true;
}

bool uploadMap(const core::MapData& map, const std::string& url, bool replace, std::string& error) {
    std::string name;
    auto repo = connectQuietly(url, true, error, name);
    if (!repo)
        return false;
    if (auto s = repo->upload(name, map, replace); !s) {
        error = s.message() + (s.where() == "exists" ? " (--replace)" : "");
        return false;
    }
    return true;
}

} // namespace sightline::cli
