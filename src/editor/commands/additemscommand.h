#pragma once

#include "mapcommand.h"

#include <vector>

namespace sightline::editor {

// What one creation adds to the map: a new node (with its first link and position), a drawn
// link, a pasted selection with the teams and people it needs, a new team.
struct Additions {
    std::vector<core::Team> teams;
    std::vector<core::Person> people;
    std::vector<core::Node> nodes;
    std::vector<core::Link> links;
    core::ViewKind view = core::ViewKind::Results;
    std::vector<std::pair<core::NodeId, core::Point>> positions;

    bool empty() const { return teams.empty() && people.empty() && nodes.empty() && links.empty(); }
};

// Adds everything as one batch (one undo step); undo removes exactly what was added.
class AddItemsCommand : public MapCommand {
public:
    AddItemsCommand(core::Map& map, Additions additions, const QString& text)
        : MapCommand(map, text), add_(std::move(additions)) {}

    const Additions& additions() const { return add_; }

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    void rollback(std::size_t teams, std::size_t people, std::size_t nodes, std::size_t links);
    Additions add_;
};

} // namespace sightline::editor
