#include "outlinedock.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <unordered_map>

namespace sightline::editor {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kTeamRole = Qt::UserRole + 3;
} // namespace

OutlineDock::OutlineDock(QWidget* parent) : QDockWidget(tr("Outline"), parent) {
    setObjectName(QStringLiteral("outlineDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    filter_ = new QLineEdit(body);
    filter_->setPlaceholderText(tr("Filter by title, team or owner"));
    filter_->setClearButtonEnabled(true);
    tree_ = new QTreeWidget(body);
    tree_->setHeaderHidden(true);
    tree_->setUniformRowHeights(true);
    layout->addWidget(filter_);
    layout->addWidget(tree_);
    setWidget(body);
    timer_.setSingleShot(true);
    timer_.setInterval(150);
    connect(&timer_, &QTimer::timeout, this, &OutlineDock::rebuild);
    connect(filter_, &QLineEdit::textChanged, this, &OutlineDock::applyFilter);
    connect(tree_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, kNodeRole).toString();
        if (id.isEmpty() || !workspace_)
            return;
        const core::NodeId node(id.toStdString());
        workspace_->scene().selectNodes({node});
        if (canvas_)
            canvas_->centreOn(node);
    });
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, kTeamRole).toString();
        if (!id.isEmpty() && workspace_)
            Q_EMIT teamFocusRequested(core::TeamId(id.toStdString()));
    });
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree_, &QWidget::customContextMenuRequested, this, &OutlineDock::showContextMenu);
}

void OutlineDock::showContextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = tree_->itemAt(pos);
    if (!item || !workspace_)
        return;
    const QString id = item->data(0, kTeamRole).toString();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    QAction* sight = menu.addAction(tr("Line of sight of this team"));
    sight->setObjectName(QStringLiteral("outlineTeamSight"));
    if (menu.exec(tree_->viewport()->mapToGlobal(pos)) == sight)
        Q_EMIT teamFocusRequested(core::TeamId(id.toStdString()));
}

void OutlineDock::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    if (workspace_)
        disconnect(&workspace_->scene(), nullptr, this, nullptr);
    workspace_ = workspace;
    canvas_ = canvas;
    tree_->clear();
    stale_ = true;
    if (workspace_) {
        connect(&workspace_->scene(), &render::MapScene::changesApplied, this, &OutlineDock::scheduleRebuild);
        scheduleRebuild();
    }
}

void OutlineDock::scheduleRebuild() {
    stale_ = true;
    if (isVisible())
        timer_.start();
}

void OutlineDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_)
        timer_.start();
}

void OutlineDock::rebuild() {
    stale_ = false;
    tree_->clear();
    if (!workspace_)
        return;
    const core::Map& map = workspace_->scene().map();
    const core::Vocabulary v = map.properties().vocabulary;
    std::unordered_map<core::TeamId, QTreeWidgetItem*> teams;
    // Teams in map order; parents may come after children, so link them in a second pass.
    for (const core::Team& t : map.teams()) {
        auto* item = new QTreeWidgetItem({QString::fromStdString(t.name)});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setData(0, kTeamRole, QString::fromStdString(t.id.str()));
        item->setToolTip(0, tr("Double-click: line of sight of this team"));
        teams.emplace(t.id, item);
    }
    for (const core::Team& t : map.teams()) {
        QTreeWidgetItem* item = teams.at(t.id);
        if (t.parent && teams.count(*t.parent))
            teams.at(*t.parent)->addChild(item);
        else
            tree_->addTopLevelItem(item);
    }
    QTreeWidgetItem* none = nullptr;
    for (const core::Node& n : map.nodes()) {
        QTreeWidgetItem* parent = nullptr;
        if (n.team && teams.count(*n.team))
            parent = teams.at(*n.team);
        if (!parent) {
            if (!none) {
                none = new QTreeWidgetItem({tr("No team")});
                tree_->addTopLevelItem(none);
            }
            parent = none;
        }
        QString text =
            QStringLiteral("%1: %2").arg(render::kindLabel(v, n.kind), QString::fromStdString(n.title));
        if (n.goal)
            text.prepend(QStringLiteral("★ "));
        auto* item = new QTreeWidgetItem(parent, {text});
        item->setData(0, kNodeRole, QString::fromStdString(n.id.str()));
        QString tip = QString::fromStdString(n.title);
        if (n.owner)
            if (const core::Person* p = map.person(*n.owner))
                tip += QStringLiteral("\n") + tr("Owner: %1").arg(QString::fromStdString(p->name));
        item->setToolTip(0, tip);
        item->setData(0, Qt::UserRole + 2, tip + QLatin1Char(' ') + parent->text(0));
    }
    if (map.nodes().size() < 2000)
        tree_->expandAll();
    else
        tree_->expandToDepth(1);
    applyFilter();
}

void OutlineDock::applyFilter() {
    const QString needle = filter_->text().trimmed();
    std::function<bool(QTreeWidgetItem*)> visit = [&](QTreeWidgetItem* item) {
        bool any = needle.isEmpty() ||
                   item->data(0, Qt::UserRole + 2).toString().contains(needle, Qt::CaseInsensitive) ||
                   item->text(0).contains(needle, Qt::CaseInsensitive);
        for (int i = 0; i < item->childCount(); ++i)
            any = visit(item->child(i)) || any;
        item->setHidden(!any);
        return any;
    };
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        visit(tree_->topLevelItem(i));
}

} // namespace sightline::editor
