#pragma once

#include "mapcommand.h"

#include <vector>

namespace sightline::editor {

// Deletes nodes (with every link that touches them, their positions and waivers) and links.
// Undo restores exactly what was there, from the snapshot core::NodeRemoval keeps, and puts
// the links back at their old places in the map's order.
class RemoveItemsCommand : public MapCommand {
public:
    RemoveItemsCommand(core::Map& map, std::vector<core::NodeId> nodes, std::vector<core::LinkId> links,
                       const QString& text)
        : MapCommand(map, text), nodes_(std::move(nodes)), linkIds_(std::move(links)) {}

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    std::vector<core::NodeId> nodes_;
    std::vector<core::LinkId> linkIds_;
    core::NodeRemoval removal_;
    std::vector<std::pair<std::size_t, core::Link>> links_; // removed links, descending index
};

// Removes a team or a person nobody refers to; undo puts it back where it was.
class RemoveTeamCommand : public MapCommand {
public:
    RemoveTeamCommand(core::Map& map, core::TeamId id, const QString& text)
        : MapCommand(map, text), id_(std::move(id)) {}

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::TeamId id_;
    std::size_t index_ = 0;
    core::Team team_;
};

class RemovePersonCommand : public MapCommand {
public:
    RemovePersonCommand(core::Map& map, core::PersonId id, const QString& text)
        : MapCommand(map, text), id_(std::move(id)) {}

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::PersonId id_;
    std::size_t index_ = 0;
    core::Person person_;
};

} // namespace sightline::editor
