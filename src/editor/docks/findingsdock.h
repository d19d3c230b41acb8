#pragma once

#ifndef Q_MOC_RUN
#include "../live/analysisworker.h"
#endif

#include <QDockWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTreeView;

namespace sightline::editor {

class CanvasView;
class FindingsModel;
class Workspace;

// The findings of the live analysis, grouped by severity and rule, in the map's vocabulary.
// Selecting a finding selects its nodes on the canvas and frames them. A finding can be
// waived with a reason (stored in the map, one undo step) and shown again.
class FindingsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit FindingsDock(QWidget* parent = nullptr);
    ~FindingsDock() override;

    void setWorkspace(Workspace* workspace, CanvasView* canvas);
    // A new result of the live analysis (keeps the selected finding selected).
    void setResult(std::shared_ptr<const AnalysisResult> result);

    QTreeView* tree() const { return tree_; }
    FindingsModel* model() const { return model_; }
    // The finding selected in the list, if any.
    const analysis::Finding* currentFinding() const;

    // The operations behind the buttons (also used by tests). Each is one undo step.
    bool waive(const analysis::Finding& finding, const QString& reason);
    bool showAgain(const analysis::Finding& finding);
    // Selects the finding's row and its nodes, and frames them on the canvas.
    bool selectFinding(const QString& key);

private:
    void onCurrentChanged();
    void waiveInteractive();
    void showAgainInteractive();

    Workspace* workspace_ = nullptr;
    CanvasView* canvas_ = nullptr;
    FindingsModel* model_ = nullptr;
    QTreeView* tree_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* summary_ = nullptr;
    QPushButton* waiveButton_ = nullptr;
    QPushButton* showAgainButton_ = nullptr;
    bool restoring_ = false;
};

} // namespace sightline::editor
