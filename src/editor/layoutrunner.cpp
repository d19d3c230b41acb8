#include "layoutrunner.h"

#include <QThread>

namespace sightline::editor {

LayoutRunner::LayoutRunner(QObject* parent) : QObject(parent) {}

LayoutRunner::~LayoutRunner() {
    stop();
}

bool LayoutRunner::start(core::MapData snapshot, core::ViewKind view, layout::LayoutOptions options,
                         Progress progress, Done done) {
    if (thread_)
        return false;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    result_ = std::make_shared<layout::LayoutResult>();
    done_ = std::move(done);
    auto cancel = cancel_;
    auto result = result_;
    LayoutRunner* self = this; // outlives the worker: stop() waits for it
    thread_ = QThread::create([data = std::move(snapshot), view, options = std::move(options), cancel, result,
                               progress, self]() mutable {
        options.cancel = cancel.get();
        options.progress = [cancel, progress, self](double fraction) {
            if (!progress || cancel->load())
                return;
            // Delivered on the runner's thread.
            QMetaObject::invokeMethod(
                self,
                [cancel, progress, fraction] {
                    if (!cancel->load())
                        progress(fraction);
                },
                Qt::QueuedConnection);
        };
        *result = layout::layoutView(data, view, options);
    });
    const quint64 run = ++run_;
    connect(
        thread_, &QThread::finished, this,
        [this, run] {
            if (run == run_)
                finish();
        },
        Qt::QueuedConnection);
    thread_->start();
    return true;
}

void LayoutRunner::cancel() {
    if (cancel_)
        cancel_->store(true);
}

void LayoutRunner::stop() {
    if (!thread_)
        return;
    cancel();
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    done_ = nullptr;
    ++run_; // its queued end is ignored
}

void LayoutRunner::finish() {
    if (!thread_)
        return; // stopped meanwhile
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    layout::LayoutResult result = std::move(*result_);
    if (cancel_->load()) {
        result = layout::LayoutResult{};
        result.cancelled = true;
    }
    Done done = std::move(done_);
    done_ = nullptr;
    if (done)
        done(std::move(result));
}

} // namespace sightline::editor
