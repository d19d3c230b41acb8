#include "accessibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace sightline::editor {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Accessibility", text);
}

QString plain(const QString& text) {
    return QString(text).remove(QLatin1Char('&')).trimmed();
}

QString dockDescription(const QString& objectName) {
    static const QHash<QString, const char*> descriptions{
        {QStringLiteral("propertiesDock"),
         QT_TRANSLATE_NOOP("Accessibility", "Every field of the selected node or link, or of the map")},
        {QStringLiteral("outlineDock"),
         QT_TRANSLATE_NOOP("Accessibility", "The map's teams and their nodes as a tree, with a filter")},
        {QStringLiteral("teamsDock"),
         QT_TRANSLATE_NOOP("Accessibility", "The map's teams and people: add, rename, move, colour, remove")},
        {QStringLiteral("overviewDock"),
         QT_TRANSLATE_NOOP("Accessibility", "The whole map in small; click or drag to move the view")},
        {QStringLiteral("findingsDock"),
         QT_TRANSLATE_NOOP("Accessibility",
                           "What the analysis finds in the map: errors, warnings, information "
                           "and waived findings")},
        {QStringLiteral("sightDock"),
         QT_TRANSLATE_NOOP("Accessibility",
                           "The line of sight of the focused team or node: its paths to the top goals")},
    };
    const char* text = descriptions.value(objectName);
    return text ? tr(text) : QString();
}

void describe(QAction* action) {
    if (action->isSeparator() || !action->statusTip().isEmpty())
        return;
    const QString name = plain(action->text());
    if (action->menu())
        action->setStatusTip(tr("The %1 menu").arg(name));
    else if (plain(action->toolTip()) != name)
        action->setStatusTip(action->toolTip());
}

void describeMenu(QMenu* menu) {
    describe(menu->menuAction());
    const auto actions = menu->actions();
    for (QAction* action : actions) {
        describe(action);
        if (action->menu())
            describeMenu(action->menu());
    }
}

} // namespace

void describeForAssistiveTechnology(QMainWindow& window) {
    const auto docks = window.findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks) {
        if (dock->accessibleName().isEmpty())
            dock->setAccessibleName(dock->windowTitle());
        if (dock->accessibleDescription().isEmpty())
            dock->setAccessibleDescription(dockDescription(dock->objectName()));
        // Qt's interface of a dock reports only its name: its contents carry the description.
        if (dock->widget() && dock->widget()->accessibleDescription().isEmpty())
            dock->widget()->setAccessibleDescription(dock->accessibleDescription());
        QAction* toggle = dock->toggleViewAction();
        if (toggle->statusTip().isEmpty())
            toggle->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
    }
    const auto menus = window.menuBar()->actions();
    for (QAction* action : menus)
        if (action->menu())
            describeMenu(action->menu());
    const auto toolbars = window.findChildren<QToolBar*>();
    for (QToolBar* toolbar : toolbars) {
        if (toolbar->accessibleName().isEmpty())
            toolbar->setAccessibleName(toolbar->windowTitle());
        const auto actions = toolbar->actions();
        for (QAction* action : actions)
            describe(action);
    }
}

} // namespace sightline::editor
