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
#include <unordered_map>

namespace sightline::editor {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kGoalRole = Qt::UserRole + 2;
constexpr int kTeamRole = Qt::UserRole + 3;
const QColor kBlind(0xc6, 0x28, 0x28);
const QColor kHarmful(0xad, 0x14, 0x57); // harmful paths: not the red of a missing line of sight
} // namespace

SightDock::SightDock(QWidget* parent) : QDockWidget(tr("Line of sight"), parent) {
    setObjectName(QStringLiteral("sightDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    heading_ = new QLabel(body);
    heading_->setObjectName(QStringLiteral("sightHeading"));
    heading_->setWordWrap(true);
    heading_->setToolTip(tr("Leverage: how much improving a node moves the top goals, through the weights "
                            "of the links on its paths. A path through a negative link is harmful."));
    layout->addWidget(heading_);
    auto* splitter = new QSplitter(Qt::Vertical, body);
    nodes_ = new QTreeWidget(splitter);
    nodes_->setObjectName(QStringLiteral("sightNodes"));
    nodes_->setHeaderLabels({tr("Node and the goals it reaches"), tr("Leverage"), tr("Path")});
    const QString leverage = tr(
        "Leverage: how much improving a node moves the top goals. Each path to a goal counts with the "
        "weights of its links multiplied (a negative link turns it around); 1.00 is a result that drives a "
        "goal directly with full weight, 0 one that reaches no goal. Highest leverage first. A path "
        "through a negative link is marked harmful: improving the node may make that goal worse.");
    for (int c = 0; c < 3; ++c)
        nodes_->headerItem()->setToolTip(c, leverage);
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
        if (const core::Node* n = workspace_->document().map().node(id)) {
            QString t = QString::fromStdString(n->title);
            // A title that several nodes share says whose it is.
            if (repeated_.count(n->title) && n->team)
                if (const core::Team* team = workspace_->document().map().team(*n->team))
                    t += QStringLiteral(" (%1)").arg(QString::fromStdString(team->name));
            return t;
        }
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
    repeated_.clear();
    {
        std::unordered_map<std::string, int> seen;
        for (const core::Node& n : map.nodes())
            if (++seen[n.title] == 2)
                repeated_.insert(n.title);
    }
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
            QStringList steps, notes;
            for (const core::NodeId& step : p.nodes)
                steps << title(step);
            bool harmful = false;
            for (const core::LinkId& lid : p.links)
                if (const core::Link* l = map.link(lid); l && l->polarity == core::Polarity::Negative) {
                    harmful = true;
                    if (!l->note.empty())
                        notes << QString::fromStdString(l->note);
                }
            child->setText(0, harmful ? tr("→ %1 (harmful)").arg(title(p.goal))
                                      : QStringLiteral("→ %1").arg(title(p.goal)));
            child->setText(2, (harmful ? tr("harmful: ") : QString()) + steps.join(QStringLiteral("  →  ")));
            QString tip = steps.join(QStringLiteral("\n→ "));
            if (harmful) {
                child->setForeground(0, kHarmful);
                child->setForeground(2, kHarmful);
                tip = tr("Harmful: this path runs through a negative link, so improving the node may make "
                         "the goal worse.") +
                      QStringLiteral("\n") + tip;
                for (const QString& n : notes)
                    tip += QStringLiteral("\n") + tr("Link note: %1").arg(n);
            }
            child->setToolTip(0, tip);
            child->setToolTip(2, tip);
            child->setData(0, kNodeRole, QString::fromStdString(ns.node.str()));
            child->setData(0, kGoalRole, QString::fromStdString(p.goal.str()));
        }
        item->setExpanded(sight->nodes.size() <= 12);
    }
}

} // namespace sightline::editor
