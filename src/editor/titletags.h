#pragma once

#include "sightline/core/map.h"

#include <QString>
#include <optional>

namespace sightline::editor {

// Tags typed inline with a title in the workshop: "Orders ship on time @Operations #Dana"
// sets the team to Operations and the owner to Dana. A tag starts with @ (team) or # (owner)
// at the start of a word, followed by a letter. It names an existing team or person when the
// words after it start with that name (case does not matter, the longest name wins; a
// person's first name alone is enough when it is unique); otherwise its one word is a new
// name. The tags are taken out of the title.
struct TitleTags {
    QString title; // what is left, spaces tidied
    std::optional<core::TeamId> team;
    QString newTeam; // a team to create (team is empty then)
    std::optional<core::PersonId> owner;
    QString newOwner; // a person to create (owner is empty then)
};

TitleTags parseTitleTags(const QString& typed, const core::Map& map);

} // namespace sightline::editor
