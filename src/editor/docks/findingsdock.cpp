#include "findingsdock.h"

#include "../commands/waivercommand.h"
#include "findingsmodel.h"
#include "sightline/analysis/rules.h"
#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sightline::editor {

namespace {

// Whether a waiver covers a finding (analysis-rules.md, "Waivers").
bool covers(const core::Waiver& w, const analysis::Finding& f) {
    if (w.rule != f.rule)
        return false;
    if (core::isTeamRule(w.rule))
        return w.team && f.team && *w.team == *f.team;
    return !w.nodes.empty() && !f.nodes.empty() && w.nodes.front() == f.nodes.front();
}

} // namespace

FindingsDock::FindingsDock(QWidget* parent) : QDockWidget(tr("Findings"), parent) {
    setObjectName(QStringLiteral("findingsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    summary_ = new QLabel(body);
    summary_->setObjectName(QStringLiteral("findingsSummary"));
    summary_->setText(tr("Analysing…"));
    layout->addWidget(summary_);
    model_ = new FindingsModel(this);
    tree_ = new QTreeView(body);
    tree_->setObjectName(QStringLiteral("findingsTree"));
    tree_->setModel(model_);
    tree_->setHeaderHidden(true);
    tree_->setUniformRowHeights(true);
    tree_->setTextElideMode(Qt::ElideRight);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(tree_, 1);
    details_ = new QLabel(body);
    details_->setObjectName(QStringLiteral("findingDetails"));
    details_->setWordWrap(true);
    details_->setTextFormat(Qt::RichText);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setMinimumHeight(48);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details_->setStyleSheet(QStringLiteral("QLabel { background: #ffffff; border: 1px solid #d5dae1;"
                                           " padding: 6px; }"));
    layout->addWidget(details_);
    auto* buttons = new QHBoxLayout;
    waiveButton_ = new QPushButton(tr("Waive…"), body);
    waiveButton_->setToolTip(tr("Keep this finding on purpose, with your reason (stored in the map)"));
    showAgainButton_ = new QPushButton(tr("Show again"), body);
    showAgainButton_->setToolTip(tr("Remove the waiver: the finding counts as open again"));
    buttons->addWidget(waiveButton_);
    buttons->addWidget(showAgainButton_);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(body);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsDock::onCurrentChanged);
    connect(waiveButton_, &QPushButton::clicked, this, &FindingsDock::waiveInteractive);
    connect(showAgainButton_, &QPushButton::clicked, this, &FindingsDock::showAgainInteractive);
    onCurrentChanged();
}

FindingsDock::~FindingsDock() = default;

void FindingsDock::setWorkspace(Workspace* workspace, CanvasView* canvas) {
    workspace_ = workspace;
    canvas_ = canvas;
    if (!workspace_) {
        model_->setResult(nullptr, core::Vocabulary::Pump);
        summary_->setText(tr("No map open"));
    } else {
        summary_->setText(tr("Analysing…"));
    }
    onCurrentChanged();
}

void FindingsDock::setResult(std::shared_ptr<const AnalysisResult> result) {
    const analysis::Finding* current = currentFinding();
    const QString key = current ? FindingsModel::key(*current) : QString();
    const core::Vocabulary vocabulary =
        workspace_ ? workspace_->document().map().properties().vocabulary : core::Vocabulary::Pump;
    if (result) {
        const analysis::Counts& c = result->report.counts;
        summary_->setText(tr("%1 open: %2 errors, %3 warnings, %4 for information · %5 waived")
                              .arg(c.error + c.warning + c.info)
                              .arg(c.error)
                              .arg(c.warning)
                              .arg(c.info)
                              .arg(c.waived));
    }
    model_->setResult(std::move(result), vocabulary);
    // Open the severity groups; open the rule groups too while the list is short.
    const int total = model_->result() ? static_cast<int>(model_->result()->report.findings.size()) : 0;
    for (int g = 0; g < model_->rowCount(); ++g) {
        const QModelIndex group = model_->index(g, 0);
        tree_->setExpanded(group, true);
        if (total <= 300)
            for (int r = 0; r < model_->rowCount(group); ++r)
                tree_->setExpanded(model_->index(r, 0, group), true);
    }
    if (!key.isEmpty()) {
        const QModelIndex again = model_->indexOfKey(key);
        if (again.isValid()) {
            restoring_ = true; // keep the canvas where it is
            tree_->setCurrentIndex(again);
            restoring_ = false;
        }
    }
    onCurrentChanged();
}

const analysis::Finding* FindingsDock::currentFinding() const {
    return model_->finding(tree_->currentIndex());
}

void FindingsDock::onCurrentChanged() {
    const analysis::Finding* f = currentFinding();
    const bool writable = workspace_ && !workspace_->document().isReadOnly();
    waiveButton_->setEnabled(f && !f->waived && writable);
    showAgainButton_->setEnabled(f && f->waived && writable);
    if (!f) {
        details_->setText(tr("Select a finding to see its nodes on the map."));
        return;
    }
    QString text = QString::fromStdString(f->message).toHtmlEscaped();
    if (f->waived)
        text += tr("<br><br><b>Waived:</b> %1").arg(QString::fromStdString(f->waiverReason).toHtmlEscaped());
    details_->setText(text);
    if (restoring_ || !workspace_ || !canvas_)
        return;
    // Select the finding's nodes and frame them.
    render::MapScene& scene = workspace_->scene();
    scene.selectNodes(f->nodes);
    QRectF frame;
    for (const core::NodeId& id : f->nodes)
        if (render::MapNodeItem* item = scene.nodeItem(id))
            frame |= item->sceneBoundingRect();
    if (frame.isNull())
        return;
    canvas_->fitInView(frame.adjusted(-120, -120, 120, 120), Qt::KeepAspectRatio);
    if (canvas_->zoom() > 1.0)
        canvas_->zoomBy(1.0 / canvas_->zoom());
    else
        canvas_->zoomBy(1.0); // let the zoom label follow
}

bool FindingsDock::selectFinding(const QString& key) {
    const QModelIndex index = model_->indexOfKey(key);
    if (!index.isValid())
        return false;
    tree_->setCurrentIndex(index);
    return true;
}

bool FindingsDock::waive(const analysis::Finding& f, const QString& reason) {
    if (!workspace_)
        return false;
    core::Waiver w;
    w.rule = f.rule;
    if (core::isTeamRule(f.rule))
        w.team = f.team;
    else
        w.nodes = f.nodes;
    w.reason = reason.toStdString();
    const QDate today = QDate::currentDate();
    w.date = core::Date::fromYmd(today.year(), today.month(), today.day());
    Document& doc = workspace_->document();
    return doc.push(WaiverCommand::add(doc.map(), std::move(w))).ok();
}

bool FindingsDock::showAgain(const analysis::Finding& f) {
    if (!workspace_)
        return false;
    Document& doc = workspace_->document();
    const auto& waivers = doc.map().waivers();
    for (std::size_t i = 0; i < waivers.size(); ++i)
        if (covers(waivers[i], f))
            return doc.push(WaiverCommand::remove(doc.map(), i)).ok();
    return false;
}

void FindingsDock::waiveInteractive() {
    const analysis::Finding* f = currentFinding();
    if (!f)
        return;
    const analysis::Finding copy = *f;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Waive finding"),
        tr("Why is this right for this map? The reason stays in the map for the next workshop."), QString(),
        &ok);
    if (ok && !reason.trimmed().isEmpty())
        waive(copy, reason.trimmed());
}

void FindingsDock::showAgainInteractive() {
    if (const analysis::Finding* f = currentFinding()) {
        const analysis::Finding copy = *f;
        showAgain(copy);
    }
}

} // namespace sightline::editor
