#include "analysisrunner.h"

#include "sightline/core/changevisitor.h"

#include <QDate>

namespace sightline::editor {

AnalysisRunner::AnalysisRunner(core::Map& map, QObject* parent) : QObject(parent), map_(map) {
    qRegisterMetaType<std::shared_ptr<const AnalysisResult>>();
    worker_ = new AnalysisWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &AnalysisWorker::finished, this, &AnalysisRunner::receive, Qt::QueuedConnection);
    thread_.setObjectName(QStringLiteral("analysis"));
    thread_.start(QThread::LowPriority);
    timer_.setSingleShot(true);
    timer_.setInterval(300);
    connect(&timer_, &QTimer::timeout, this, &AnalysisRunner::dispatch);
    subscription_ = map_.subscribe([this](const core::ChangeSet& changes) { onChanges(changes); });
    // The first run right away (on the next turn of the event loop).
    QTimer::singleShot(0, this, &AnalysisRunner::dispatch);
}

AnalysisRunner::~AnalysisRunner() {
    map_.unsubscribe(subscription_);
    thread_.quit();
    thread_.wait();
}

core::Date AnalysisRunner::today() const {
    const QDate d = QDate::currentDate();
    return core::Date::fromYmd(d.year(), d.month(), d.day()).value_or(core::Date());
}

void AnalysisRunner::onChanges(const core::ChangeSet& changes) {
    if (!core::scopeOf(changes).beyondPositions())
        return; // moving nodes changes no finding (the worker's copy keeps stale positions)
    if (started_)
        pending_.record(map_, changes);
    ++generation_;
    timer_.start();
}

void AnalysisRunner::setSightTeam(std::optional<core::TeamId> team) {
    if (team == sightTeam_)
        return;
    sightTeam_ = std::move(team);
    ++generation_; // results without this report are stale now
    runNow();
}

void AnalysisRunner::runNow() {
    timer_.stop();
    dispatch();
}

void AnalysisRunner::dispatch() {
    if (running_)
        return; // receive() dispatches again when the result is stale
    auto job = std::make_shared<AnalysisJob>();
    job->generation = generation_;
    job->asOf = today();
    job->sightTeam = sightTeam_;
    if (!started_) {
        job->snapshot = map_.snapshot();
        started_ = true;
        pending_ = core::MapPatch();
    } else {
        if (upToDate() && pending_.empty())
            return;
        job->delta = std::move(pending_);
        pending_ = core::MapPatch();
    }
    running_ = true;
    QMetaObject::invokeMethod(
        worker_, [w = worker_, job] { w->run(job); }, Qt::QueuedConnection);
}

void AnalysisRunner::receive(std::shared_ptr<const AnalysisResult> result) {
    running_ = false;
    if (result->generation != generation_) {
        // The map changed while the worker ran: this result is stale. The edits since are in
        // pending_; run again once they pause.
        ++discarded_;
        if (!timer_.isActive())
            timer_.start();
        return;
    }
    result_ = std::move(result);
    Q_EMIT resultReady();
}

} // namespace sightline::editor
