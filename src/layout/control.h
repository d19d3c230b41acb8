#pragma once

#include "sightline/layout/layout.h"
#include "sightline/layout/options.h"

#include <cstdint>
#include <type_traits>
#include <utility>

namespace sightline::layout::detail {

// Thrown inside a layout when its cancel flag is seen; caught at the public entry points.
struct Cancelled {};

// Progress reporting and cancellation for one layout run. Work is split into stages, each a
// share [from, to) of the whole; report() maps a stage's own fraction onto the whole.
class Control {
public:
    explicit Control(const LayoutOptions& options) : options_(options) {}

    // Reports 0 right away, so that the caller hears from the layout within milliseconds.
    void start();
    // Checks the cancel flag: throws Cancelled once it is set.
    void check() const;
    // Calls check() every `every` calls; for inner loops.
    void tick(std::uint32_t every = 1024) {
        if (++ticks_ % every == 0)
            check();
    }

    // The part of the whole that the following report() calls cover.
    void stage(double from, double to) {
        from_ = from;
        to_ = to;
        report(0.0);
    }
    // Reports progress within the current stage (throttled to steps of 1%), checking cancel.
    void report(double fraction);
    void finish();

private:
    const LayoutOptions& options_;
    double from_ = 0.0, to_ = 1.0;
    double last_ = -1.0;
    std::uint32_t ticks_ = 0;
};

// Runs one layout's work with progress and cancel: starts a Control for these options (the
// caller hears 0 at once), returns work(control), or `onCancel` when the cancel flag stopped it.
template <class Work, class Result = std::invoke_result_t<Work&, Control&>>
Result runCancellable(const LayoutOptions& options, Work&& work, Result onCancel = {}) {
    Control control(options);
    try {
        control.start();
        return work(control);
    } catch (const Cancelled&) {
        return onCancel;
    }
}

// runCancellable() for a whole view: a cancelled layout is marked so, with nothing in it.
template <class Work> LayoutResult runLayout(const LayoutOptions& options, Work&& work) {
    return runCancellable(options, std::forward<Work>(work), LayoutResult{true, {}, {}});
}

} // namespace sightline::layout::detail
