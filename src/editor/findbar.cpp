#include "findbar.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace sightline::editor {

FindBar::FindBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("findBar"));
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(new QLabel(tr("Find:"), this));
    edit_ = new QLineEdit(this);
    edit_->setPlaceholderText(tr("Title, owner or team"));
    edit_->setClearButtonEnabled(true);
    layout->addWidget(edit_, 1);
    auto* prev = new QToolButton(this);
    prev->setText(tr("Previous"));
    auto* nextButton = new QToolButton(this);
    nextButton->setText(tr("Next"));
    count_ = new QLabel(this);
    auto* closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    layout->addWidget(prev);
    layout->addWidget(nextButton);
    layout->addWidget(count_);
    layout->addWidget(closeButton);
    connect(edit_, &QLineEdit::textChanged, this, &FindBar::search);
    connect(edit_, &QLineEdit::returnPressed, this, &FindBar::next);
    connect(prev, &QToolButton::clicked, this, &FindBar::previous);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::next);
    connect(closeButton, &QToolButton::clicked, this, &QWidget::hide);
}

void FindBar::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    workspace_ = workspace;
    canvas_ = canvas;
    matches_.clear();
    current_ = -1;
    if (!workspace)
        hide();
}

void FindBar::activate() {
    show();
    edit_->setFocus();
    edit_->selectAll();
}

void FindBar::setText(const QString& text) {
    edit_->setText(text);
}

void FindBar::search() {
    matches_.clear();
    current_ = -1;
    const QString needle = edit_->text().trimmed();
    if (!workspace_ || needle.isEmpty()) {
        count_->clear();
        return;
    }
    const core::Map& map = workspace_->scene().map();
    auto has = [&](const std::string& s) {
        return QString::fromStdString(s).contains(needle, Qt::CaseInsensitive);
    };
    for (const core::Node& n : map.nodes()) {
        bool hit = has(n.title);
        if (!hit && n.owner)
            if (const core::Person* p = map.person(*n.owner))
                hit = has(p->name);
        if (!hit && n.team)
            if (const core::Team* t = map.team(*n.team))
                hit = has(t->name);
        if (hit)
            matches_.push_back(n.id);
    }
    count_->setText(matches_.empty() ? tr("No match")
                                     : tr("%n match(es)", nullptr, static_cast<int>(matches_.size())));
}

void FindBar::next() {
    if (matches_.empty())
        search();
    if (matches_.empty())
        return;
    current_ = (current_ + 1) % static_cast<int>(matches_.size());
    jump();
}

void FindBar::previous() {
    if (matches_.empty())
        search();
    if (matches_.empty())
        return;
    current_ = current_ <= 0 ? static_cast<int>(matches_.size()) - 1 : current_ - 1;
    jump();
}

void FindBar::jump() {
    if (!workspace_ || !canvas_ || current_ < 0)
        return;
    const core::NodeId id = matches_[static_cast<std::size_t>(current_)];
    workspace_->scene().selectNodes({id});
    canvas_->centreOn(id);
    count_->setText(tr("%1 of %2").arg(current_ + 1).arg(matches_.size()));
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (canvas_)
            canvas_->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        previous();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sightline::editor
