#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif

#include <QDockWidget>
#include <QTimer>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sightline::editor {

class Workspace;
class XmrChartWidget;

// The Measure dock: the full XmR chart (X and moving range) of the selected measure with its
// summary in words, and the two ways to read it differently, each one undo step through the
// model: "Recalculate limits from here" (a break at the chosen value: a new segment starts
// there; on a value that already starts one, the break is removed) and "Lock limits on the
// first N values" (xmr.baselinePoints). The signal rules (PuMP or NHS) are chosen here too, and
// the chosen value is approved here (or its approval withdrawn).
class MeasureDock : public QDockWidget {
    Q_OBJECT
public:
    explicit MeasureDock(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // The measure shown: the selection when it is one measure.
    std::optional<core::NodeId> measure() const { return measure_; }

    XmrChartWidget* chart() const { return chart_; }
    QPushButton* recalculateButton() const { return recalculate_; }
    QPushButton* approveButton() const { return approve_; }
    QCheckBox* lockBox() const { return lock_; }
    QSpinBox* lockCount() const { return lockCount_; }
    QComboBox* rulesBox() const { return rules_; }
    QLabel* summary() const { return summary_; }

    // The edits behind the controls (false, with the reason reported, when refused).
    // A break at the chosen point (or its removal when the point already starts a segment).
    bool recalculateFromChosen();
    // Locks the limits of each segment on its first n values; nullopt unlocks.
    bool lockLimits(std::optional<int> n);
    bool setRules(core::XmrRules rules);
    // Approves the chosen value (as `as`, or else as the person with the user's login, or else
    // as the person the user picks), or withdraws its approval when it has one. One undo step.
    bool approveChosen(std::optional<core::PersonId> as = std::nullopt);

    // Shows the model's state now (the dock also follows changes on its own).
    void rebuild();

private:
    void scheduleRebuild();
    void updateControls();
    bool changeXmr(const core::XmrOptions& after, const QString& text);
    const core::Node* shown() const;
    // The value chosen on the chart, if any.
    const core::MeasureValue* chosenValue() const;
    // Who approves: the person with the user's login, else the one picked earlier in this
    // session, else asked (nullopt when the user cancels or the map has nobody).
    std::optional<core::PersonId> approver();

    Workspace* workspace_ = nullptr;
    std::optional<core::NodeId> measure_;
    QLabel* heading_ = nullptr;
    QLabel* summary_ = nullptr;
    XmrChartWidget* chart_ = nullptr;
    QLabel* chosen_ = nullptr;
    QPushButton* recalculate_ = nullptr;
    QPushButton* approve_ = nullptr;
    QCheckBox* lock_ = nullptr;
    QSpinBox* lockCount_ = nullptr;
    QComboBox* rules_ = nullptr;
    QTimer timer_;
    bool building_ = false;
    std::optional<core::PersonId> pickedApprover_; // asked once, for maps without the user's login
};

} // namespace sightline::editor
