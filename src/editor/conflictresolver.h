#pragma once

class QWidget;

namespace sightline::editor {

class Document;

// File ▸ Repository Conflicts: the user's edits that were not written because someone else
// changed the same rows first (storage::RepositoryDocument::conflicts()). For each, the user
// re-applies their version or keeps the other person's; nothing is dropped without asking.
class ConflictResolver {
public:
    static void run(QWidget* parent, Document& document);
};

} // namespace sightline::editor
