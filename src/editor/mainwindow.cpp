#include "sightline/editor/mainwindow.h"

#include "accessibility.h"
#include "actions.h"
#include "conflictresolver.h"
#include "docks/findingsdock.h"
#include "docks/measuredock.h"
#include "docks/outlinedock.h"
#include "docks/overviewdock.h"
#include "docks/propertiesdock.h"
#include "docks/sightdock.h"
#include "docks/teamsdock.h"
#include "documentsafety.h"
#include "findbar.h"
#include "icons.h"
#include "importvaluesdialog.h"
#include "preferencesdialog.h"
#include "presentation.h"
#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/editor/exportdialog.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/editor/viewcontroller.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"
#include "sightline/storage/repositorydocument.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace sightline::editor {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    // The installed icon (packaging/) where the desktop has it, else the one compiled in.
    setWindowIcon(icon(QStringLiteral("sightline"), QStringLiteral("org.sightline.Sightline")));
    actions_ = std::make_unique<Actions>(this);
    documents_ = std::make_unique<DocumentController>(*this);
    setDockNestingEnabled(true);

    centre_ = new QWidget(this);
    auto* layout = new QVBoxLayout(centre_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    banner_ = new QLabel(centre_);
    banner_->setObjectName(QStringLiteral("readOnlyBanner"));
    banner_->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #6b4e00; padding: 6px 12px;"
                                          " border-bottom: 1px solid #e8d49a; font-weight: 600; }"));
    banner_->hide();
    layout->addWidget(banner_);
    findBar_ = new FindBar(centre_);
    findBar_->hide();
    layout->addWidget(findBar_);
    setCentralWidget(centre_);

    properties_ = new PropertiesDock(this);
    outline_ = new OutlineDock(this);
    teams_ = new TeamsDock(this);
    overview_ = new OverviewDock(this);
    addDockWidget(Qt::RightDockWidgetArea, properties_);
    addDockWidget(Qt::LeftDockWidgetArea, outline_);
    addDockWidget(Qt::LeftDockWidgetArea, overview_);
    tabifyDockWidget(outline_, teams_);
    outline_->raise();
    insight_ = new InsightController(*this);
    connect(outline_, &OutlineDock::teamFocusRequested, insight_, &InsightController::focusTeam);
    measure_ = new MeasureDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, measure_);
    splitDockWidget(insight_->findingsDock(), measure_, Qt::Horizontal);
    resizeDocks({measure_}, {330}, Qt::Vertical); // room for the chart
    // The Properties dock keeps room for a node's fields above the Line of sight dock.
    resizeDocks({properties_, insight_->sightDock()}, {520, 260}, Qt::Vertical);
    presentation_ = new Presentation(*this, *insight_);

    views_ = new ViewController(this, statusBar());
    buildMenus();
    connectActions();
    repositoryStatus_ = new QLabel(this);
    repositoryStatus_->setObjectName(QStringLiteral("repositoryStatus"));
    statusBar()->addPermanentWidget(repositoryStatus_);
    zoomLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(zoomLabel_);
    connect(documents_.get(), &DocumentController::errorOccurred, this, &MainWindow::showError);
    connect(documents_.get(), &DocumentController::openingCancelled, this,
            [this] { statusBar()->showMessage(tr("Opening cancelled; nothing was changed."), 8000); });
    readSettings();
    updateActions();
    updateTitle();
    describeForAssistiveTechnology(*this);
}

MainWindow::~MainWindow() {
    detachWorkspace(); // widgets that look at the workspace go first
    workspace_.reset();
}

