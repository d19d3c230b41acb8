#include "xmrcommand.h"

namespace sightline::editor {

XmrCommand::XmrCommand(core::Map& map, core::NodeId measure, core::XmrOptions after, const QString& text)
    : MapCommand(map, text), measure_(std::move(measure)), after_(std::move(after)) {
    if (const core::Node* n = map.node(measure_))
        before_ = n->xmr;
}

core::Status XmrCommand::doRedo() {
    return map().setXmr(measure_, after_);
}

void XmrCommand::doUndo() {
    must(map().setXmr(measure_, before_));
}

} // namespace sightline::editor
