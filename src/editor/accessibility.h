#pragma once

class QMainWindow;

namespace sightline::editor {

// Names and descriptions for assistive technology (screen readers) of what the main window
// holds. Each dock is named by its title and described by accessibleDescription(), set here for
// the docks it knows by object name unless the dock set its own, and given to the dock's contents
// too (Qt's accessible interface of a dock reports only its name). Every action of the menus and
// tool bars is named by its text and described by its status tip; an action without one gets its
// tool tip when that says more than the text, a dock's toggle "Show or hide the ... panel", a
// sub-menu "The ... menu". Run it again when actions come and go (undo and redo of a document).
void describeForAssistiveTechnology(QMainWindow& window);

} // namespace sightline::editor
