// The model operations on links: add, update, remove.
#include "indexing.h"
#include "sightline/core/changedfields.h"
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <optional>

namespace sightline::core {

using detail::eraseAt;
using detail::insertAt;

Status Map::addLink(Link l, std::optional<std::size_t> index) {
    l.note = text::trim(l.note);
    if (Status s = checkLink(l, nullptr); !s)
        return s;
    const std::size_t at = insertAt(data_.links, index, l);
    reindexLinks(at);
    addAdjacency(l);
    publish(change::LinkAdded{l.id});
    return {};
}

Status Map::updateLink(Link l) {
    l.note = text::trim(l.note);
    const auto index = linkIndex(l.id);
    if (!index)
        return Status::error("unknown link " + text::quoted(l.id.str()));
    Link& current = data_.links[*index];
    if (Status s = checkLink(l, &current); !s)
        return s;
    if (l == current)
        return {};
    const LinkFields fields = changedFields(current, l);
    removeAdjacency(current);
    current = std::move(l);
    addAdjacency(current);
    publish(change::LinkChanged{current.id, fields});
    return {};
}

Status Map::removeLink(const LinkId& which) {
    const LinkId id = which; // `which` may refer into the vector that is changed below
    const auto index = linkIndex(id);
    if (!index)
        return Status::error("unknown link " + text::quoted(id.str()));
    Link removed = std::move(data_.links[*index]);
    eraseAt(data_.links, *index);
    linkIndex_.erase(id);
    reindexLinks(*index);
    removeAdjacency(removed);
    publish(change::LinkRemoved{removed.id, removed.from, removed.to});
    return {};
}

} // namespace sightline::core
