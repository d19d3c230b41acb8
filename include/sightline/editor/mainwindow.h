#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QToolBar;

namespace sightline::editor {

class Actions;
class CanvasView;
class DocumentController;
class FindBar;
class InsightController;
class MeasureDock;
class OutlineDock;
class OverviewDock;
class Presentation;
class PropertiesDock;
class TeamsDock;
class ViewController;
struct Preferences;
class Workspace;

// The editor's main window. It only builds menus, toolbar and docks and wires the actions to
// the controllers that do the work (EditController, DocumentController, the docks).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the window as the editor starts: maximised the first time (no geometry saved yet:
    // a new user sees the map as large as the screen allows), else as the user left it.
    void showAsStarted();
    bool isFirstStart() const { return firstStart_; }

    DocumentController& documents() { return *documents_; }
    Actions& actions() { return *actions_; }
    // The open document's workspace and canvas; null while no map is open.
    Workspace* workspace() const { return workspace_.get(); }
    CanvasView* canvas() const { return canvas_; }
    FindBar* findBar() const { return findBar_; }
    // Line of sight, ripple, colour modes and live findings (insightcontroller.h).
    InsightController* insight() const { return insight_; }
    // Views and their layout (View menu, Lay out, Tidy selection).
    ViewController& views() { return *views_; }
    // Presentation mode's projector view and its team-by-team walk (presentation.h).
    Presentation& presentation() { return *presentation_; }

    // Shows a map (takes it over); the previous one is closed.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void setPresentation(bool on);

    // Edit > Preferences…: opens the dialog (window-modal, without a nested event loop); OK
    // saves and applies what was chosen.
    void openPreferences();
    // Saves `preferences` and applies what can change now (the language applies at the next start).
    void applyPreferences(const Preferences& preferences);

    // Whether the window may ask the user in a modal dialog (close an untitled map, recover
    // maps, show an error). Off by default, for tests and scripted runs (screenshots); the
    // sightline application turns it on.
    void setAsksUser(bool on) { asksUser_ = on; }
    // The status-bar label of an open repository map (repository, revision, who else has it open).
    QLabel* repositoryStatus() const { return repositoryStatus_; }
    // The open document became read-only or writable again (a repository's connection).
    void documentStateChanged();
    bool asksUser() const { return asksUser_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Docks, controllers and the canvas let go of the workspace; the canvas is deleted.
    void detachWorkspace();
    void buildMenus();
    void connectActions();
    void updateTitle();
    void updateActions();
    void showError(const QString& message);
    void readSettings();
    void writeSettings();

    std::unique_ptr<Actions> actions_;
    std::unique_ptr<DocumentController> documents_;
    std::unique_ptr<Workspace> workspace_;
    CanvasView* canvas_ = nullptr;
    QWidget* centre_ = nullptr;
    QLabel* banner_ = nullptr;
    FindBar* findBar_ = nullptr;
    ViewController* views_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    PropertiesDock* properties_ = nullptr;
    MeasureDock* measure_ = nullptr;
    OutlineDock* outline_ = nullptr;
    TeamsDock* teams_ = nullptr;
    OverviewDock* overview_ = nullptr;
    QLabel* zoomLabel_ = nullptr;
    QLabel* repositoryStatus_ = nullptr;
    InsightController* insight_ = nullptr;
    Presentation* presentation_ = nullptr;
    QByteArray stateBeforePresentation_;
    bool asksUser_ = false;
    bool firstStart_ = false; // no window geometry saved yet
};

} // namespace sightline::editor
