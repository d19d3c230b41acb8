#include "propertiesdock.h"

#include "../commands/changeentitiescommand.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>

namespace sightline::editor {

PropertiesDock::PropertiesDock(QWidget* parent) : QDockWidget(tr("Properties"), parent) {
    setObjectName(QStringLiteral("propertiesDock"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body_ = new QWidget(scroll);
    form_ = new QFormLayout(body_);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(body_);
    setWidget(scroll);
    setMinimumWidth(280);
    timer_.setSingleShot(true);
    timer_.setInterval(0);
    connect(&timer_, &QTimer::timeout, this, &PropertiesDock::rebuild);
}

void PropertiesDock::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    if (workspace_)
        disconnect(&workspace_->scene(), nullptr, this, nullptr);
    workspace_ = workspace;
    canvas_ = canvas;
    if (workspace_) {
        connect(&workspace_->scene(), &QGraphicsScene::selectionChanged, this,
                &PropertiesDock::scheduleRebuild);
        connect(&workspace_->scene(), &render::MapScene::changesApplied, this,
                &PropertiesDock::scheduleRebuild);
    }
    rebuild();
}

void PropertiesDock::scheduleRebuild() {
    timer_.start();
}

void PropertiesDock::clearForm() {
    values_ = nullptr;
    while (form_->rowCount() > 0)
        form_->removeRow(0);
}

QWidget* PropertiesDock::field(const QString& key) const {
    return body_->findChild<QWidget*>(QStringLiteral("field:") + key);
}

void PropertiesDock::rebuild() {
    // Keep the field that has the keyboard if the model changed under it (it committed).
    // Only when it has the keyboard now: one that had it once must not take it from the canvas.
    QWidget* focus = QApplication::focusWidget();
    const QString focusName = focus && body_->isAncestorOf(focus) ? focus->objectName() : QString();
    building_ = true;
    clearForm();
    if (workspace_) {
        render::MapScene& scene = workspace_->scene();
        const std::vector<core::NodeId> nodes = scene.selectedNodeIds();
        const std::vector<core::LinkId> links = scene.selectedLinkIds();
        if (nodes.size() == 1 && links.empty())
            buildNode(*scene.map().node(nodes.front()));
        else if (nodes.size() > 1)
            buildNodes(nodes);
        else if (links.size() == 1)
            buildLink(*scene.map().link(links.front()));
        else
            buildMap();
        const bool writable = !workspace_->document().isReadOnly();
        for (QWidget* w : body_->findChildren<QWidget*>())
            if (w->objectName().startsWith(QLatin1String("field:")))
                w->setEnabled(writable);
    }
    building_ = false;
    if (!focusName.isEmpty())
        if (QWidget* w = body_->findChild<QWidget*>(focusName))
            w->setFocus();
}

QLineEdit* PropertiesDock::addText(const QString& key, const QString& label, const QString& value,
                                   std::function<bool(const QString&)> commit) {
    auto* edit = new QLineEdit(value, body_);
    edit->setObjectName(QStringLiteral("field:") + key);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, value, commit] {
        if (building_ || edit->text() == value)
            return;
        if (!commit(edit->text()))
            scheduleRebuild();
    });
    form_->addRow(label, edit);
    return edit;
}

QComboBox* PropertiesDock::addChoice(const QString& key, const QString& label, const QStringList& items,
                                     int current, std::function<void(int)> commit) {
    auto* box = new QComboBox(body_);
    box->setObjectName(QStringLiteral("field:") + key);
    box->addItems(items);
    box->setCurrentIndex(current);
    connect(box, &QComboBox::activated, this, [this, current, commit](int index) {
        if (!building_ && index != current)
            commit(index);
    });
    form_->addRow(label, box);
    return box;
}

