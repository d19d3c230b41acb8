#pragma once

#include <QString>

namespace sightline::editor {

class MainWindow;

// Renders the window (menus, docks, canvas) into a PNG file, as it would appear on screen.
// Works on the offscreen platform. Returns an error message, or an empty string.
QString saveScreenshot(MainWindow& window, const QString& path);

} // namespace sightline::editor
