#include "perspectiveseditor.h"

#include "../commands/perspectivecommands.h"
#include "sightline/editor/document.h"
#include "ui_perspectiveseditor.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

namespace sightline::editor {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

PerspectivesEditor::PerspectivesEditor(Document& document, PerspectivesState& state, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::PerspectivesEditor>()), document_(document), state_(state) {
    ui_->setupUi(this); // ui/perspectiveseditor.ui
    list_ = ui_->list;
    up_ = ui_->up;
    down_ = ui_->down;
    remove_ = ui_->remove;
    QPushButton* add = ui_->add;
    // Names the tests find the widgets by.
    list_->setObjectName(QStringLiteral("field:perspectives"));
    add->setObjectName(QStringLiteral("perspective:add"));
    up_->setObjectName(QStringLiteral("perspective:up"));
    down_->setObjectName(QStringLiteral("perspective:down"));
    remove_->setObjectName(QStringLiteral("perspective:remove"));
    list_->installEventFilter(this);
    fill();

    connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!filling_)
            renamePerspective(item->data(kIdRole).toString(), item->text());
    });
    connect(list_, &QListWidget::currentRowChanged, this, [this] {
        if (!filling_)
            state_.current = currentId();
        updateButtons();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        // A fresh name that is free: "New perspective", "New perspective 2", ...
        QString name = tr("New perspective");
        for (int i = 2; !perspectiveNameProblem(document_.map(), {}, name.toStdString()).empty(); ++i)
            name = tr("New perspective %1").arg(i);
        state_.renameCurrent = addPerspective(name); // the form is rebuilt: edit the name there
    });
    connect(up_, &QPushButton::clicked, this,
            [this] { movePerspective(currentId(), list_->currentRow() - 1); });
    connect(down_, &QPushButton::clicked, this,
            [this] { movePerspective(currentId(), list_->currentRow() + 1); });
    connect(remove_, &QPushButton::clicked, this, [this] { removePerspective(currentId()); });
}

PerspectivesEditor::~PerspectivesEditor() = default;

bool PerspectivesEditor::eventFilter(QObject* watched, QEvent* event) {
    // F2 renames the perspective, not the node selected on the canvas (the window's Rename).
    if (watched == list_ && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PerspectivesEditor::fill() {
    filling_ = true;
    list_->clear();
    const bool writable = !document_.isReadOnly();
    for (const core::Perspective& p : document_.map().perspectives()) {
        auto* item = new QListWidgetItem(QString::fromStdString(p.name), list_);
        const QString id = QString::fromStdString(p.id.str());
        item->setData(kIdRole, id);
        if (writable)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (id == state_.current) {
            list_->setCurrentItem(item);
            if (state_.renameCurrent && writable) // once the list is on screen
                QTimer::singleShot(0, list_, [list = list_, item] { list->editItem(item); });
        }
    }
    state_.renameCurrent = false;
    filling_ = false;
    updateButtons();
}

void PerspectivesEditor::updateButtons() {
    const int row = list_->currentRow();
    const bool writable = !document_.isReadOnly();
    up_->setEnabled(writable && row > 0);
    down_->setEnabled(writable && row >= 0 && row + 1 < list_->count());
    remove_->setEnabled(writable && row >= 0);
}

QString PerspectivesEditor::currentId() const {
    const QListWidgetItem* item = list_->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

bool PerspectivesEditor::addPerspective(const QString& name) {
    core::Map& map = document_.map();
    core::Perspective p{map.newPerspectiveId(), name.toStdString()};
    state_.current = QString::fromStdString(p.id.str());
    return document_
        .push(std::make_unique<AddPerspectiveCommand>(map, std::move(p), map.perspectives().size()))
        .ok();
}

bool PerspectivesEditor::renamePerspective(const QString& id, const QString& name) {
    core::Map& map = document_.map();
    const core::PerspectiveId pid(id.toStdString());
    const core::Perspective* p = map.perspective(pid);
    if (!p)
        return false;
    if (QString::fromStdString(p->name) == name.trimmed())
        return true;
    const bool ok =
        document_.push(std::make_unique<RenamePerspectiveCommand>(map, pid, name.toStdString())).ok();
    if (!ok)
        Q_EMIT refused();
    return ok;
}

bool PerspectivesEditor::movePerspective(const QString& id, int index) {
    if (id.isEmpty() || index < 0 || index >= static_cast<int>(document_.map().perspectives().size()))
        return false;
    state_.current = id;
    return document_
        .push(std::make_unique<MovePerspectiveCommand>(document_.map(), core::PerspectiveId(id.toStdString()),
                                                       static_cast<std::size_t>(index)))
        .ok();
}

bool PerspectivesEditor::removePerspective(const QString& id) {
    if (id.isEmpty())
        return false;
    return document_
        .push(std::make_unique<RemovePerspectiveCommand>(document_.map(),
                                                         core::PerspectiveId(id.toStdString())))
        .ok();
}

} // namespace sightline::editor
