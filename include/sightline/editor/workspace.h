#pragma once

#include <QObject>
#include <cstddef>
#include <functional>
#include <memory>

namespace sightline::render {
class MapScene;
}

namespace sightline::editor {

class Document;
class EditController;

// One open document with what shows and edits it: the Document (model, undo stack), the
// MapScene of its current view and the EditController. Torn down in the safe order: the
// controller, then the scene (which unsubscribes from the model), then the document.
class Workspace : public QObject {
    Q_OBJECT
public:
    // `progress` hears how far building the canvas of a big map is (items done, total) and may
    // stop it by returning false: the workspace is then cancelled() and must be discarded.
    using Progress = std::function<bool(std::size_t done, std::size_t total)>;
    explicit Workspace(std::unique_ptr<Document> document, QObject* parent = nullptr);
    Workspace(std::unique_ptr<Document> document, const Progress& progress, QObject* parent = nullptr);
    bool cancelled() const { return !controller_; }
    ~Workspace() override;

    Document& document() { return *document_; }
    render::MapScene& scene() { return *scene_; }
    EditController& controller() { return *controller_; }

private:
    std::unique_ptr<Document> document_;
    std::unique_ptr<render::MapScene> scene_;
    std::unique_ptr<EditController> controller_;
};

} // namespace sightline::editor
