#include "outlinedock.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/vocabulary.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <functional>
#include <variant>

namespace sightline::editor {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kFilterRole = Qt::UserRole + 2;
constexpr int kTeamRole = Qt::UserRole + 3;
// Beyond this many changed nodes in one go (layout, import, a big paste) a
// rebuild is cheaper.
constexpr std::size_t kMaxPending = 2000;
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
    connect(&timer_, &QTimer::timeout, this, &OutlineDock::refresh);
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

OutlineDock::~OutlineDock() {
    setWorkspace(nullptr, nullptr);
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
    if (workspace_ && subscription_)
        workspace_->document().map().unsubscribe(subscription_);
    subscription_ = 0;
    workspace_ = workspace;
    canvas_ = canvas;
    clearTree();
    stale_ = true;
    if (workspace_) {
        subscription_ = workspace_->document().map().subscribe(
            [this](const core::ChangeSet& changes) { onChanges(changes); });
        scheduleUpdate();
    }
}

void OutlineDock::clearTree() {
    tree_->clear();
    teamItems_.clear();
    nodeItems_.clear();
    none_ = nullptr;
    pending_.clear();
}

void OutlineDock::onChanges(const core::ChangeSet& changes) {
    namespace c = core::change;
    for (const core::ChangeEvent& event : changes.events) {
        if (stale_)
            break;
        if (const auto* e = std::get_if<c::NodeAdded>(&event))
            pending_.insert(e->id);
        else if (const auto* e = std::get_if<c::NodeChanged>(&event))
            pending_.insert(e->id);
        else if (const auto* e = std::get_if<c::NodeRemoved>(&event))
            pending_.insert(e->id);
        else if (std::holds_alternative<c::TeamAdded>(event) ||
                 std::holds_alternative<c::TeamChanged>(event) ||
                 std::holds_alternative<c::TeamRemoved>(event) ||
                 std::holds_alternative<c::PersonChanged>(event) ||
                 std::holds_alternative<c::PersonRemoved>(event) ||
                 std::holds_alternative<c::PropertiesChanged>(event))
            stale_ = true;
        if (pending_.size() > kMaxPending)
            stale_ = true;
    }
    if (stale_)
        pending_.clear();
    if (stale_ || !pending_.empty())
        scheduleUpdate();
}

void OutlineDock::scheduleUpdate() {
    if (isVisible())
        timer_.start();
}

void OutlineDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_ || !pending_.empty())
        timer_.start();
}

void OutlineDock::refresh() {
    if (stale_)
        rebuild();
    else
        applyPending();
}

void OutlineDock::fill(QTreeWidgetItem* item, const core::Node& n, const QTreeWidgetItem* parent) const {
    const core::Map& map = workspace_->scene().map();
    QString text = QStringLiteral("%1: %2").arg(render::kindLabel(map.properties().vocabulary, n.kind),
                                                QString::fromStdString(n.title));
    if (n.goal)
        text.prepend(QStringLiteral("★ "));
    item->setText(0, text);
    item->setData(0, kNodeRole, QString::fromStdString(n.id.str()));
    QString tip = QString::fromStdString(n.title);
    if (n.owner)
        if (const core::Person* p = map.person(*n.owner))
            tip += QStringLiteral("\n") + tr("Owner: %1").arg(QString::fromStdString(p->name));
    item->setToolTip(0, tip);
    item->setData(0, kFilterRole, tip + QLatin1Char(' ') + parent->text(0));
}

QTreeWidgetItem* OutlineDock::parentFor(const core::Node& n) {
    if (n.team)
        if (auto it = teamItems_.find(*n.team); it != teamItems_.end())
            return it->second;
    if (!none_) {
        none_ = new QTreeWidgetItem({tr("No team")});
        tree_->addTopLevelItem(none_);
    }
    return none_;
}

void OutlineDock::rebuild() {
    stale_ = false;
    clearTree();
    if (!workspace_)
        return;
    const core::Map& map = workspace_->scene().map();
    // Teams in map order; parents may come after children, so link them in a
    // second pass.
    for (const core::Team& t : map.teams()) {
        auto* item = new QTreeWidgetItem({QString::fromStdString(t.name)});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setData(0, kTeamRole, QString::fromStdString(t.id.str()));
        item->setToolTip(0, tr("Double-click: line of sight of this team"));
        teamItems_.emplace(t.id, item);
    }
    for (const core::Team& t : map.teams()) {
        QTreeWidgetItem* item = teamItems_.at(t.id);
        if (t.parent && teamItems_.count(*t.parent))
            teamItems_.at(*t.parent)->addChild(item);
        else
            tree_->addTopLevelItem(item);
    }
    nodeItems_.reserve(map.nodes().size());
    for (const core::Node& n : map.nodes()) {
        QTreeWidgetItem* parent = parentFor(n);
        auto* item = new QTreeWidgetItem(parent);
        fill(item, n, parent);
        nodeItems_.emplace(n.id, item);
    }
    if (map.nodes().size() < 2000)
        tree_->expandAll();
    else
        tree_->expandToDepth(1);
    applyFilter();
}

void OutlineDock::applyPending() {
    if (!workspace_) {
        pending_.clear();
        return;
    }
    const core::Map& map = workspace_->scene().map();
    const bool filtering = !filter_->text().trimmed().isEmpty();
    for (const core::NodeId& id : pending_) {
        const core::Node* n = map.node(id);
        auto it = nodeItems_.find(id);
        if (!n) {
            if (it != nodeItems_.end()) {
                delete it->second;
                nodeItems_.erase(it);
            }
            continue;
        }
        QTreeWidgetItem* parent = parentFor(*n);
        QTreeWidgetItem* item = nullptr;
        if (it == nodeItems_.end()) {
            item = new QTreeWidgetItem(parent);
            nodeItems_.emplace(id, item);
        } else {
            item = it->second;
            if (item->parent() != parent) {
                item->parent()->removeChild(item);
                parent->addChild(item);
            }
        }
        fill(item, *n, parent);
        if (filtering) {
            const bool shown = matches(item);
            item->setHidden(!shown);
            for (QTreeWidgetItem* up = item->parent(); shown && up; up = up->parent())
                up->setHidden(false);
        }
    }
    pending_.clear();
}

bool OutlineDock::matches(const QTreeWidgetItem* item) const {
    const QString needle = filter_->text().trimmed();
    return needle.isEmpty() || item->data(0, kFilterRole).toString().contains(needle, Qt::CaseInsensitive) ||
           item->text(0).contains(needle, Qt::CaseInsensitive);
}

void OutlineDock::applyFilter() {
    std::function<bool(QTreeWidgetItem*)> visit = [&](QTreeWidgetItem* item) {
        bool any = matches(item);
        for (int i = 0; i < item->childCount(); ++i)
            any = visit(item->child(i)) || any;
        item->setHidden(!any);
        return any;
    };
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        visit(tree_->topLevelItem(i));
}

} // namespace sightline::editor
