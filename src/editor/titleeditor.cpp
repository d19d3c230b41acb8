#include "titleeditor.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <algorithm>
#include <functional>

namespace sightline::editor {

namespace {

// Enter commits, Escape cancels; everything else is typing.
class TitleEdit : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    std::function<void()> onCommit, onCancel;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            onCommit();
            return;
        }
        if (event->key() == Qt::Key_Escape) { // leaves the editor, keeps what was typed
            onCommit();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent* event) override {
        QLineEdit::focusOutEvent(event);
        if (event->reason() != Qt::PopupFocusReason && onCommit)
            onCommit();
    }
};

} // namespace

void TitleEditor::open(const core::NodeId& id, const QString& typed) {
    if (edit_)
        commit();
    render::MapScene& scene = view_.mapScene();
    const core::Node* n = scene.map().node(id);
    render::MapNodeItem* item = scene.nodeItem(id);
    if (!n || !item)
        return;
    view_.ensureVisible(item, 40, 40);
    editing_ = id;
    auto* edit = new TitleEdit(view_.viewport());
    if (typed.isEmpty()) {
        edit->setText(QString::fromStdString(n->title));
        edit->selectAll();
    } else {
        edit->setText(typed);
        edit->setCursorPosition(static_cast<int>(typed.size()));
    }
    edit->setAlignment(Qt::AlignCenter);
    edit->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 4px; padding: 2px 6px;"
                       " background: white; color: #1d232b; }")
            .arg(scene.style().selection.name()));
    edit->onCommit = [this] { commit(); };
    edit->onCancel = [this] { close(); };
    edit_ = edit;
    place();
    edit->show();
    edit->setFocus(Qt::OtherFocusReason);
}

void TitleEditor::place() {
    if (!edit_)
        return;
    render::MapNodeItem* item = view_.mapScene().nodeItem(editing_);
    if (!item)
        return;
    const QRect r = view_.mapFromScene(item->mapRectToScene(item->nodeRect())).boundingRect();
    QFont f = view_.mapScene().style().titleFont;
    f.setPixelSize(std::clamp(static_cast<int>(f.pixelSize() * view_.zoom()), 11, 28));
    edit_->setFont(f);
    const int h = edit_->sizeHint().height();
    const int w = std::max(r.width(), 220);
    edit_->setGeometry(r.center().x() - w / 2, r.center().y() - h / 2, w, h);
}

void TitleEditor::commit() {
    if (!edit_)
        return;
    const QString text = edit_->text();
    const core::NodeId id = editing_;
    close();
    if (text.trimmed().isEmpty())
        return;
    QWidget* parent = view_.window();
    view_.controller().commitTitle(id, text, [parent](const QString& question) {
        return QMessageBox::question(parent, QObject::tr("Sightline"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::Yes) == QMessageBox::Yes;
    });
    view_.setFocus(Qt::OtherFocusReason);
}

void TitleEditor::close() {
    if (!edit_)
        return;
    auto* edit = static_cast<TitleEdit*>(edit_);
    edit->onCommit = nullptr;
    edit->onCancel = nullptr;
    edit_ = nullptr;
    editing_ = {};
    // The canvas takes the keyboard before the field goes, so that focus never passes on to
    // the next widget in the window (a dock's field).
    view_.setFocus(Qt::OtherFocusReason);
    edit->hide();
    edit->deleteLater();
    view_.setFocus(Qt::OtherFocusReason);
}

void TitleEditor::modelChanged() {
    if (edit_ && !view_.mapScene().nodeItem(editing_))
        close();
    else if (edit_)
        place();
}

} // namespace sightline::editor