void MainWindow::connectActions() {
    Actions& a = *actions_;
    DocumentController& d = *documents_;
    connect(a.newMap, &QAction::triggered, &d, [&d] { d.newMap(); });
    connect(a.open, &QAction::triggered, &d, &DocumentController::openInteractive);
    connect(a.openRepository, &QAction::triggered, &d, &DocumentController::openRepositoryInteractive);
    connect(a.repositoryConflicts, &QAction::triggered, this, [this] {
        if (workspace_)
            ConflictResolver::run(this, workspace_->document());
    });
    connect(a.saveAs, &QAction::triggered, &d, &DocumentController::saveAsInteractive);
    connect(a.importJson, &QAction::triggered, &d, &DocumentController::importInteractive);
    connect(a.exportJson, &QAction::triggered, &d, &DocumentController::exportInteractive);
    connect(a.importValues, &QAction::triggered, this, [this] {
        if (workspace_)
            ImportValuesDialog::open(this, workspace_->document());
    });
    for (QAction* x : {a.exportMap, a.exportPack})
        connect(x, &QAction::triggered, this, [this, pack = x == a.exportPack] {
            if (workspace_)
                ExportDialog::open(this, workspace_->document(), workspace_->scene().highlight(), pack);
        });
    connect(a.close, &QAction::triggered, &d, [&d] { d.closeDocument(); });
    connect(documents_.get(), &DocumentController::documentSaved, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    auto withController = [this](auto f) {
        return [this, f] {
            if (workspace_)
                f(workspace_->controller());
        };
    };
    connect(a.cut, &QAction::triggered, this, withController([](EditController& c) { c.cut(); }));
    connect(a.copy, &QAction::triggered, this, withController([](EditController& c) { c.copy(); }));
    // With the focus in a list, tree or table of a dock, Select all and Paste act there (or do
    // nothing), never on the map behind it.
    const auto dockView = [] { return qobject_cast<QAbstractItemView*>(QApplication::focusWidget()); };
    connect(a.paste, &QAction::triggered, this, withController([this, dockView](EditController& c) {
                if (!dockView())
                    c.paste(canvas_->creationPos());
            }));
    connect(a.del, &QAction::triggered, this, withController([](EditController& c) { c.deleteSelection(); }));
    connect(a.selectAll, &QAction::triggered, this, withController([dockView](EditController& c) {
                if (QAbstractItemView* view = dockView())
                    view->selectAll();
                else
                    c.selectAll();
            }));
    connect(a.rename, &QAction::triggered, this, [this] {
        // F2 in a list or tree of a dock (the Teams tree, the people) renames its current item.
        if (auto* view = qobject_cast<QAbstractItemView*>(QApplication::focusWidget()))
            if (const QModelIndex index = view->currentIndex();
                index.isValid() && (index.flags() & Qt::ItemIsEditable)) {
                view->edit(index);
                return;
            }
        if (!canvas_)
            return;
        const auto selected = workspace_->scene().selectedNodeIds();
        if (selected.size() == 1)
            canvas_->editTitle(selected.front());
    });
    auto create = [this, withController](core::NodeKind kind) {
        return withController(
            [this, kind](EditController& c) { c.createLinked(kind, canvas_->creationPos()); });
    };
    connect(a.addObjective, &QAction::triggered, this, create(core::NodeKind::Objective));
    connect(a.addMeasure, &QAction::triggered, this, create(core::NodeKind::Measure));
    connect(a.addInitiative, &QAction::triggered, this, create(core::NodeKind::Initiative));
    connect(a.addLinkedObjective, &QAction::triggered, this, create(core::NodeKind::Objective));

    using Align = EditController::Align;
    const std::pair<QAction*, Align> aligns[] = {
        {a.alignLeft, Align::Left}, {a.alignHCentre, Align::HCentre}, {a.alignRight, Align::Right},
        {a.alignTop, Align::Top},   {a.alignVCentre, Align::VCentre}, {a.alignBottom, Align::Bottom}};
    for (auto [action, how] : aligns)
        connect(action, &QAction::triggered, this,
                withController([how](EditController& c) { c.alignSelection(how); }));
    connect(a.distributeH, &QAction::triggered, this,
            withController([](EditController& c) { c.distributeSelection(Qt::Horizontal); }));
    connect(a.distributeV, &QAction::triggered, this,
            withController([](EditController& c) { c.distributeSelection(Qt::Vertical); }));
    connect(a.preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(a.snapToGrid, &QAction::toggled, this, [this](bool on) {
        if (workspace_)
            workspace_->controller().setSnapToGrid(on);
    });

    connect(a.zoomIn, &QAction::triggered, this, [this] {
        if (canvas_)
            canvas_->zoomIn();
    });
    connect(a.zoomOut, &QAction::triggered, this, [this] {
        if (canvas_)
            canvas_->zoomOut();
    });
    connect(a.fitMap, &QAction::triggered, this, [this] {
        if (canvas_)
            canvas_->fitMap();
    });
    connect(a.presentation, &QAction::toggled, this, &MainWindow::setPresentation);
    const std::pair<QAction*, core::ViewKind> views[] = {{a.resultsView, core::ViewKind::Results},
                                                         {a.strategyView, core::ViewKind::Strategy},
                                                         {a.hierarchyView, core::ViewKind::Hierarchy}};
    for (auto [action, view] : views)
        connect(action, &QAction::triggered, this, [this, view = view] {
            if (workspace_)
                views_->showView(view);
        });
    connect(views_, &ViewController::viewShown, this, [this](core::ViewKind view) {
        actions_->resultsView->setChecked(view == core::ViewKind::Results);
        actions_->strategyView->setChecked(view == core::ViewKind::Strategy);
        actions_->hierarchyView->setChecked(view == core::ViewKind::Hierarchy);
    });

    connect(a.find, &QAction::triggered, this, [this] {
        if (workspace_)
            findBar_->activate();
    });
    connect(a.findNext, &QAction::triggered, findBar_, &FindBar::next);
    connect(a.findPrevious, &QAction::triggered, findBar_, &FindBar::previous);
}

void MainWindow::detachWorkspace() {
    views_->setWorkspace(nullptr, nullptr);
    properties_->setWorkspace(nullptr, nullptr);
    measure_->setWorkspace(nullptr);
    outline_->setWorkspace(nullptr, nullptr);
    teams_->setWorkspace(nullptr);
    overview_->setWorkspace(nullptr, nullptr);
    findBar_->setWorkspace(nullptr, nullptr);
    insight_->setWorkspace(nullptr, nullptr);
    presentation_->setWorkspace(nullptr, nullptr);
    delete canvas_;
    canvas_ = nullptr;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace) {
    detachWorkspace();
    if (actions_->undo) {
        menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"))->removeAction(actions_->undo);
        menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"))->removeAction(actions_->redo);
        delete actions_->undo;
        delete actions_->redo;
        actions_->undo = actions_->redo = nullptr;
    }
    workspace_ = std::move(workspace);
    if (workspace_) {
        Document& doc = workspace_->document();
        canvas_ = new CanvasView(workspace_->controller(), centre_);
        canvas_->setObjectName(QStringLiteral("canvas"));
        static_cast<QVBoxLayout*>(centre_->layout())->addWidget(canvas_, 1);
        Actions& a = *actions_;
        canvas_->setContextActions({a.addObjective, a.addMeasure, a.addInitiative, a.paste},
                                   QList<QAction*>{a.rename, a.addLinkedObjective, a.addMeasure,
                                                   a.addInitiative, a.cut, a.copy, a.del}
                                       << insight_->selectionActions());
        workspace_->controller().setSnapToGrid(a.snapToGrid->isChecked());
        a.undo = doc.undoStack()->createUndoAction(this, tr("&Undo"));
        a.undo->setShortcuts(QKeySequence::Undo);
        a.redo = doc.undoStack()->createRedoAction(this, tr("&Redo"));
        a.redo->setShortcuts(QKeySequence::Redo);
        a.undo->setStatusTip(tr("Take back the last edit"));
        a.redo->setStatusTip(tr("Make the edit taken back last again"));
        QMenu* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"));
        edit->insertActions(edit->actions().value(0), {a.undo, a.redo});
        addActions({a.undo, a.redo}); // also without the menu bar (presentation mode)
        connect(&doc, &Document::errorOccurred, this, &MainWindow::showError);
        connect(&workspace_->scene(), &render::MapScene::changesApplied, this, &MainWindow::updateTitle);
        connect(canvas_, &CanvasView::zoomChanged, this,
                [this](qreal z) { zoomLabel_->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
        properties_->setWorkspace(workspace_.get(), canvas_);
        measure_->setWorkspace(workspace_.get());
        outline_->setWorkspace(workspace_.get(), canvas_);
        teams_->setWorkspace(workspace_.get());
        overview_->setWorkspace(workspace_.get(), canvas_);
        findBar_->setWorkspace(workspace_.get(), canvas_);
        insight_->setWorkspace(workspace_.get(), canvas_);
        views_->setWorkspace(workspace_.get(), canvas_);
        presentation_->setWorkspace(workspace_.get(), canvas_);
        const auto view = doc.view();
        a.resultsView->setChecked(view == core::ViewKind::Results);
        a.strategyView->setChecked(view == core::ViewKind::Strategy);
        a.hierarchyView->setChecked(view == core::ViewKind::Hierarchy);
        canvas_->show();
        canvas_->fitMap();
        canvas_->setFocus();
    }
    updateActions();
    updateTitle();
}

void MainWindow::documentStateChanged() {
    updateActions();
    updateTitle();
}

void MainWindow::updateActions() {
    const bool open = workspace_ != nullptr;
    const bool writable = open && !workspace_->document().isReadOnly();
    Actions& a = *actions_;
    for (QAction* x :
         {a.saveAs, a.exportJson, a.exportMap, a.exportPack, a.close, a.copy, a.selectAll, a.find, a.findNext,
          a.findPrevious, a.zoomIn, a.zoomOut, a.fitMap, a.resultsView, a.strategyView, a.hierarchyView})
        x->setEnabled(open);
    for (QAction* x : {a.importValues, a.cut, a.paste, a.del, a.rename, a.addObjective, a.addMeasure,
                       a.addInitiative, a.addLinkedObjective, a.alignLeft, a.alignHCentre, a.alignRight,
                       a.alignTop, a.alignVCentre, a.alignBottom, a.distributeH, a.distributeV})
        x->setEnabled(writable);
    repositoryStatus_->setVisible(open && workspace_->document().repository());
    a.repositoryConflicts->setEnabled(open && workspace_->document().repository() &&
                                      !workspace_->document().repository()->conflicts().empty());
    if (open)
        a.setVocabularyLabels(static_cast<int>(workspace_->document().map().properties().vocabulary));
    if (open && workspace_->document().isReadOnly()) {
        banner_->setText(DocumentSafety::readOnlyNotice(workspace_->document()));
        banner_->show();
    } else {
        banner_->hide();
    }
}

void MainWindow::updateTitle() {
    if (!workspace_) {
        setWindowTitle(tr("Sightline"));
        return;
    }
    Document& doc = workspace_->document();
    const QString title = QString::fromStdString(doc.map().properties().title);
    QString where = doc.isUntitled()
                        ? tr("untitled, kept in %1").arg(doc.path().isEmpty() ? tr("memory") : doc.path())
                        : doc.path();
    if (doc.isReadOnly())
        where += tr(" (read-only)");
    setWindowTitle(tr("%1 — %2 — Sightline").arg(title, where));
    actions_->setVocabularyLabels(static_cast<int>(doc.map().properties().vocabulary));
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 8000);
    if (asksUser_ && isVisible())
        QMessageBox::warning(this, tr("Sightline"), message);
}

void MainWindow::setPresentation(bool on) {
    if (on == isFullScreen() && on)
        return;
    if (on) {
        stateBeforePresentation_ = saveState();
        for (QDockWidget* d : findChildren<QDockWidget*>()) // Findings and Line of sight too
            d->hide();
        for (QToolBar* t : findChildren<QToolBar*>())
            t->hide();
        menuBar()->hide();
        statusBar()->hide();
        showFullScreen();
        presentation_->enter();
    } else {
        menuBar()->show();
        toolbar_->show();
        statusBar()->show();
        presentation_->leave();
        showNormal();
        if (!stateBeforePresentation_.isEmpty())
            restoreState(stateBeforePresentation_);
    }
    if (actions_->presentation->isChecked() != on)
        actions_->presentation->setChecked(on);
    if (canvas_)
        canvas_->fitMapAfterResize();
}

void MainWindow::openPreferences() {
    Preferences current = Preferences::load();
    current.snapToGrid = actions_->snapToGrid->isChecked();
    current.groupTeams = views_->groupTeamsAction()->isChecked();
    auto* dialog = new PreferencesDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyPreferences(dialog->preferences());
        if (dialog->clearRecent())
            documents_->clearRecent();
    });
    dialog->open(); // window-modal without a nested event loop
}

void MainWindow::applyPreferences(const Preferences& preferences) {
    preferences.save();
    actions_->snapToGrid->setChecked(preferences.snapToGrid);
    views_->groupTeamsAction()->setChecked(preferences.groupTeams);
}

void MainWindow::showAsStarted() {
    if (firstStart_)
        showMaximized();
    else
        show();
}

void MainWindow::readSettings() {
    QSettings s;
    firstStart_ = !s.contains(QStringLiteral("window/geometry"));
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    actions_->snapToGrid->setChecked(s.value(Preferences::snapToGridKey(), false).toBool());
}

void MainWindow::writeSettings() {
    QSettings s;
    if (!isFullScreen()) {
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
    }
    s.setValue(Preferences::snapToGridKey(), actions_->snapToGrid->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    if (!documents_->closeDocument()) {
        event->ignore(); // the map stays open: its file lacks edits and the user cancelled
        return;
    }
    event->accept();
}

} // namespace sightline::editor
