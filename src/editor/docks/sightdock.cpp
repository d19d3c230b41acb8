#include "sightdock.h"

#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/vocabulary.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sightline::editor {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kGoalRole = Qt::UserRole + 2;
constexpr int kTeamRole = Qt::UserRole + 3;
const QColor kBlind(0xc6, 0x28, 0x28);
} // namespace

SightDock::SightDock(QWidget* parent) : QDockWidget(tr("Line of sight"), parent) {
    setObjectName(QStringLiteral("sightDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    heading_ = new QLabel(body);
    heading_->setObjectName(QStringLiteral("sightHeading"));
    heading_->setWordWrap(true);
    layout->addWidget(heading_);
    auto* splitter = new QSplitter(Qt::Vertical, body);
    nodes_ = new QTreeWidget(splitter);
    nodes_->setObjectName(QStringLiteral("sightNodes"));
    nodes_->setHeaderLabels({tr("Node and the goals it reaches"), tr("Leverage"), tr("Path")});
    nodes_->setColumnWidth(0, 230);
    nodes_->setColumnWidth(1, 70);
    nodes_->setUniformRowHeights(true);
    auto* blindBox = new QWidget(splitter);
    auto* blindLayout = new QVBoxLayout(blindBox);
    blindLayout->setContentsMargins(0, 4, 0, 0);
    auto* blindLabel = new QLabel(tr("Teams without line of sight"), blindBox);
    blindLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; }"));
    blindLayout->addWidget(blindLabel);
    blind_ = new QListWidget(blindBox);
    blind_->setObjectName(QStringLiteral("teamsWithoutSight"));
    blindLayout->addWidget(blind_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(nodes_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QString node = item->data(0, kNodeRole).toString();
        const QString goal = item->data(0, kGoalRole).toString();
        if (node.isEmpty())
            return;
        if (goal.isEmpty())
            Q_EMIT nodeChosen(core::NodeId(node.toStdString()));
        else
            Q_EMIT pathChosen(core::NodeId(node.toStdString()), core::NodeId(goal.toStdString()));
    });
    connect(blind_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT teamChosen(core::TeamId(item->data(kTeamRole).toString().toStdString()));
    });
    rebuild();
}

void SightDock::setWorkspace(Workspace* workspace) {
    workspace_ = workspace;
    team_.reset();
    result_.reset();
    rebuild();
}

void SightDock::setTeam(std::optional<core::TeamId> team) {
    team_ = std::move(team);
    rebuild();
}

void SightDock::setResult(std::shared_ptr<const AnalysisResult> result) {
    result_ = std::move(result);
    rebuild();
}

QString SightDock::title(const core::NodeId& id) const {
    if (workspace_)
        if (const core::Node* n = workspace_->document().map().node(id))
            return QString::fromStdString(n->title);
    return QString::fromStdString(id.str());
}

void SightDock::rebuild() {
    nodes_->clear();
    blind_->clear();
    if (!workspace_) {
        heading_->setText(tr("No map open."));
        return;
    }
    const core::Map& map = workspace_->document().map();
    const core::Vocabulary v = map.properties().vocabulary;
    if (result_)
        for (const core::TeamId& t : result_->teamsWithoutSight) {
            const core::Team* team = map.team(t);
            auto* item =
                new QListWidgetItem(QStringLiteral("⚠ %1").arg(team ? QString::fromStdString(team->name)
                                                                    : QString::fromStdString(t.str())),
                                    blind_);
            item->setForeground(kBlind);
            item->setData(kTeamRole, QString::fromStdString(t.str()));
            item->setToolTip(tr("None of this team's nodes leads to a top goal. Click to focus on it."));
        }
    if (!team_) {
        heading_->setText(
            tr("Pick a team in the toolbar (Line of sight), or right-click a node, to trace its "
               "paths to the top goals."));
        return;
    }
    const core::Team* team = map.team(*team_);
    const QString name = team ? QString::fromStdString(team->name) : QString::fromStdString(team_->str());
    const analysis::TeamSight* sight = nullptr;
    if (result_ && result_->sight)
        for (const analysis::TeamSight& ts : result_->sight->teams)
            if (ts.team == *team_)
                sight = &ts;
    if (!sight) {
        heading_->setText(tr("Tracing the line of sight of %1…").arg(name));
        return;
    }
    int reaching = 0;
    for (const analysis::NodeSight& ns : sight->nodes)
        reaching += ns.paths.empty() ? 0 : 1;
    if (sight->hasLineOfSight)
        heading_->setText(tr("<b>%1</b>: %2 of %3 nodes reach a top goal. Highest leverage first; click a "
                             "row to see its path.")
                              .arg(name.toHtmlEscaped())
                              .arg(reaching)
                              .arg(sight->nodes.size()));
    else
        heading_->setText(tr("<b>%1</b> has <span style='color:#c62828'>no line of sight</span>: none of its "
                             "%2 nodes leads to a top goal.")
                              .arg(name.toHtmlEscaped())
                              .arg(sight->nodes.size()));
    for (const analysis::NodeSight& ns : sight->nodes) {
        const core::Node* n = map.node(ns.node);
        const QString kind = n ? render::kindLabel(v, n->kind) : QString();
        auto* item = new QTreeWidgetItem(nodes_);
        item->setText(0, title(ns.node));
        item->setToolTip(0, tr("%1 %2").arg(kind, title(ns.node)));
        item->setText(1, QString::number(ns.leverage, 'f', 2));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kNodeRole, QString::fromStdString(ns.node.str()));
        if (ns.paths.empty()) {
            item->setText(2, tr("no line of sight"));
            item->setForeground(0, kBlind);
            item->setForeground(2, kBlind);
        } else {
            item->setText(2, ns.paths.size() == 1 ? tr("reaches 1 top goal")
                                                  : tr("reaches %1 top goals").arg(ns.paths.size()));
        }
        if (ns.leverage < 0)
            item->setForeground(1, kBlind);
        for (const analysis::SightPath& p : ns.paths) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, QStringLiteral("→ %1").arg(title(p.goal)));
            QStringList steps;
            for (const core::NodeId& step : p.nodes)
                steps << title(step);
            child->setText(2, steps.join(QStringLiteral("  →  ")));
            child->setToolTip(2, steps.join(QStringLiteral("\n→ ")));
            child->setData(0, kNodeRole, QString::fromStdString(ns.node.str()));
            child->setData(0, kGoalRole, QString::fromStdString(p.goal.str()));
        }
        item->setExpanded(sight->nodes.size() <= 12);
    }
}

} // namespace sightline::editor
