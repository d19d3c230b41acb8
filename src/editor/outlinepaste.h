#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/mapdata.h"
#endif

#include <QString>
#include <optional>

namespace sightline::editor {

// An indented outline of results, as a facilitator types it in a text editor or copies it from
// a document: one title per line; a line indented under another drives it (a cause of that
// result), so
//
//     Margin grows
//       Scrap falls
//         Operators trained on the new fixtures
//       Orders ship complete and on time
//
// gives four results and three drives links. Tabs count as four spaces; list markers ("- ",
// "* ", "• ", "1. ") and blank lines are left out. The results are laid out as a small tree
// (causes below what they drive) in `view`, for the paste to centre where the user is.
// Nothing (and `error` says why) when no line holds a title.
std::optional<core::MapData> outlineMap(const QString& text, core::ViewKind view, QString* error = nullptr);

} // namespace sightline::editor
