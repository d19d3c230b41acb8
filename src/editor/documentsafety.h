#pragma once

#include "filequestions.h"

#include <QString>
#include <memory>

class QWidget;

namespace sightline::editor {

class Document;
class DocumentController;

// What the editor does so that a map is never lost or damaged (issue 12, docs/storage.md):
// asks before closing a map whose file lacks some of its edits (Save As elsewhere, Discard or
// Cancel), offers a recovered copy of a damaged file (the file itself is never written), and
// words the read-only banner (who has the map open).
class DocumentSafety {
public:
    DocumentSafety(DocumentController& controller, QWidget& window);
    ~DocumentSafety();

    // Whether `document` may be closed now: its file holds every edit, or the user saved them
    // elsewhere or chose to discard them.
    bool mayClose(Document& document);
    // After `path` was refused as damaged: offers to open a copy recovered as far as it goes,
    // as a new untitled map. True when one was opened.
    bool offerRecoveredCopy(const QString& path, const QString& refusal);
    // The banner over a read-only map, e.g. "Read-only: board.rmap is open on HOST by USER
    // since 10:42. ..."
    static QString readOnlyNotice(const Document& document);

    void setQuestions(std::unique_ptr<FileQuestions> questions);

private:
    DocumentController& controller_;
    QWidget& window_;
    std::unique_ptr<FileQuestions> questions_;
};

} // namespace sightline::editor
