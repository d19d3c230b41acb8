#include "control.h"

#include <algorithm>

namespace sightline::layout::detail {

void Control::start() {
    check();
    last_ = 0.0;
    if (options_.progress)
        options_.progress(0.0);
}

void Control::check() const {
    if (options_.cancel && options_.cancel->load(std::memory_order_relaxed))
        throw Cancelled{};
}

void Control::report(double fraction) {
    check();
    const double whole = std::clamp(from_ + (to_ - from_) * std::clamp(fraction, 0.0, 1.0), 0.0, 1.0);
    if (whole < last_ + 0.01)
        return;
    last_ = whole;
    if (options_.progress)
        options_.progress(whole);
}

void Control::finish() {
    check();
    if (last_ < 1.0 && options_.progress)
        options_.progress(1.0);
    last_ = 1.0;
}

} // namespace sightline::layout::detail
