#pragma once

#include "sightline/core/mapdata.h"

#include <optional>
#include <string>
#include <string_view>

namespace sightline::io {

// One line of an edit script (cli.md, `edit --script`; repository.md): one operation object
// ({"op": "set", ...}), or a line of `repo log --format json` ({"ops": [...]}), which holds
// the operations of one revision. Either may carry "if_version": R.
struct EditLine {
    std::string ops;                    // the operations, as a JSON array
    std::optional<long long> ifVersion; // refuse when a changed row's version is above this
};

// Parses one line; nullopt with `error` set when it is not an edit line.
std::optional<EditLine> parseEditLine(std::string_view line, std::string& error);

// The entities an edit line names with an id (for `if_version`): "node", "link", "team" or
// "person" and the id, one a pair, from `set` and `remove-*` operations.
std::vector<std::pair<std::string, std::string>> editedEntities(const EditLine& line);

// The array of the map format that holds an entity ("node" -> "nodes", ... "person" ->
// "people"), or nullptr for another word.
const char* arrayOfEntity(const std::string& entity);

// What applying operations gave: the new map, or why it was refused (nothing changed).
struct EditResult {
    std::optional<core::MapData> map;
    std::string error;
};

// Applies the operations (a JSON array of operation objects) to a copy of `map` and checks the
// result with every rule of the map format; the map is returned only when all of it is valid.
// Operations: set (entity node/link/team/person/map, id, field, value; null removes an
// optional field), add-node, remove-node (with its links, values and positions), add-link,
// remove-link, add-value (appended to the measure's values), remove-value, update-value, and
// the operations of the revision log: add-team, remove-team, add-person, remove-person, place,
// unplace.
EditResult applyEdits(const core::MapData& map, std::string_view opsJson);

} // namespace sightline::io