bool PropertiesDock::changeNodes(const std::vector<core::NodeId>& ids,
                                 const std::function<void(core::Node&)>& change, const QString& text) {
    core::Map& map = workspace_->document().map();
    std::vector<core::Node> after;
    for (const core::NodeId& id : ids)
        if (const core::Node* n = map.node(id)) {
            core::Node copy = *n;
            change(copy);
            if (!(copy == *n))
                after.push_back(std::move(copy));
        }
    if (after.empty())
        return true;
    return bool(workspace_->document().push(
        std::make_unique<ChangeEntitiesCommand<core::Node>>(map, std::move(after), text)));
}

bool PropertiesDock::changeLink(const core::LinkId& id, const std::function<void(core::Link&)>& change,
                                const QString& text) {
    core::Map& map = workspace_->document().map();
    const core::Link* l = map.link(id);
    if (!l)
        return false;
    core::Link copy = *l;
    change(copy);
    if (copy == *l)
        return true;
    return bool(workspace_->document().push(
        std::make_unique<ChangeEntitiesCommand<core::Link>>(map, std::vector<core::Link>{copy}, text)));
}

void PropertiesDock::buildLink(const core::Link& link) {
    const core::Map& map = workspace_->document().map();
    const core::Vocabulary v = map.properties().vocabulary;
    const core::LinkId id = link.id;
    form_->addRow(new QLabel(tr("<b>Link</b>"), body_));
    const core::Node* from = map.node(link.from);
    const core::Node* to = map.node(link.to);
    form_->addRow(tr("From"), new QLabel(QString::fromStdString(from->title), body_));
    form_->addRow(tr("To"), new QLabel(QString::fromStdString(to->title), body_));
    std::vector<core::LinkKind> kinds;
    QStringList labels;
    int current = 0;
    for (core::LinkKind k : core::kAllLinkKinds)
        if (core::linkAllowed(k, from->kind, to->kind)) {
            if (k == link.kind)
                current = static_cast<int>(kinds.size());
            kinds.push_back(k);
            labels << render::linkKindLabel(v, k);
        }
    addChoice(QStringLiteral("kind"), tr("Kind"), labels, current, [this, id, kinds](int i) {
        changeLink(
            id,
            [&](core::Link& l) {
                l.kind = kinds[static_cast<std::size_t>(i)];
                l.polarity = core::Polarity::Positive;
                l.weight = 1;
                l.aggregate = core::Aggregate::Sum;
            },
            tr("Change link kind"));
    });
    if (link.kind == core::LinkKind::Drives) {
        addChoice(QStringLiteral("polarity"), tr("Polarity"), {tr("Improves (+)"), tr("Worsens (−)")},
                  link.polarity == core::Polarity::Positive ? 0 : 1, [this, id](int i) {
                      changeLink(
                          id,
                          [&](core::Link& l) {
                              l.polarity = i == 0 ? core::Polarity::Positive : core::Polarity::Negative;
                          },
                          tr("Change polarity"));
                  });
        addText(QStringLiteral("weight"), tr("Weight (0–1]"), QString::number(link.weight),
                [this, id](const QString& t) {
                    bool ok = false;
                    const double w = t.toDouble(&ok);
                    if (!ok) {
                        Q_EMIT workspace_->document().errorOccurred(
                            tr("The weight must be a number above 0 and at most 1."));
                        return false;
                    }
                    return changeLink(
                        id, [&](core::Link& l) { l.weight = w; }, tr("Change weight"));
                });
    }
    if (link.kind == core::LinkKind::Rollup) {
        addChoice(QStringLiteral("aggregate"), tr("Aggregate"),
                  {tr("Sum"), tr("Average"), tr("Minimum"), tr("Maximum")}, static_cast<int>(link.aggregate),
                  [this, id](int i) {
                      changeLink(
                          id, [&](core::Link& l) { l.aggregate = static_cast<core::Aggregate>(i); },
                          tr("Change aggregate"));
                  });
    }
    addText(QStringLiteral("note"), tr("Note"), QString::fromStdString(link.note),
            [this, id](const QString& t) {
                return changeLink(
                    id, [&](core::Link& l) { l.note = t.toStdString(); }, tr("Change note"));
            });
}

} // namespace sightline::editor
