#include "waivercommand.h"

namespace sightline::editor {

WaiverCommand::WaiverCommand(core::Map& map, const QString& text, bool adding, std::size_t index,
                             core::Waiver waiver)
    : MapCommand(map, text), adding_(adding), index_(index), waiver_(std::move(waiver)) {}

std::unique_ptr<WaiverCommand> WaiverCommand::add(core::Map& map, core::Waiver waiver) {
    const QString text = QObject::tr("Waive “%1”").arg(QString::fromStdString(waiver.rule));
    return std::unique_ptr<WaiverCommand>(
        new WaiverCommand(map, text, true, map.waivers().size(), std::move(waiver)));
}

std::unique_ptr<WaiverCommand> WaiverCommand::remove(core::Map& map, std::size_t index) {
    core::Waiver w = index < map.waivers().size() ? map.waivers()[index] : core::Waiver{};
    const QString text = QObject::tr("Show “%1” again").arg(QString::fromStdString(w.rule));
    return std::unique_ptr<WaiverCommand>(new WaiverCommand(map, text, false, index, std::move(w)));
}

core::Status WaiverCommand::doRedo() {
    if (adding_)
        return map().addWaiver(waiver_, index_);
    if (index_ >= map().waivers().size())
        return core::Status::error("that finding is not waived any more");
    return map().removeWaiver(index_);
}

void WaiverCommand::doUndo() {
    if (adding_)
        must(map().removeWaiver(index_));
    else
        must(map().addWaiver(waiver_, index_));
}

} // namespace sightline::editor
