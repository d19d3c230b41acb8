// Assistive technology (screen readers) can name and describe every action and dock of the
// editor: its main window with every dock open and a map loaded (accessibility.cpp).
#include "helpers.h"
#include "sightline/editor/insightcontroller.h"

#include <QAccessible>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <catch2/catch.hpp>

using namespace sightline;

namespace {

void collectMenu(QMenu* menu, QList<QAction*>& out) {
    out << menu->menuAction();
    const auto actions = menu->actions();
    for (QAction* action : actions) {
        out << action;
        if (action->menu())
            collectMenu(action->menu(), out);
    }
}

// What a user can reach: the menus (with their sub-menus), the tool bars, the window's shortcuts,
// the canvas's context actions, the docks' toggles.
QList<QAction*> reachableActions(editor::MainWindow& window) {
    QList<QAction*> actions = window.QWidget::actions();
    const auto menus = window.menuBar()->actions();
    for (QAction* action : menus)
        if (action->menu())
            collectMenu(action->menu(), actions);
    const auto toolbars = window.findChildren<QToolBar*>();
    for (QToolBar* toolbar : toolbars)
        actions << toolbar->actions();
    actions << window.insight()->selectionActions();
    const auto docks = window.findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        actions << dock->toggleViewAction();
    return actions;
}

QString plain(const QString& text) {
    return QString(text).remove(QLatin1Char('&')).trimmed();
}

} // namespace

TEST_CASE("every action and dock has an accessible name and description", "[editor][a11y]") {
    testing::Editor e(testing::exampleMap());
    editor::MainWindow& window = *e.window;
    const auto docks = window.findChildren<QDockWidget*>();
    REQUIRE(docks.size() >= 6);
    for (QDockWidget* dock : docks) {
        dock->show();
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(dock);
        REQUIRE(iface != nullptr);
        INFO(dock->objectName().toStdString());
        CHECK_FALSE(iface->text(QAccessible::Name).isEmpty());
        // Qt reports a dock's name only; the description is read from its contents.
        REQUIRE(dock->widget() != nullptr);
        QAccessibleInterface* contents = QAccessible::queryAccessibleInterface(dock->widget());
        REQUIRE(contents != nullptr);
        CHECK_FALSE(contents->text(QAccessible::Description).isEmpty());
    }
    const QList<QAction*> actions = reachableActions(window); // with undo and redo: a map is open
    REQUIRE(actions.size() > 50);
    int named = 0;
    for (QAction* action : actions) {
        if (action->isSeparator() || action->inherits("QWidgetAction"))
            continue; // a tool bar's combo box or label: the widget is named itself
        INFO("action \"" << action->text().toStdString() << "\"");
        CHECK_FALSE(plain(action->text()).isEmpty());
        CHECK_FALSE(action->statusTip().trimmed().isEmpty());
        ++named;
    }
    CHECK(named > 50);
    for (QToolBar* toolbar : window.findChildren<QToolBar*>()) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(toolbar);
        REQUIRE(iface != nullptr);
        CHECK_FALSE(iface->text(QAccessible::Name).isEmpty());
    }
}
