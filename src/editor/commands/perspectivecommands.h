#pragma once

#include "mapcommand.h"

namespace sightline::editor {

// Edits of the map's perspectives (strategy-map bands). A name must not be empty and must
// differ from every other perspective's name (ignoring case and surrounding spaces); a
// perspective that still holds nodes cannot be removed. Refusals name the perspective and
// count what it holds in the map's vocabulary.

// Adds a perspective at `index` (the end when past it).
class AddPerspectiveCommand : public MapCommand {
public:
    AddPerspectiveCommand(core::Map& map, core::Perspective perspective, std::size_t index);

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::Perspective perspective_;
    std::size_t index_;
};

class RenamePerspectiveCommand : public MapCommand {
public:
    RenamePerspectiveCommand(core::Map& map, core::PerspectiveId id, std::string name);

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::PerspectiveId id_;
    std::string before_, after_;
};

// Moves a perspective to another place in the band order.
class MovePerspectiveCommand : public MapCommand {
public:
    MovePerspectiveCommand(core::Map& map, core::PerspectiveId id, std::size_t to);

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::PerspectiveId id_;
    std::size_t from_ = 0, to_;
};

// Removes a perspective that holds no node; undo puts it back where it was.
class RemovePerspectiveCommand : public MapCommand {
public:
    RemovePerspectiveCommand(core::Map& map, core::PerspectiveId id);

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::PerspectiveId id_;
    std::size_t index_ = 0;
    core::Perspective perspective_;
};

// Checks a perspective name for `id` (empty id: a new perspective). Empty when acceptable.
std::string perspectiveNameProblem(const core::Map& map, const core::PerspectiveId& id,
                                   const std::string& name);

} // namespace sightline::editor
