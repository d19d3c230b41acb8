#pragma once

#include <QAction>
#include <QObject>

namespace sightline::editor {

// Every command of the main window as a QAction with its label and standard shortcut. The
// main window only connects them; labels follow the map's vocabulary (setVocabularyLabels).
class Actions : public QObject {
    Q_OBJECT
public:
    explicit Actions(QObject* parent);

    // File
    QAction* newMap;
    QAction* open;
    QAction* openRepository;
    QAction* repositoryConflicts;
    QAction* saveAs;
    QAction* importJson;
    QAction* importValues; // measure values from a CSV file (ImportValuesDialog)
    QAction* exportJson;
    QAction* exportMap;  // PDF, PNG, SVG (ExportDialog)
    QAction* exportPack; // the board pack
    QAction* close;
    QAction* quit;
    // Edit
    QAction* undo = nullptr; // made by the undo stack
    QAction* redo = nullptr;
    QAction* cut;
    QAction* copy;
    QAction* paste;
    QAction* del;
    QAction* selectAll;
    QAction* rename;
    QAction* find;
    QAction* findNext;
    QAction* findPrevious;
    QAction* preferences; // PreferencesDialog
    // Insert
    QAction* addObjective;
    QAction* addMeasure;
    QAction* addInitiative;
    QAction* addLinkedObjective;
    // Arrange
    QAction* alignLeft;
    QAction* alignHCentre;
    QAction* alignRight;
    QAction* alignTop;
    QAction* alignVCentre;
    QAction* alignBottom;
    QAction* distributeH;
    QAction* distributeV;
    QAction* snapToGrid;
    // View
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* fitMap;
    QAction* presentation;
    QAction* resultsView;
    QAction* strategyView;
    QAction* hierarchyView;

    // "Add result" / "Add KPI" / "Add key result" ...
    void setVocabularyLabels(int vocabulary);

private:
    QAction* make(const QString& text, const QKeySequence& shortcut = {}, const QString& tip = {});
    void setIcons();
};

} // namespace sightline::editor
