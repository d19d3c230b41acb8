#pragma once

#ifndef Q_MOC_RUN
#include "sightline/analysis/liveanalysis.h"
#include "sightline/analysis/sightreport.h"
#include "sightline/core/mappatch.h"
#include "sightline/render/findingmarks.h"
#endif

#include <QObject>
#include <memory>

namespace sightline::editor {

// What one run of the live analysis found, ready for the UI: the report and the canvas markers.
struct AnalysisResult {
    analysis::Report report;
    std::shared_ptr<const render::FindingMarks> marks;
    // The line-of-sight report of the team the editor focuses on (when one is asked for and
    // exists), and every team without line of sight.
    std::optional<analysis::SightReport> sight;
    std::vector<core::TeamId> teamsWithoutSight;
    quint64 generation = 0;      // the model's edit count this result describes
    double milliseconds = 0;     // time the worker spent
    Qt::HANDLE thread = nullptr; // the thread that ran it (never the UI thread)
};

// A job for the worker: the first one carries a whole snapshot, later ones only the delta.
struct AnalysisJob {
    quint64 generation = 0;
    std::optional<core::MapData> snapshot;
    core::MapPatch delta;
    core::Date asOf;
    std::optional<core::TeamId> sightTeam;
};

// Lives on the analysis thread and owns the LiveAnalysis (and with it the worker's copy of the
// map). Receives jobs by queued call, answers with finished() (queued back to the UI thread).
class AnalysisWorker : public QObject {
    Q_OBJECT
public:
    void run(std::shared_ptr<AnalysisJob> job);

Q_SIGNALS:
    void finished(std::shared_ptr<const sightline::editor::AnalysisResult> result);

private:
    std::unique_ptr<analysis::LiveAnalysis> live_;
    core::Date asOf_;
};

} // namespace sightline::editor
