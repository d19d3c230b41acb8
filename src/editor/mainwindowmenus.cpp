// MainWindow's menus and Map tool bar, made from its actions (the rest: mainwindow.cpp).
#include "actions.h"
#include "docks/findingsdock.h"
#include "docks/measuredock.h"
#include "docks/outlinedock.h"
#include "docks/overviewdock.h"
#include "docks/propertiesdock.h"
#include "docks/sightdock.h"
#include "docks/teamsdock.h"
#include "icons.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/viewcontroller.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace sightline::editor {

void MainWindow::buildMenus() {
    Actions& a = *actions_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.newMap, a.open, a.openRepository, a.repositoryConflicts});
    file->addMenu(documents_->recentMenu());
    file->addSeparator();
    file->addAction(a.saveAs);
    file->addSeparator();
    file->addActions({a.importJson, a.importValues, a.exportJson});
    file->addActions({a.exportMap, a.exportPack});
    file->addSeparator();
    file->addActions({a.close, a.quit});

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addSeparator();
    edit->addActions({a.cut, a.copy, a.paste, a.del});
    edit->addSeparator();
    edit->addActions({a.selectAll, a.rename});
    edit->addSeparator();
    edit->addActions({a.find, a.findNext, a.findPrevious});
    edit->addSeparator();
    edit->addAction(a.preferences);

    QMenu* insert = menuBar()->addMenu(tr("&Insert"));
    insert->addActions({a.addObjective, a.addMeasure, a.addInitiative, a.addLinkedObjective});

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->addActions(
        {a.alignLeft, a.alignHCentre, a.alignRight, a.alignTop, a.alignVCentre, a.alignBottom});
    arrange->addSeparator();
    arrange->addActions({a.distributeH, a.distributeV});
    arrange->addSeparator();
    arrange->addAction(a.snapToGrid);
    arrange->addSeparator();
    arrange->addActions({views_->layOutAction(), views_->tidyAction(), views_->groupTeamsAction()});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.resultsView, a.strategyView, a.hierarchyView});
    view->addSeparator();
    view->addActions({a.zoomIn, a.zoomOut, a.fitMap});
    view->addSeparator();
    view->addAction(a.presentation);
    view->addSeparator();
    const std::pair<QDockWidget*, const char*> docks[] = {{properties_, "properties"},
                                                          {measure_, "add-measure"},
                                                          {outline_, "outline"},
                                                          {teams_, "teams"},
                                                          {overview_, "overview"},
                                                          {insight_->findingsDock(), "findings"},
                                                          {insight_->sightDock(), "line-of-sight"}};
    for (const auto& [d, iconName] : docks) {
        d->setWindowIcon(icon(QLatin1String(iconName))); // shown on the tab when docks are tabbed
        d->toggleViewAction()->setIcon(d->windowIcon());
        view->addAction(d->toggleViewAction());
    }

    toolbar_ = addToolBar(tr("Map"));
    toolbar_->setObjectName(QStringLiteral("mapToolBar"));
    toolbar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar_->setMovable(false);
    toolbar_->addActions({a.addObjective, a.addMeasure, a.addInitiative});
    toolbar_->addSeparator();
    views_->layOutAction()->setIcon(icon(QStringLiteral("lay-out")));
    toolbar_->addActions({a.resultsView, a.strategyView, a.hierarchyView, views_->layOutAction()});
    toolbar_->addSeparator();
    toolbar_->addActions({a.fitMap, a.presentation});

    // Shortcuts keep working while the menu bar is hidden (presentation mode: F11 leaves it).
    for (QAction* menu : menuBar()->actions())
        if (menu->menu())
            addActions(menu->menu()->actions());
}

} // namespace sightline::editor
