#include "additemscommand.h"

namespace sightline::editor {

core::Status AddItemsCommand::doRedo() {
    std::size_t t = 0, p = 0, n = 0, l = 0;
    core::Status s;
    for (; t < add_.teams.size() && s; ++t)
        if (!(s = map().addTeam(add_.teams[t])))
            break;
    for (; s && p < add_.people.size(); ++p)
        if (!(s = map().addPerson(add_.people[p])))
            break;
    for (; s && n < add_.nodes.size(); ++n)
        if (!(s = map().addNode(add_.nodes[n])))
            break;
    for (; s && l < add_.links.size(); ++l)
        if (!(s = map().addLink(add_.links[l])))
            break;
    if (s && !add_.positions.empty()) {
        std::vector<std::pair<core::NodeId, std::optional<core::Point>>> positions;
        for (const auto& [id, point] : add_.positions)
            positions.emplace_back(id, point);
        s = map().setPositions(add_.view, positions);
    }
    if (!s)
        rollback(t, p, n, l);
    return s;
}

void AddItemsCommand::rollback(std::size_t teams, std::size_t people, std::size_t nodes, std::size_t links) {
    for (std::size_t i = links; i-- > 0;)
        must(map().removeLink(add_.links[i].id));
    std::vector<core::NodeId> ids;
    for (std::size_t i = 0; i < nodes; ++i)
        ids.push_back(add_.nodes[i].id);
    if (!ids.empty())
        must(map().removeNodes(ids));
    for (std::size_t i = people; i-- > 0;)
        must(map().removePerson(add_.people[i].id));
    for (std::size_t i = teams; i-- > 0;)
        must(map().removeTeam(add_.teams[i].id));
}

void AddItemsCommand::doUndo() {
    // Positions of the new nodes go with them; links between existing nodes are removed one by one.
    for (std::size_t i = add_.links.size(); i-- > 0;)
        if (map().link(add_.links[i].id))
            must(map().removeLink(add_.links[i].id));
    rollback(add_.teams.size(), add_.people.size(), add_.nodes.size(), 0);
}

} // namespace sightline::editor
