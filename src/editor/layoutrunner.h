#pragma once

#ifndef Q_MOC_RUN
#include "sightline/layout/layout.h"
#endif

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace sightline::editor {

// Runs one layout (layout::layoutView) on a worker thread over a snapshot of the map, so the
// window stays responsive. Progress and the result are delivered on the thread that owns the
// runner (the GUI thread). cancel() asks the layout to stop; its result then comes back
// with `cancelled` set and no positions. One layout at a time.
class LayoutRunner : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(double fraction)>;
    using Done = std::function<void(layout::LayoutResult result)>;

    explicit LayoutRunner(QObject* parent = nullptr);
    ~LayoutRunner() override; // cancels a running layout and waits for it

    bool busy() const { return thread_ != nullptr; }
    // Starts laying out `view` of `snapshot` with `options` (their progress and cancel are the
    // runner's own). Returns false (and does nothing) while busy.
    bool start(core::MapData snapshot, core::ViewKind view, layout::LayoutOptions options, Progress progress,
               Done done);
    void cancel();
    // Cancels and waits for the worker; `done` is not called.
    void stop();

private:
    void finish();

    QThread* thread_ = nullptr;
    quint64 run_ = 0;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<layout::LayoutResult> result_;
    Done done_;
};

} // namespace sightline::editor
