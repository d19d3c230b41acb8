#include "measuredock.h"

#include "../commands/changeentitiescommand.h"
#include "../commands/xmrcommand.h"
#include "sightline/analysis/xmr.h"
#include "sightline/editor/document.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/measurestatus.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/xmrchart.h"
#include "valueapproval.h"
#include "xmrchartwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace sightline::editor {

MeasureDock::MeasureDock(QWidget* parent) : QDockWidget(tr("Measure"), parent) {
    setObjectName(QStringLiteral("measureDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 4);
    heading_ = new QLabel(body);
    heading_->setObjectName(QStringLiteral("measureHeading"));
    heading_->setWordWrap(true);
    layout->addWidget(heading_);
    summary_ = new QLabel(body);
    summary_->setObjectName(QStringLiteral("measureSummary"));
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    chart_ = new XmrChartWidget(body);
    layout->addWidget(chart_, 1);

    auto* chosenRow = new QHBoxLayout;
    chosen_ = new QLabel(body);
    chosen_->setObjectName(QStringLiteral("measureChosen"));
    chosenRow->addWidget(chosen_, 1);
    recalculate_ = new QPushButton(tr("Recalculate limits from here"), body);
    recalculate_->setObjectName(QStringLiteral("recalculateLimits"));
    recalculate_->setToolTip(tr("The process changed at the chosen value: start new limits there "
                                "(an XmR break). Choose a value by clicking it on the chart."));
    chosenRow->addWidget(recalculate_);
    approve_ = new QPushButton(tr("Approve"), body);
    approve_->setObjectName(QStringLiteral("approveValue"));
    chosenRow->addWidget(approve_);
    layout->addLayout(chosenRow);

    auto* lockRow = new QHBoxLayout;
    lock_ = new QCheckBox(tr("Lock limits on the first"), body);
    lock_->setObjectName(QStringLiteral("lockLimits"));
    lock_->setToolTip(tr("Compute the limits from the first values of each segment only, so that new "
                         "values are judged against the process as it was (baseline)."));
    lockCount_ = new QSpinBox(body);
    lockCount_->setObjectName(QStringLiteral("lockCount"));
    lockCount_->setKeyboardTracking(false);
    lockCount_->setSuffix(tr(" values"));
    lockRow->addWidget(lock_);
    lockRow->addWidget(lockCount_);
    lockRow->addStretch(1);
    lockRow->addWidget(new QLabel(tr("Signals:"), body));
    rules_ = new QComboBox(body);
    rules_->setObjectName(QStringLiteral("xmrRules"));
    rules_->addItem(tr("PuMP (Barr)"), static_cast<int>(core::XmrRules::Pump));
    rules_->addItem(tr("NHS Making Data Count"), static_cast<int>(core::XmrRules::Nhs));
    lockRow->addWidget(rules_);
    layout->addLayout(lockRow);
    setWidget(body);
    setAccessibleDescription(tr("The XmR chart of the selected measure: its limits and signals, with "
                                "Recalculate limits from here and Lock limits on the first values"));
    body->setAccessibleDescription(accessibleDescription());

    timer_.setSingleShot(true);
    timer_.setInterval(0);
    connect(&timer_, &QTimer::timeout, this, &MeasureDock::rebuild);
    connect(chart_, &XmrChartWidget::pointChosen, this, [this] { updateControls(); });
    connect(recalculate_, &QPushButton::clicked, this, [this] { recalculateFromChosen(); });
    connect(approve_, &QPushButton::clicked, this, [this] { approveChosen(); });
    connect(lock_, &QCheckBox::toggled, this, [this](bool on) {
        if (!building_)
            lockLimits(on ? std::optional(lockCount_->value()) : std::nullopt);
    });
    connect(lockCount_, &QSpinBox::valueChanged, this, [this](int n) {
        if (!building_ && lock_->isChecked())
            lockLimits(n);
    });
    connect(rules_, &QComboBox::activated, this, [this](int i) {
        if (!building_)
            setRules(static_cast<core::XmrRules>(rules_->itemData(i).toInt()));
    });
    rebuild();
}

void MeasureDock::setWorkspace(Workspace* workspace) {
    if (workspace_)
        disconnect(&workspace_->scene(), nullptr, this, nullptr);
    workspace_ = workspace;
    pickedApprover_.reset(); // asked again for another map
    if (workspace_) {
        connect(&workspace_->scene(), &QGraphicsScene::selectionChanged, this, &MeasureDock::scheduleRebuild);
        connect(&workspace_->scene(), &render::MapScene::changesApplied, this, &MeasureDock::scheduleRebuild);
    }
    rebuild();
}

void MeasureDock::scheduleRebuild() {
    timer_.start();
}

const core::Node* MeasureDock::shown() const {
    return workspace_ && measure_ ? workspace_->document().map().node(*measure_) : nullptr;
}

void MeasureDock::rebuild() {
    timer_.stop();
    std::optional<core::NodeId> next;
    if (workspace_) {
        const auto ids = workspace_->scene().selectedNodeIds();
        const core::Map& map = workspace_->document().map();
        if (ids.size() == 1)
            if (const core::Node* n = map.node(ids.front()); n && n->kind == core::NodeKind::Measure)
                next = n->id;
    }
    if (next != measure_)
        chart_->setSelected(std::nullopt);
    measure_ = next;
    const core::Node* n = shown();
    if (!n) {
        heading_->setText(tr("Select a measure to see its XmR chart: its natural process limits and "
                             "the signals that show real change."));
        summary_->clear();
        chart_->clear();
        updateControls();
        return;
    }
    const core::Map& map = workspace_->document().map();
    analysis::XmrChart xmr = analysis::computeXmr(*n, map.settings());
    const render::MeasureStatus status = render::measureStatus(*n, map.settings());
    QString heading = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(n->title).toHtmlEscaped());
    if (!xmr.points.empty())
        heading += tr(" · data as of %1").arg(QString::fromStdString(xmr.points.back().date.toString()));
    heading_->setText(heading);
    QString summary;
    if (xmr.points.empty())
        summary = tr("No values yet.");
    else if (!xmr.hasLimits())
        summary = tr("Too few values for limits (%1 needed since the last break): %2.")
                      .arg(map.settings().xmrMinPoints)
                      .arg(render::statusLabel(status).toLower());
    else
        summary = tr("Latest value: %1. Against the target: %2.")
                      .arg(render::pointKindLabel(xmr.summary.variation).toLower(),
                           render::capabilityLabel(xmr.summary.capability).toLower());
    summary_->setText(summary);
    chart_->setPersonName([&map = workspace_->document().map()](const core::PersonId& id) {
        const core::Person* p = map.person(id);
        return p ? QString::fromStdString(p->name) : QString::fromStdString(id.str());
    });
    chart_->setChart(*n, std::move(xmr), map.settings().requireApproval);
    updateControls();
}

void MeasureDock::updateControls() {
    building_ = true;
    const core::Node* n = shown();
    const bool writable = n && !workspace_->document().isReadOnly();
    const analysis::XmrChart& xmr = chart_->chart();
    const auto chosen = chart_->selected();
    bool breakHere = false;
    if (n && chosen && *chosen < xmr.points.size()) {
        const analysis::XmrPoint& p = xmr.points[*chosen];
        breakHere = std::find(n->xmr.breaks.begin(), n->xmr.breaks.end(), p.date) != n->xmr.breaks.end();
        chosen_->setText(
            tr("Chosen: %1, %2")
                .arg(QString::fromStdString(p.date.toString()), QString::number(p.value, 'g', 10)));
    } else {
        chosen_->setText(n ? tr("Click a value on the chart to choose it.") : QString());
    }
    recalculate_->setText(breakHere ? tr("Join the limits before") : tr("Recalculate limits from here"));
    recalculate_->setEnabled(writable && chosen && *chosen > 0);
    const core::MeasureValue* value = chosenValue();
    if (value && value->approvedBy) {
        const core::Person* by = workspace_->document().map().person(*value->approvedBy);
        approve_->setText(tr("Withdraw approval"));
        approve_->setToolTip(
            tr("Approved by %1 on %2. Withdraw the approval: the value is provisional again.")
                .arg(by ? QString::fromStdString(by->name) : QString::fromStdString(value->approvedBy->str()),
                     value->approvedOn ? QString::fromStdString(value->approvedOn->toString())
                                       : tr("an unknown date")));
    } else {
        approve_->setText(tr("Approve"));
        approve_->setToolTip(tr("Approve the chosen value: it is checked and no longer provisional. You "
                                "are named as its approver (the person with your login)."));
    }
    approve_->setEnabled(writable && value != nullptr);
    const int values = n ? static_cast<int>(n->values.size()) : 0;
    lockCount_->setRange(2, std::max(2, values));
    lock_->setChecked(n && n->xmr.baselinePoints.has_value());
    lockCount_->setValue(n && n->xmr.baselinePoints ? *n->xmr.baselinePoints : std::clamp(values, 2, 12));
    lock_->setEnabled(writable && values >= 2);
    lockCount_->setEnabled(writable && values >= 2);
    rules_->setCurrentIndex(n && n->xmr.rules == core::XmrRules::Nhs ? 1 : 0);
    rules_->setEnabled(writable);
    building_ = false;
}

bool MeasureDock::changeXmr(const core::XmrOptions& after, const QString& text) {
    const core::Node* n = shown();
    if (!n || n->xmr == after)
        return n != nullptr;
    Document& doc = workspace_->document();
    const bool done = doc.push(std::make_unique<XmrCommand>(doc.map(), n->id, after, text)).ok();
    if (!done)
        updateControls(); // show the model's state again
    return done;
}

bool MeasureDock::recalculateFromChosen() {
    const core::Node* n = shown();
    const auto chosen = chart_->selected();
    if (!n || !chosen || *chosen >= chart_->chart().points.size())
        return false;
    const core::Date date = chart_->chart().points[*chosen].date;
    core::XmrOptions after = n->xmr;
    auto it = std::find(after.breaks.begin(), after.breaks.end(), date);
    if (it != after.breaks.end()) {
        after.breaks.erase(it);
        return changeXmr(after, tr("Join the limits at %1").arg(QString::fromStdString(date.toString())));
    }
    after.breaks.push_back(date);
    std::sort(after.breaks.begin(), after.breaks.end());
    return changeXmr(after, tr("Recalculate limits from %1").arg(QString::fromStdString(date.toString())));
}

bool MeasureDock::lockLimits(std::optional<int> count) {
    const core::Node* n = shown();
    if (!n)
        return false;
    core::XmrOptions after = n->xmr;
    after.baselinePoints = count;
    return changeXmr(after,
                     count ? tr("Lock limits on the first %1 values").arg(*count) : tr("Unlock limits"));
}

bool MeasureDock::setRules(core::XmrRules rules) {
    const core::Node* n = shown();
    if (!n)
        return false;
    core::XmrOptions after = n->xmr;
    after.rules = rules;
    return changeXmr(after, tr("Change signal rules"));
}

const core::MeasureValue* MeasureDock::chosenValue() const {
    const core::Node* n = shown();
    const auto chosen = chart_->selected();
    if (!n || !chosen || *chosen >= chart_->chart().points.size())
        return nullptr;
    return n->valueOn(chart_->chart().points[*chosen].date);
}

std::optional<core::PersonId> MeasureDock::approver() {
    const core::Map& map = workspace_->document().map();
    const QString login = approval::login(workspace_->document());
    if (auto p = approval::approverIn(map, login))
        return p;
    if (pickedApprover_ && map.person(*pickedApprover_))
        return pickedApprover_;
    if (map.people().empty()) {
        QMessageBox::information(this, tr("Approve value"),
                                 tr("An approval names a person of the map. Add yourself in the Teams dock, "
                                    "with your login (%1), and approve again.")
                                     .arg(login));
        return std::nullopt;
    }
    QStringList names;
    for (const core::Person& p : map.people())
        names << QString::fromStdString(p.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Approve as"),
        tr("Nobody in this map has your login (%1). Give it to yourself in the Teams dock and this "
           "question goes away. Approve as:")
            .arg(login),
        names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const auto i = names.indexOf(name);
    if (i < 0)
        return std::nullopt;
    pickedApprover_ = map.people()[static_cast<std::size_t>(i)].id;
    return pickedApprover_;
}

bool MeasureDock::approveChosen(std::optional<core::PersonId> as) {
    const core::Node* n = shown();
    const core::MeasureValue* value = chosenValue();
    if (!n || !value || workspace_->document().isReadOnly())
        return false;
    const core::Date date = value->date;
    const bool withdraw = value->approvedBy.has_value();
    std::optional<core::PersonId> by;
    if (!withdraw) {
        by = as ? as : approver();
        if (!by)
            return false;
    }
    const QDate d = QDate::currentDate();
    const core::Date today = core::Date::fromYmd(d.year(), d.month(), d.day()).value_or(core::Date());
    // The dialog above may have run the event loop: read the measure again.
    n = shown();
    if (!n)
        return false;
    std::optional<core::Node> after = approval::withApproval(*n, date, by, today);
    if (!after)
        return false;
    const QString when = QString::fromStdString(date.toString());
    Document& doc = workspace_->document();
    const bool done = doc.push(std::make_unique<ChangeEntitiesCommand<core::Node>>(
                                   doc.map(), std::vector<core::Node>{std::move(*after)},
                                   withdraw ? tr("Withdraw approval of %1").arg(when)
                                            : tr("Approve value of %1").arg(when)))
                          .ok();
    updateControls();
    return done;
}

} // namespace sightline::editor
