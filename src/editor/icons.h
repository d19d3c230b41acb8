#pragma once

#include <QIcon>
#include <QString>

namespace sightline::editor {

// Sightline's icons (resources/icons/NAME.svg, one consistent set for the toolbars and the
// docks). Where the desktop's icon theme has an icon for the same meaning (themeName, a
// freedesktop icon name), that one is used so that Sightline fits the desktop.
QIcon icon(const QString& name, const QString& themeName = {});

// Makes the compiled-in resources available (the editor is a static library); idempotent.
void initResources();

} // namespace sightline::editor
