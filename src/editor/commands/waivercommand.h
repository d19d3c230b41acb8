#pragma once

#include "mapcommand.h"

#include <memory>
#include <optional>

namespace sightline::editor {

// Waives a finding (adds a waiver with its reason at the end of the map's list) or shows it
// again (removes the waiver at an index). Undo does the opposite and puts the waiver back in
// its place.
class WaiverCommand : public MapCommand {
public:
    static std::unique_ptr<WaiverCommand> add(core::Map& map, core::Waiver waiver);
    static std::unique_ptr<WaiverCommand> remove(core::Map& map, std::size_t index);

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    WaiverCommand(core::Map& map, const QString& text, bool adding, std::size_t index, core::Waiver waiver);

    bool adding_;
    std::size_t index_;
    core::Waiver waiver_;
};

} // namespace sightline::editor
