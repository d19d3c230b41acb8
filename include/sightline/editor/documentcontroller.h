#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/mapdata.h"
#endif

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QMenu;
namespace sightline::storage {
struct RepositoryAddress;
}

namespace sightline::editor {

class Document;
class DocumentSafety;
class OpenProgress;
class MainWindow;
class RecoveryDialog;

// New, Open, Open Recent, Save As, Import / Export JSON, Close, and recovery of untitled maps.
// Every map is a document that is written through on each edit: there is nothing to save.
// Problems (a bad file, a full disk) are reported through errorOccurred(), never thrown.
class DocumentController : public QObject {
    Q_OBJECT
public:
    explicit DocumentController(MainWindow& window);
    ~DocumentController() override;

    // A new untitled map.
    bool newMap();
    // Opens a map file: .rmap directly, a JSON map by importing it into a new untitled map.
    // A damaged .rmap is refused; a copy recovered as far as it goes may be opened instead
    // (safety()).
    bool openFile(const QString& path, bool readOnly = false);
    // Opens a map of a team repository (docs/repository.md) from its address
    // (postgresql://HOST/DATABASE?map=NAME), written through to the server and kept live.
    bool openRepository(const QString& address);
    // Opens data as a new untitled map (e.g. a recovered copy).
    bool openCopy(core::MapData data);
    bool importJson(const QString& path);
    bool exportJson(const QString& path);
    bool saveAs(const QString& path);
    // Closing an untitled map: Ask (interactive: keep, save or discard it; offscreen: keep it
    // unless it is empty), Keep it for recovery, or Discard it.
    enum class CloseUntitled { Ask, Keep, Discard };
    // False when the map stays open: the user cancelled, e.g. when asked about edits that its
    // file lacks (DocumentSafety::mayClose).
    bool closeDocument(CloseUntitled untitled = CloseUntitled::Ask);
    // The questions about unwritten edits and damaged files (tests replace its FileQuestions).
    DocumentSafety& safety() { return *safety_; }

    QStringList recentFiles() const;
    QMenu* recentMenu() const { return recent_; }
    // The file name Save As and Export JSON propose for a map titled `title`: the title with the
    // characters file systems refuse (/ \\ : * ? " < > | and control characters) made spaces,
    // at most 80 characters, and `extension` ("rmap"); "Untitled map" for an empty title.
    static QString suggestedFileName(const QString& title, const QString& extension);
    // In the folder of the last map used, the open map's suggested file name.
    QString proposedPath(const QString& extension) const;
    // Forgets every recent map (Preferences).
    void clearRecent();

    // After a crash or kill: offers every untitled map left behind, newest first, in one dialog
    // (asks when `ask` and interactive, else recovers them all). The first recovered map opens
    // in this window when it shows none, every other one in a window of its own. Returns how
    // many were recovered.
    int recoverUntitled(bool ask = true);
    // The same with the dialog run by `decide` (true: apply its choices; false: keep them all
    // for later). A null `decide` recovers them all.
    int recoverUntitledWith(const std::function<bool(RecoveryDialog&)>& decide);

    // The dialogs behind the menu entries.
    void openInteractive();
    // File ▸ Open from Repository: asks for the address, the map (from the repository's list) and
    // the password when the server wants one (kept in memory only).
    void openRepositoryInteractive();
    void saveAsInteractive();
    void importInteractive();
    void exportInteractive();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // The open document now lives elsewhere (Save As).
    void documentSaved();
    // The user cancelled opening a big map; the map that was open stays open.
    void openingCancelled();

private:
    // keepUntitled: a cancelled untitled map stays for recovery (a recovered map), else it is
    // discarded (the untitled copy made for an import).
    bool show(std::unique_ptr<Document> document, OpenProgress* progress = nullptr,
              bool keepUntitled = false);
    bool showUntitled(core::MapData data, OpenProgress* progress = nullptr);
    // openFile() once the user agreed to replace the open map.
    bool openChecked(const QString& path, bool readOnly);
    // Whether the open untitled map is kept (true) or discarded (false) when it is closed or
    // replaced, asking the user when it holds work (Save As makes it a file of its own);
    // nullopt when they cancel. True for any other map.
    std::optional<bool> askKeepUntitled();
    bool showRepository(const storage::RepositoryAddress& address);
    // A progress dialog already reading `path` when the file is big, else null.
    std::unique_ptr<OpenProgress> readingProgress(const QString& path);
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    QString dialogDirectory() const;

    MainWindow& window_;
    QMenu* recent_ = nullptr;
    std::unique_ptr<DocumentSafety> safety_;
    // How show() closes the map it replaces: its untitled file kept (the default: never lose a
    // map silently) or discarded, as the user answered askKeepUntitled().
    bool replaceKeepsUntitled_ = true;
};

} // namespace sightline::editor
