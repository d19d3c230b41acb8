#include "documentsafety.h"

#include "sightline/editor/document.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/storage/repositorydocument.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/salvage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sightline::editor {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DocumentSafety", text);
}

} // namespace

DocumentSafety::DocumentSafety(DocumentController& controller, QWidget& window)
    : controller_(controller), window_(window), questions_(std::make_unique<FileQuestions>()) {}

DocumentSafety::~DocumentSafety() = default;

void DocumentSafety::setQuestions(std::unique_ptr<FileQuestions> questions) {
    questions_ = std::move(questions);
}

bool DocumentSafety::mayClose(Document& document) {
    storage::RmapDocument* file = document.file();
    // A read-only map takes no edits; a map whose file holds all of them closes as always.
    if (!file || !file->isOpen() || file->isReadOnly() || file->isInSync())
        return true;
    const QString message =
        tr("The latest changes to this map are not in %1:\n%2\n\nThey are only in this window. Save As keeps "
           "them in another file; Discard closes the map without them.")
            .arg(QDir::toNativeSeparators(file->path()), file->lastError());
    switch (questions_->unwrittenEdits(&window_, message)) {
    case FileQuestions::Unwritten::Discard:
        return true;
    case FileQuestions::Unwritten::Cancel:
        return false;
    case FileQuestions::Unwritten::SaveAs:
        break;
    }
    const QString path = questions_->saveAsPath(&window_, QFileInfo(file->path()).absolutePath());
    return !path.isEmpty() && controller_.saveAs(path);
}

bool DocumentSafety::offerRecoveredCopy(const QString& path, const QString& refusal) {
    const QString question =
        tr("%1\n\nOpen a copy recovered as far as it goes? It opens as a new untitled map; "
           "the damaged file is left as it is.")
            .arg(refusal);
    if (!questions_->openRecoveredCopy(&window_, question))
        return false;
    storage::SalvageResult salvaged = storage::salvageRmap(path);
    if (!salvaged.map) {
        Q_EMIT controller_.errorOccurred(salvaged.error);
        return false;
    }
    if (!controller_.openCopy(std::move(*salvaged.map)))
        return false;
    Q_EMIT controller_.errorOccurred(salvaged.report + tr(" Check it, then use File ▸ Save As to keep it."));
    return true;
}

QString DocumentSafety::readOnlyNotice(const Document& document) {
    if (const storage::RepositoryDocument* repo = document.repository()) {
        if (!repo->isConnected())
            return tr(
                "Read-only: the connection to the repository is lost. Sightline reconnects on its own and "
                "then catches up; changes not yet written are kept and written then.");
        return tr("Read-only: your role may only read %1. Ask the map's facilitator for editor access.")
            .arg(repo->address().map);
    }
    const storage::RmapDocument* file = document.file();
    const QString path = QDir::toNativeSeparators(document.path());
    if (file && file->heldBy())
        return tr("Read-only: %1 is %2. Changes cannot be made here; use File ▸ Save As to keep an editable "
                  "copy.")
            .arg(path, file->heldBy()->describe());
    if (file && file->wasRecovered())
        return tr("Read-only: %1 was left half-written and cannot be written here; this is a copy recovered "
                  "in a "
                  "private folder. Use File ▸ Save As to keep it.")
            .arg(path);
    return tr("Read-only: %1 cannot be changed here. Use File ▸ Save As to keep an editable copy.").arg(path);
}

} // namespace sightline::editor
