#pragma once

#ifndef Q_MOC_RUN
#include "analysisworker.h"
#include "sightline/core/map.h"
#endif

#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>

namespace sightline::editor {

// Runs the analysis live while a map is edited, never on the UI thread:
// - every committed edit is recorded as a core::MapPatch (cost: what the edit changed) and bumps
//   the generation;
// - 300 ms after the last edit (debounced) the delta goes to the worker thread, which updates
//   its own copy of the map and re-runs only the rules the edit concerns (LiveAnalysis);
// - the result comes back by queued signal; a result older than the model (edits arrived
//   meanwhile) is discarded and the next run starts; one run at a time.
// The first run takes one snapshot of the map (when the map is opened).
class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit AnalysisRunner(core::Map& map, QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // The newest result that matches the model; null until the first run finished.
    std::shared_ptr<const AnalysisResult> result() const { return result_; }
    // Whether result() describes the model as it is now.
    bool upToDate() const { return result_ && result_->generation == generation_; }
    quint64 generation() const { return generation_; }

    int delay() const { return timer_.interval(); }
    // The team whose line-of-sight report the results carry (none: no report). Asks for a run.
    void setSightTeam(std::optional<core::TeamId> team);
    const std::optional<core::TeamId>& sightTeam() const { return sightTeam_; }
    // Starts a run now instead of after the delay (when none is running).
    void runNow();
    // How many results were discarded as stale (for tests and diagnostics).
    int discarded() const { return discarded_; }

Q_SIGNALS:
    // A new result() is there.
    void resultReady();

private:
    void onChanges(const core::ChangeSet& changes);
    void dispatch();
    void receive(std::shared_ptr<const AnalysisResult> result);
    core::Date today() const;

    core::Map& map_;
    core::Map::Subscription subscription_ = 0;
    QThread thread_;
    AnalysisWorker* worker_ = nullptr; // lives on thread_
    QTimer timer_;
    core::MapPatch pending_;
    bool started_ = false; // the snapshot went out
    bool running_ = false;
    quint64 generation_ = 0;
    std::shared_ptr<const AnalysisResult> result_;
    int discarded_ = 0;
    std::optional<core::TeamId> sightTeam_;
};

} // namespace sightline::editor
