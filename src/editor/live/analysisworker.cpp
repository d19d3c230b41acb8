#include "analysisworker.h"

#include <QThread>
#include <algorithm>
#include <chrono>

namespace sightline::editor {

void AnalysisWorker::run(std::shared_ptr<AnalysisJob> job) {
    const auto start = std::chrono::steady_clock::now();
    if (job->snapshot || !live_) {
        analysis::Options options;
        options.asOf = job->asOf;
        live_ = std::make_unique<analysis::LiveAnalysis>(options);
        live_->reset(job->snapshot ? std::move(*job->snapshot) : core::MapData{});
        asOf_ = job->asOf;
    } else {
        if (job->asOf != asOf_) { // past midnight: stale-measure judges on the new day
            live_->setAsOf(job->asOf);
            asOf_ = job->asOf;
        }
        if (!job->delta.empty()) {
            core::MapData next = live_->snapshot();
            job->delta.applyTo(next);
            live_->update(std::move(next), job->delta.changes());
        }
    }
    auto result = std::make_shared<AnalysisResult>();
    result->report = live_->report();
    result->marks =
        std::make_shared<const render::FindingMarks>(render::findingMarks(result->report.findings));
    for (const analysis::Finding& f : result->report.findings)
        if (f.rule == "team-without-line-of-sight" && f.team)
            result->teamsWithoutSight.push_back(*f.team);
    if (job->sightTeam) {
        const auto& teams = live_->snapshot().teams;
        if (std::any_of(teams.begin(), teams.end(),
                        [&](const core::Team& t) { return t.id == *job->sightTeam; }))
            result->sight = analysis::sightReport(live_->snapshot(), job->sightTeam);
    }
    result->generation = job->generation;
    result->thread = QThread::currentThreadId();
    result->milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    Q_EMIT finished(std::move(result));
}

} // namespace sightline::editor
