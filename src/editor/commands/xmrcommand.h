#pragma once

#include "mapcommand.h"

namespace sightline::editor {

// Changes how a measure's XmR chart is computed (its rules, locked baseline and breaks) through
// core::Map::setXmr; undo puts the previous options back exactly.
class XmrCommand : public MapCommand {
public:
    XmrCommand(core::Map& map, core::NodeId measure, core::XmrOptions after, const QString& text);

protected:
    core::Status doRedo() override;
    void doUndo() override;

private:
    core::NodeId measure_;
    core::XmrOptions before_, after_;
};

} // namespace sightline::editor
