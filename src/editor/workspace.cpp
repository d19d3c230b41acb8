#include "sightline/editor/workspace.h"

#include "sightline/editor/document.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/render/mapscene.h"

namespace sightline::editor {

Workspace::Workspace(std::unique_ptr<Document> document, QObject* parent)
    : Workspace(std::move(document), Progress(), parent) {}

Workspace::Workspace(std::unique_ptr<Document> document, const Progress& progress, QObject* parent)
    : QObject(parent), document_(std::move(document)) {
    scene_ =
        std::make_unique<render::MapScene>(document_->map(), document_->view(), render::Style(), progress);
    if (scene_->buildCancelled())
        return;
    controller_ = std::make_unique<EditController>(*document_, *scene_);
    connect(document_.get(), &Document::viewChanged, scene_.get(),
            [this](core::ViewKind v) { scene_->setView(v); });
}

Workspace::~Workspace() {
    controller_.reset();
    scene_.reset();
    document_.reset();
}

} // namespace sightline::editor
