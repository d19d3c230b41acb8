#include "actions.h"

#include "icons.h"
#include "sightline/render/vocabulary.h"

#include <QActionGroup>

namespace sightline::editor {

QAction* Actions::make(const QString& text, const QKeySequence& shortcut, const QString& tip) {
    auto* a = new QAction(text, this);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setStatusTip(tip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : tip);
    return a;
}

Actions::Actions(QObject* parent) : QObject(parent) {
    newMap = make(tr("&New map"), QKeySequence::New, tr("Start a new, untitled map"));
    open = make(tr("&Open…"), QKeySequence::Open, tr("Open a map (.rmap, or a JSON map to import)"));
    openRepository = make(tr("Open from &Repository…"), {},
                          tr("Open a map that your organisation shares in a PostgreSQL repository"));
    repositoryConflicts = make(tr("Repository &Conflicts…"), {},
                               tr("Your edits that someone else's change to the same rows came before"));
    saveAs = make(tr("Save &As…"), QKeySequence::SaveAs, tr("Keep the map in a file of your choice"));
    importJson = make(tr("&Import JSON…"), {}, tr("Open a JSON map as a new untitled map"));
    importValues = make(tr("Import &values…"), {},
                        tr("Add measure values from a spreadsheet (CSV), with a preview of the changes"));
    exportJson = make(tr("&Export JSON…"), {}, tr("Write the map in the JSON interchange format"));
    exportMap = make(tr("E&xport PDF, PNG or SVG…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                     tr("The map, or a team's line of sight, as a PDF, an image or an SVG drawing"));
    exportPack =
        make(tr("Export &Board Pack…"), {}, tr("One PDF: cover, whole map, findings, and a page per team"));
    close = make(tr("&Close"), QKeySequence::Close);
    quit = make(tr("&Quit"), QKeySequence::Quit);

    cut = make(tr("Cu&t"), QKeySequence::Cut);
    copy = make(tr("&Copy"), QKeySequence::Copy);
    paste = make(tr("&Paste"), QKeySequence::Paste);
    del = make(tr("&Delete"), QKeySequence::Delete, tr("Delete the selection with its links"));
    selectAll = make(tr("Select &all"), QKeySequence::SelectAll);
    rename = make(tr("&Rename"), QKeySequence(Qt::Key_F2), tr("Edit the title in place"));
    find = make(tr("&Find…"), QKeySequence::Find, tr("Find by title, owner or team"));
    findNext = make(tr("Find &next"), QKeySequence::FindNext);
    findPrevious = make(tr("Find pre&vious"), QKeySequence::FindPrevious);
    preferences = make(tr("Pr&eferences…"), QKeySequence::Preferences,
                       tr("Language, snapping to the grid, grouping teams, recent maps"));
    preferences->setMenuRole(QAction::PreferencesRole);

    addObjective = make(tr("Add result"), QKeySequence(Qt::CTRL | Qt::Key_1));
    addMeasure = make(tr("Add measure"), QKeySequence(Qt::CTRL | Qt::Key_2));
    addInitiative = make(tr("Add initiative"), QKeySequence(Qt::CTRL | Qt::Key_3));
    addLinkedObjective = make(tr("Add linked result"), QKeySequence(Qt::Key_Return),
                              tr("A new result that drives the selected one"));
    addLinkedObjective->setShortcutContext(Qt::WidgetShortcut); // the canvas handles Enter itself

    alignLeft = make(tr("Align &left"));
    alignHCentre = make(tr("Align &centres"));
    alignRight = make(tr("Align &right"));
    alignTop = make(tr("Align &top"));
    alignVCentre = make(tr("Align &middles"));
    alignBottom = make(tr("Align &bottom"));
    distributeH = make(tr("Distribute &horizontally"));
    distributeV = make(tr("Distribute &vertically"));
    snapToGrid = make(tr("&Snap to grid"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    snapToGrid->setCheckable(true);

    zoomIn = make(tr("Zoom &in"), QKeySequence::ZoomIn);
    zoomOut = make(tr("Zoom &out"), QKeySequence::ZoomOut);
    fitMap = make(tr("&Fit map"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Show the whole map"));
    presentation = make(tr("&Presentation mode"), QKeySequence::FullScreen,
                        tr("Full screen, larger text, for the projector"));
    if (presentation->shortcut().isEmpty() || presentation->shortcut() != QKeySequence(Qt::Key_F11))
        presentation->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(QKeySequence::FullScreen)});
    presentation->setCheckable(true);
    auto* views = new QActionGroup(this);
    resultsView = make(render::viewLabel(core::ViewKind::Results), QKeySequence(Qt::ALT | Qt::Key_1));
    strategyView = make(render::viewLabel(core::ViewKind::Strategy), QKeySequence(Qt::ALT | Qt::Key_2));
    hierarchyView = make(render::viewLabel(core::ViewKind::Hierarchy), QKeySequence(Qt::ALT | Qt::Key_3));
    for (QAction* a : {resultsView, strategyView, hierarchyView}) {
        a->setCheckable(true);
        views->addAction(a);
    }
    resultsView->setChecked(true);
    setIcons();
}

void Actions::setIcons() {
    // Desktop theme icons where the meaning is a standard one, Sightline's own otherwise.
    newMap->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    saveAs->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    close->setIcon(QIcon::fromTheme(QStringLiteral("document-close")));
    quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    cut->setIcon(QIcon::fromTheme(QStringLiteral("edit-cut")));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    paste->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste")));
    del->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    find->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    zoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    zoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    addObjective->setIcon(icon(QStringLiteral("add-objective")));
    addMeasure->setIcon(icon(QStringLiteral("add-measure")));
    addInitiative->setIcon(icon(QStringLiteral("add-initiative")));
    resultsView->setIcon(icon(QStringLiteral("view-results")));
    strategyView->setIcon(icon(QStringLiteral("view-strategy")));
    hierarchyView->setIcon(icon(QStringLiteral("view-hierarchy")));
    fitMap->setIcon(icon(QStringLiteral("fit-map"), QStringLiteral("zoom-fit-best")));
    presentation->setIcon(icon(QStringLiteral("presentation")));
}

void Actions::setVocabularyLabels(int vocabulary) {
    const auto v = static_cast<core::Vocabulary>(vocabulary);
    addObjective->setText(tr("Add %1").arg(render::kindLabel(v, core::NodeKind::Objective).toLower()));
    addMeasure->setText(tr("Add %1").arg(render::kindLabel(v, core::NodeKind::Measure)));
    addInitiative->setText(tr("Add %1").arg(render::kindLabel(v, core::NodeKind::Initiative).toLower()));
    addLinkedObjective->setText(
        tr("Add linked %1").arg(render::kindLabel(v, core::NodeKind::Objective).toLower()));
    addObjective->setStatusTip(addObjective->text());
    addMeasure->setStatusTip(addMeasure->text());
    addInitiative->setStatusTip(addInitiative->text());
}

} // namespace sightline::editor
