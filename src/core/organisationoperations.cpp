// The model operations on the organisation: teams, people and perspectives.
#include "indexing.h"
#include "sightline/core/changedfields.h"
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <algorithm>
#include <optional>
#include <string>

namespace sightline::core {

using detail::eraseIndexed;
using detail::insertIndexed;
using detail::replaceAt;

namespace {

// People are compared and shown without surrounding spaces.
void trimPerson(Person& p) {
    p.name = text::trim(p.name);
    p.email = text::trim(p.email);
    p.role = text::trim(p.role);
}

} // namespace

Status Map::addTeam(Team t, std::optional<std::size_t> index) {
    t.name = text::trim(t.name);
    if (Status s = checkTeam(t, true); !s)
        return s;
    const TeamId id = t.id;
    insertIndexed(data_.teams, teamIndex_, index, std::move(t));
    publish(change::TeamAdded{id});
    return {};
}

Status Map::updateTeam(Team t) {
    t.name = text::trim(t.name);
    const auto index = teamIndex(t.id);
    if (!index)
        return Status::error("unknown team " + text::quoted(t.id.str()));
    if (Status s = checkTeam(t, false); !s)
        return s;
    const TeamFields fields = changedFields(data_.teams[*index], t);
    if (replaceAt(data_.teams, *index, std::move(t)))
        publish(change::TeamChanged{data_.teams[*index].id, fields});
    return {};
}

Status Map::removeTeam(const TeamId& which) {
    const TeamId id = which; // `which` may refer into the vector that is changed below
    const auto index = teamIndex(id);
    if (!index)
        return Status::error("unknown team " + text::quoted(id.str()));
    const std::string name = text::quoted(data_.teams[*index].name);
    for (const Team& t : data_.teams)
        if (t.parent == id)
            return Status::error("team " + name + " still has sub-teams");
    for (const Node& n : data_.nodes)
        if (n.team == id)
            return Status::error("team " + name + " still has results, measures or initiatives");
    for (const Person& p : data_.people)
        if (p.team == id)
            return Status::error("team " + name + " still has people");
    for (const Waiver& w : data_.waivers)
        if (w.team == id)
            return Status::error("team " + name + " is named by a waiver");
    eraseIndexed(data_.teams, teamIndex_, *index);
    publish(change::TeamRemoved{id});
    return {};
}

Status Map::addPerson(Person p, std::optional<std::size_t> index) {
    trimPerson(p);
    if (Status s = checkPerson(p); !s)
        return s;
    if (person(p.id))
        return Status::error("a person with id " + text::quoted(p.id.str()) + " already exists");
    const PersonId id = p.id;
    insertIndexed(data_.people, personIndex_, index, std::move(p));
    publish(change::PersonAdded{id});
    return {};
}

Status Map::updatePerson(Person p) {
    trimPerson(p);
    const auto index = personIndex(p.id);
    if (!index)
        return Status::error("unknown person " + text::quoted(p.id.str()));
    if (Status s = checkPerson(p); !s)
        return s;
    const PersonFields fields = changedFields(data_.people[*index], p);
    if (replaceAt(data_.people, *index, std::move(p)))
        publish(change::PersonChanged{data_.people[*index].id, fields});
    return {};
}

Status Map::removePerson(const PersonId& which) {
    const PersonId id = which; // `which` may refer into the vector that is changed below
    const auto index = personIndex(id);
    if (!index)
        return Status::error("unknown person " + text::quoted(id.str()));
    const std::string name = text::quoted(data_.people[*index].name);
    for (const Node& n : data_.nodes)
        if (n.owner == id)
            return Status::error(name + " still owns results, measures or initiatives");
    for (const Node& n : data_.nodes)
        for (const MeasureValue& v : n.values)
            if (v.approvedBy == id)
                return Status::error(name + " approved values of " + text::quoted(n.title));
    for (const Waiver& w : data_.waivers)
        if (w.by == id)
            return Status::error(name + " is named by a waiver");
    eraseIndexed(data_.people, personIndex_, *index);
    publish(change::PersonRemoved{id});
    return {};
}

Status Map::addPerspective(Perspective p, std::optional<std::size_t> index) {
    p.name = text::trim(p.name);
    if (!text::isValidId(p.id.str()))
        return Status::error("perspective id " + text::quoted(p.id.str()) + " is not a valid id");
    if (perspective(p.id))
        return Status::error("a perspective with id " + text::quoted(p.id.str()) + " already exists");
    const PerspectiveId id = p.id;
    insertIndexed(data_.perspectives, perspectiveIndex_, index, std::move(p));
    publish(change::PerspectiveAdded{id});
    return {};
}

Status Map::updatePerspective(Perspective p) {
    p.name = text::trim(p.name);
    const auto index = perspectiveIndex(p.id);
    if (!index)
        return Status::error("unknown perspective " + text::quoted(p.id.str()));
    if (replaceAt(data_.perspectives, *index, std::move(p)))
        publish(change::PerspectiveChanged{data_.perspectives[*index].id});
    return {};
}

Status Map::removePerspective(const PerspectiveId& which) {
    const PerspectiveId id = which; // `which` may refer into the vector that is changed below
    const auto index = perspectiveIndex(id);
    if (!index)
        return Status::error("unknown perspective " + text::quoted(id.str()));
    for (const Node& n : data_.nodes)
        if (n.perspective == id)
            return Status::error("perspective " + text::quoted(data_.perspectives[*index].name) +
                                 " still holds results, measures or initiatives");
    eraseIndexed(data_.perspectives, perspectiveIndex_, *index);
    publish(change::PerspectiveRemoved{id});
    return {};
}

Status Map::movePerspective(const PerspectiveId& which, std::size_t to) {
    const PerspectiveId id = which; // `which` may refer into the vector that is changed below
    const auto from = perspectiveIndex(id);
    if (!from)
        return Status::error("unknown perspective " + text::quoted(id.str()));
    if (to >= data_.perspectives.size())
        return Status::error("perspective position " + std::to_string(to) + " is past the last perspective");
    if (to == *from)
        return {};
    Perspective p = std::move(data_.perspectives[*from]);
    data_.perspectives.erase(data_.perspectives.begin() + static_cast<std::ptrdiff_t>(*from));
    data_.perspectives.insert(data_.perspectives.begin() + static_cast<std::ptrdiff_t>(to), std::move(p));
    detail::indexVector(perspectiveIndex_, data_.perspectives, std::min(*from, to));
    publish(std::vector<ChangeEvent>{change::PerspectiveRemoved{id}, change::PerspectiveAdded{id}});
    return {};
}

} // namespace sightline::core
