#pragma once

#include <atomic>
#include <functional>

namespace sightline::layout {

// How a layout reports progress and learns that it should stop. Both are optional. The
// layout calls `progress` from the thread it runs on (a worker thread in the editor) with a
// fraction in [0, 1]: once right at the start, then as the work advances (at most about a
// hundred times), and never again after it has seen the cancel flag. It reads `cancel`
// regularly (every few milliseconds of work); once the flag is true the layout stops and
// returns a cancelled result without positions.
struct LayoutOptions {
    std::function<void(double fraction)> progress;
    const std::atomic<bool>* cancel = nullptr;

    // Hierarchy view: keep the nodes of one team next to each other within each layer.
    bool groupTeams = false;

    // Space between boxes side by side, and between layers / rings / bands (points).
    double nodeGap = 24.0;
    double layerGap = 60.0;
};

} // namespace sightline::layout
